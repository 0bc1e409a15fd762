// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HearthError } from '../../../shared/errors';
import { CreateJournal } from '../../../renderer/src/onboarding/CreateJournal';
import { TOO_WEAK_MESSAGE } from '../../../renderer/src/ui/new-passphrase';
import { normalizeRecoveryKey, sameRecoveryKey } from '../../../renderer/src/ui/recovery-key';
import { RecoveryKeyStep } from '../../../renderer/src/ui/RecoveryKeyStep';
import { loadStrengthEstimator } from '../../../renderer/src/ui/strength';
import { Unlock } from '../../../renderer/src/onboarding/Unlock';
import { fakeHearth, KEY } from './fake-hearth';

afterEach(cleanup);

const STRONG = 'tulip harbour quietly nineteen';

describe('first run: the strength gate', () => {
  it('refuses a weak passphrase and explains why, without calling create', async () => {
    const { hearth } = fakeHearth({ exists: false });
    await loadStrengthEstimator();
    const user = userEvent.setup();
    const onCreated = vi.fn();
    render(<CreateJournal onCreated={onCreated} />);

    await user.type(screen.getByLabelText('Passphrase'), 'sunflower1');
    await user.type(screen.getByLabelText('Repeat passphrase'), 'sunflower1');
    const meter = screen.getByRole('meter', { name: 'Passphrase strength' });
    await waitFor(() => expect((meter).getAttribute('aria-valuetext')).toEqual(expect.stringMatching(/weak/i)));
    await user.click(screen.getByRole('button', { name: 'Create journal' }));

    expect((await screen.findByRole('alert')).textContent).toContain(TOO_WEAK_MESSAGE);
    expect((screen.getByLabelText('Passphrase')).getAttribute('aria-invalid')).toEqual('true');
    expect(hearth.create).not.toHaveBeenCalled();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('accepts a strong passphrase typed twice and hands on the recovery key', async () => {
    const { hearth } = fakeHearth({ exists: false });
    const user = userEvent.setup();
    const onCreated = vi.fn();
    render(<CreateJournal onCreated={onCreated} />);

    await user.type(screen.getByLabelText('Passphrase'), STRONG);
    await user.type(screen.getByLabelText('Repeat passphrase'), STRONG);
    await waitFor(() =>
      expect(screen.getByRole('meter', { name: 'Passphrase strength' }).getAttribute('aria-valuetext')).toMatch(/strong/i),
    );
    await user.click(screen.getByRole('button', { name: 'Create journal' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(KEY));
    expect(hearth.create).toHaveBeenCalledWith({ passphrase: STRONG });
  });

  it('checks that both copies are the same first, then the length', async () => {
    const { hearth } = fakeHearth({ exists: false });
    const user = userEvent.setup();
    render(<CreateJournal onCreated={vi.fn()} />);

    await user.type(screen.getByLabelText('Passphrase'), STRONG);
    await user.type(screen.getByLabelText('Repeat passphrase'), `${STRONG}!`);
    await user.click(screen.getByRole('button', { name: 'Create journal' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The two passphrases are not the same.');
    expect((screen.getByLabelText('Repeat passphrase')).getAttribute('aria-invalid')).toEqual('true');

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.clear(screen.getByLabelText('Repeat passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.type(screen.getByLabelText('Repeat passphrase'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create journal' }));
    await waitFor(() => expect((screen.getByRole('alert')).textContent).toContain('A passphrase needs at least 8 characters'));
    expect(hearth.create).not.toHaveBeenCalled();
  });
});

describe('the recovery key, typed back', () => {
  it('normalizes case, spaces and dashes', () => {
    expect(normalizeRecoveryKey(' abcd efgh-ijkl ')).toBe('ABCDEFGHIJKL');
    expect(sameRecoveryKey(KEY.toLowerCase().replace(/-/g, ' '), KEY)).toBe(true);
    expect(sameRecoveryKey(KEY.replace(/-/g, ''), KEY)).toBe(true);
    expect(sameRecoveryKey(KEY.slice(0, -1), KEY)).toBe(false);
    expect(sameRecoveryKey('', '')).toBe(false);
  });

  it('keeps Continue unavailable until the key is typed back, in any case and spacing', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    render(<RecoveryKeyStep recoveryKey={KEY} onDone={onDone} />);

    // The figure's name comes from its figcaption (in a browser; happy-dom does not compute it).
    expect(screen.getByText('Recovery key', { selector: 'figcaption' }).closest('figure')?.querySelector('code')?.textContent).toBe(KEY);
    const cont = screen.getByRole('button', { name: 'Continue' });
    expect((cont as HTMLButtonElement).disabled).toBe(true);

    const box = screen.getByRole('textbox', { name: 'Recovery key' });
    await user.type(box, KEY.slice(0, 20).toLowerCase());
    expect((cont as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('This does not match the key above yet.')).toBeTruthy();

    await user.clear(box);
    await user.type(box, KEY.toLowerCase().replace(/-/g, ' '));
    expect((cont as HTMLButtonElement).disabled).toBe(false);
    await user.click(cont);
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('copies the key to the clipboard', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<RecoveryKeyStep recoveryKey={KEY} onDone={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(KEY);
    expect(await screen.findByText(/^Copied\./)).toBeTruthy();
  });
});

describe('unlock', () => {
  it('shows a plain message for a wrong passphrase and stays locked', async () => {
    const { hearth } = fakeHearth();
    const user = userEvent.setup();
    const onUnlocked = vi.fn();
    render(<Unlock onUnlocked={onUnlocked} />);

    await user.type(screen.getByLabelText('Passphrase'), 'not it');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect((await screen.findByRole('alert')).textContent).toContain(new HearthError('WRONG_PASSPHRASE').message);
    expect((screen.getByLabelText('Passphrase')).getAttribute('aria-invalid')).toEqual('true');
    expect(screen.getByRole('heading', { name: 'Hearth is locked' })).toBeTruthy();
    expect(onUnlocked).not.toHaveBeenCalled();
    expect(hearth.unlock).toHaveBeenCalledOnce();
  });

  it('unlocks with the right passphrase', async () => {
    fakeHearth();
    const user = userEvent.setup();
    const onUnlocked = vi.fn();
    render(<Unlock onUnlocked={onUnlocked} />);
    await user.type(screen.getByLabelText('Passphrase'), 'correct horse battery staple{Enter}');
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledOnce());
  });

  it('opens with the recovery key and a new strong passphrase', async () => {
    const { hearth } = fakeHearth();
    const user = userEvent.setup();
    const onUnlocked = vi.fn();
    render(<Unlock onUnlocked={onUnlocked} />);
    await user.click(screen.getByRole('button', { name: 'Use recovery key' }));

    await user.type(screen.getByRole('textbox', { name: 'Recovery key' }), 'AAAA-BBBB');
    await user.type(screen.getByLabelText('Passphrase'), STRONG);
    await user.type(screen.getByLabelText('Repeat passphrase'), STRONG);
    await user.click(screen.getByRole('button', { name: 'Set new passphrase and unlock' }));
    expect((await screen.findByRole('alert')).textContent).toContain(new HearthError('WRONG_RECOVERY_KEY').message);
    expect((screen.getByRole('textbox', { name: 'Recovery key' })).getAttribute('aria-invalid')).toEqual('true');

    await user.clear(screen.getByRole('textbox', { name: 'Recovery key' }));
    await user.type(screen.getByRole('textbox', { name: 'Recovery key' }), KEY.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Set new passphrase and unlock' }));
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledOnce());
    expect(hearth.unlockWithRecoveryKey).toHaveBeenLastCalledWith({ recoveryKey: KEY.toLowerCase(), newPassphrase: STRONG });
  });
});

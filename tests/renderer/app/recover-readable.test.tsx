// @vitest-environment happy-dom
// The unlock screen of a damaged journal offers "Recover what can be read", and shows what came out.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HearthError } from '../../../shared/errors';
import { Unlock } from '../../../renderer/src/onboarding/Unlock';
import { fakeHearth, KEY } from './fake-hearth';

afterEach(cleanup);

const LOST = '11111111-2222-4333-8444-555555555555';

describe('a damaged journal on the unlock screen', () => {
  it('offers recovery only for a damaged file, runs salvage with the typed passphrase and shows the outcome', async () => {
    const { hearth } = fakeHearth();
    const salvage = vi.fn(async () => ({ saved: true, folder: '/home/me/recovered', recoveryKey: KEY, entries: 49, people: 5, lost: [{ id: LOST, kind: 'entry' }] }));
    Object.assign(hearth, { salvage });
    const user = userEvent.setup();
    render(<Unlock onUnlocked={vi.fn()} />);

    await user.type(screen.getByLabelText('Passphrase'), 'wrong one');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByText('That passphrase does not open this journal.');
    expect(screen.queryByRole('button', { name: /Recover what can be read/ })).toBeNull();

    hearth.unlock.mockRejectedValueOnce(new HearthError('CORRUPT_RECORD', 'The journal cannot be opened: its file is damaged.'));
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await user.click(await screen.findByRole('button', { name: /Recover what can be read/ }));

    expect(salvage).toHaveBeenCalledWith({ passphrase: 'wrong one' });
    expect((await screen.findByRole('heading', { name: 'Recovered into a new journal' })).textContent).toBeTruthy();
    expect(screen.getByText(/49 entries and 5 people/).textContent).toContain('/home/me/recovered');
    expect(screen.getByText(KEY)).toBeTruthy();
    expect(screen.getByText(`an entry (${LOST})`)).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NavigationProvider } from '../../../renderer/src/app/navigation';
import { TOO_WEAK_MESSAGE } from '../../../renderer/src/ui/new-passphrase';
import { SettingsScreen } from '../../../renderer/src/settings/SettingsScreen';
import { fakeHearth, KEY } from './fake-hearth';

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

function renderSettings() {
  const fake = fakeHearth({ unlocked: true });
  render(
    <NavigationProvider confirm={() => true}>
      <SettingsScreen />
    </NavigationProvider>,
  );
  return fake;
}

describe('settings', () => {
  it('promises locking with the screen only where Hearth can notice it', async () => {
    renderSettings();
    const select = await screen.findByLabelText('Lock automatically after');
    const watched = await screen.findByText('Hearth also locks when the computer sleeps or the screen locks.');
    expect(select.getAttribute('aria-describedby')).toContain(watched.id);
    cleanup();

    const { hearth } = fakeHearth({ unlocked: true });
    hearth.status.mockResolvedValue({ exists: true, unlocked: true, screenLockUnwatched: true } as never);
    render(
      <NavigationProvider confirm={() => true}>
        <SettingsScreen />
      </NavigationProvider>,
    );
    const hint = await screen.findByText(/cannot tell when the screen locks on this computer/);
    expect(hint.textContent).toMatch(/locking the screen does not lock Hearth/);
    expect((await screen.findByLabelText('Lock automatically after')).getAttribute('aria-describedby')).toContain(hint.id);
  });

  it('says, beside "Remind me to write", that reminder times are kept outside the encrypted journal', async () => {
    renderSettings();
    const remind = await screen.findByRole('checkbox', { name: 'Remind me to write' });
    const hint = document.getElementById(remind.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toContain(
      'Reminder times are kept outside the encrypted journal so Hearth can remind you before you unlock it; they hold no words from your journal.',
    );
  });

  it('saves the auto-lock time, theme and first day of the week, and says so', async () => {
    const user = userEvent.setup();
    const { hearth } = renderSettings();
    const select = await screen.findByLabelText('Lock automatically after');
    expect((select as HTMLSelectElement).value).toBe('5');

    await user.selectOptions(select, '15');
    await waitFor(() => expect(hearth.updateSettings).toHaveBeenLastCalledWith({ autoLockMinutes: 15 }));
    expect(await screen.findByText('Saved')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(() => expect(hearth.updateSettings).toHaveBeenLastCalledWith({ theme: 'dark' }));

    await user.click(screen.getByRole('radio', { name: 'Sunday' }));
    await waitFor(() => expect(hearth.updateSettings).toHaveBeenLastCalledWith({ weekStartsOn: 0 }));
    expect(screen.getAllByText('Saved')).toHaveLength(1);
  });

  it('puts the theme back when saving fails', async () => {
    const user = userEvent.setup();
    const { hearth } = renderSettings();
    hearth.updateSettings.mockRejectedValueOnce(Object.assign(new Error('The journal is locked.'), { code: 'LOCKED' }));
    await user.click(await screen.findByRole('radio', { name: 'Light' }));
    expect(await screen.findByText('The journal is locked.')).toBeTruthy();
    expect(document.documentElement.dataset.theme).toBe('system');
    expect((screen.getByRole('radio', { name: 'Same as the system' }) as HTMLInputElement).checked).toBe(true);
  });

  it('changes the passphrase only when the new one is strong enough', async () => {
    const user = userEvent.setup();
    const { hearth } = renderSettings();
    await user.type(await screen.findByLabelText('Current passphrase'), 'correct horse battery staple');
    await user.type(screen.getByLabelText('New passphrase'), 'password1');
    await user.type(screen.getByLabelText('Repeat new passphrase'), 'password1');
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText(TOO_WEAK_MESSAGE)).toBeTruthy();
    expect(hearth.changePassphrase).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('New passphrase'));
    await user.clear(screen.getByLabelText('Repeat new passphrase'));
    await user.type(screen.getByLabelText('New passphrase'), 'lantern orchard velvet cobalt');
    await user.type(screen.getByLabelText('Repeat new passphrase'), 'lantern orchard velvet cobalt');
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    await waitFor(() =>
      expect(hearth.changePassphrase).toHaveBeenCalledWith({ oldPassphrase: 'correct horse battery staple', newPassphrase: 'lantern orchard velvet cobalt', rotateKey: false }),
    );
    expect(await screen.findByText(/^Saved\. Use your new passphrase/)).toBeTruthy();
  });

  it('re-encrypts with a new key when asked, and then shows the new recovery key once', async () => {
    const user = userEvent.setup();
    const { hearth } = renderSettings();
    await user.type(await screen.findByLabelText('Current passphrase'), 'correct horse battery staple');
    await user.type(screen.getByLabelText('New passphrase'), 'lantern orchard velvet cobalt');
    await user.type(screen.getByLabelText('Repeat new passphrase'), 'lantern orchard velvet cobalt');
    await user.click(screen.getByRole('checkbox', { name: 'Also re-encrypt the journal with a new key' }));
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByRole('heading', { name: 'Your new recovery key' })).toBeTruthy();
    expect(hearth.changePassphrase).toHaveBeenCalledWith({ oldPassphrase: 'correct horse battery staple', newPassphrase: 'lantern orchard velvet cobalt', rotateKey: true });
    await user.type(screen.getByRole('textbox', { name: 'Recovery key' }), KEY);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/^Saved\. Use your new passphrase/)).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('shows a new recovery key once and asks for it back', async () => {
    const user = userEvent.setup();
    const { hearth } = renderSettings();
    await user.type(await screen.findByLabelText('Your passphrase'), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Create a new recovery key' }));
    expect(await screen.findByRole('heading', { name: 'Your new recovery key' })).toBeTruthy();
    expect(hearth.newRecoveryKey).toHaveBeenCalledWith({ passphrase: 'correct horse battery staple' });
    await user.type(screen.getByRole('textbox', { name: 'Recovery key' }), KEY);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/^Saved\. Your new recovery key/)).toBeTruthy();
    expect(screen.queryByText(KEY)).toBeNull();
    vi.restoreAllMocks();
  });
});

// @vitest-environment happy-dom
// Settings → Updates: off by default with "Check now" disabled; turned on, a click checks once and
// says what it found; the download page opens only from the link a newer version brings.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NavigationProvider } from '../../../renderer/src/app/navigation';
import { SettingsScreen } from '../../../renderer/src/settings/SettingsScreen';
import { UPDATE_FEED_URL, type UpdateCheck } from '../../../shared/updates';
import { fakeHearth } from './fake-hearth';

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

function renderSettings(answer: UpdateCheck) {
  const fake = fakeHearth({ unlocked: true });
  const updates = { checkForUpdates: vi.fn(async () => answer), openUpdatePage: vi.fn(async () => undefined) };
  Object.assign(window.hearth, updates);
  render(
    <NavigationProvider confirm={() => true}>
      <SettingsScreen />
    </NavigationProvider>,
  );
  return { ...fake, updates };
}

describe('the update check in Settings', () => {
  it('is off, states the feed address, and cannot check until turned on', async () => {
    const { updates } = renderSettings({ status: 'current', current: '0.1.0', latest: '0.1.0' });
    const box = await screen.findByRole('checkbox', { name: 'Check for updates when I ask' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toContain(UPDATE_FEED_URL);
    expect((screen.getByRole('button', { name: 'Check now' }) as HTMLButtonElement).disabled).toBe(true);
    expect(updates.checkForUpdates).not.toHaveBeenCalled();
  });

  it('turned on and clicked, checks once and offers the download page only as a link', async () => {
    const user = userEvent.setup();
    const { hearth, updates } = renderSettings({ status: 'newer', current: '0.1.0', latest: '0.2.0' });
    await user.click(await screen.findByRole('checkbox', { name: 'Check for updates when I ask' }));
    await waitFor(() => expect(hearth.updateSettings).toHaveBeenLastCalledWith({ checkForUpdates: true }));
    expect(updates.checkForUpdates).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('Hearth 0.2.0 is available (you have 0.1.0).')).toBeTruthy();
    expect(updates.checkForUpdates).toHaveBeenCalledOnce();
    expect(updates.openUpdatePage).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Open the download page in your browser' }));
    expect(updates.openUpdatePage).toHaveBeenCalledOnce();
  });

  it('says when this is the newest version, with no link', async () => {
    const user = userEvent.setup();
    renderSettings({ status: 'current', current: '0.2.0', latest: '0.2.0' });
    await user.click(await screen.findByRole('checkbox', { name: 'Check for updates when I ask' }));
    await user.click(screen.getByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('Hearth 0.2.0 is the newest version.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /download page/ })).toBeNull();
  });
});

// @vitest-environment happy-dom
// Settings → Sync in every state (off, merging into a folder of another journal, on with and without other
// computers, syncing, a failed round, skipped files), the status line's words, and joining a
// journal from a sync folder on first run.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/App';
import { SyncSettings } from '../../../renderer/src/settings/SyncSettings';
import { SyncActivityProvider } from '../../../renderer/src/ui/sync-activity';
import { SyncStatusLine } from '../../../renderer/src/ui/SyncStatusLine';
import { changesFrom, syncLine } from '../../../renderer/src/ui/sync-words';
import type { SyncActivity, SyncRound, SyncStatus } from '../../../shared/contract/sync';
import { HearthError } from '../../../shared/errors';
import { fakeHearth } from './fake-hearth';

afterEach(cleanup);

const OWN = 'a'.repeat(32);
const LAPTOP = 'b'.repeat(32);
const OFF: SyncStatus = { folder: null, device: null, devices: [], lastSyncedAt: null, unpublished: 0 };

/** Today at 10:42 on this computer's clock, so the line shows the time alone. */
function todayAt(hours: number, minutes: number): string {
  const d = new Date();
  d.setHours(hours, minutes, 0, 0);
  return d.toISOString();
}

const ON: SyncStatus = {
  folder: '/home/sam/Sync/hearth',
  device: { id: OWN, name: 'Desk' },
  devices: [{ id: LAPTOP, name: 'Laptop', appliedUpTo: 4, lastSeenAt: '2026-12-01T09:05:00Z' }],
  lastSyncedAt: todayAt(10, 42),
  unpublished: 0,
};

const round = (over: Partial<SyncRound> = {}): SyncRound => ({ published: 0, applied: 0, from: [], skipped: [], ...over });

function setup(initial: SyncStatus) {
  const fake = fakeHearth({ unlocked: true });
  let status = initial;
  const sync = {
    syncStatus: vi.fn(async () => status),
    syncNow: vi.fn(async () => round()),
    setUpSync: vi.fn(async () => {
      status = { ...ON, devices: [] };
      return { opened: true as const, summary: status };
    }),
    renameSyncDevice: vi.fn(async ({ name }: { name: string }) => {
      status = { ...status, device: { id: OWN, name } };
      return status;
    }),
    forgetSyncDevice: vi.fn(async ({ id }: { id: string }) => {
      status = { ...status, devices: status.devices.filter((d) => d.id !== id) };
      return status;
    }),
    adoptSyncFolder: vi.fn(async ({ ownPassphrase }: { ownPassphrase: string; passphrase: string }) => {
      if (ownPassphrase !== 'mine') throw new HearthError('WRONG_PASSPHRASE', 'That is not this journal’s passphrase.', { field: 'ownPassphrase' });
      status = ON;
      return { opened: true as const, summary: round({ published: 3, applied: 1 }) };
    }),
    leaveSync: vi.fn(async () => {
      status = OFF;
      return status;
    }),
  };
  Object.assign(fake.hearth, sync);
  render(
    <SyncActivityProvider>
      <SyncStatusLine />
      <SyncSettings />
    </SyncActivityProvider>,
  );
  const activity = (a: SyncActivity) => act(() => fake.emit({ type: 'sync', activity: a }));
  return { ...fake, sync, activity, setStatus: (s: SyncStatus) => (status = s) };
}

describe('the sync status words', () => {
  it('name who sent the changes, and say nothing for a journal that does not sync', () => {
    expect(changesFrom(round({ applied: 3, from: [{ id: LAPTOP, name: 'Laptop', changes: 3 }] }))).toBe('3 changes from Laptop');
    expect(
      changesFrom(
        round({
          applied: 4,
          from: [
            { id: LAPTOP, name: 'Laptop', changes: 1 },
            { id: OWN, name: 'Desk', changes: 2 },
            { id: 'c'.repeat(32), name: 'Work', changes: 1 },
          ],
        }),
      ),
    ).toBe('1 change from Laptop, 2 changes from Desk and 1 change from Work');
    expect(changesFrom(round({ applied: 0 }))).toBeNull();
    expect(syncLine(OFF, { syncing: true, last: null }, new Date())).toBeNull();
    expect(syncLine(null, { syncing: false, last: null }, new Date())).toBeNull();
    expect(syncLine({ ...ON, lastSyncedAt: null }, { syncing: false, last: null }, new Date())).toBe('Not synced yet');
  });

  it('show the day as well when the last sync was not today', () => {
    const line = syncLine({ ...ON, lastSyncedAt: '2026-01-05T09:30:00Z' }, { syncing: false, last: null }, new Date('2026-12-03T12:00:00Z'));
    expect(line).toMatch(/^Up to date · last synced 5 Jan 2026, \d\d:\d\d$/);
  });
});

describe('Settings → Sync, off', () => {
  it('says what lies in the folder, and sets up a new sync folder through main’s dialog', async () => {
    const user = userEvent.setup();
    const { sync } = setup(OFF);
    expect(await screen.findByText(/only encrypted files: nobody without your passphrase can read them\. Never put it inside Hearth’s own data folder/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Choose the folder…' }));
    expect(sync.setUpSync).toHaveBeenCalledWith();
    expect(await screen.findByText('/home/sam/Sync/hearth')).toBeTruthy();
    expect(screen.getByText(/No other computer syncs this folder yet/)).toBeTruthy();
  });

  it('when the folder holds another journal, asks for both passphrases, says which will unlock this journal, and merges', async () => {
    const user = userEvent.setup();
    const { sync } = setup(OFF);
    sync.setUpSync.mockRejectedValueOnce(new HearthError('SYNC_OTHER_JOURNAL'));
    await user.click(await screen.findByRole('button', { name: 'Choose the folder…' }));
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => /another computer\. To merge this journal into it, enter both passphrases/.test(a.textContent ?? ''))).toBe(true));
    expect((screen.getByRole('radio', { name: 'A folder another computer made for its own journal' }) as HTMLInputElement).checked).toBe(true);
    const theirs = screen.getByLabelText('Passphrase of the journal in that folder');
    expect(document.getElementById(theirs.getAttribute('aria-describedby')!)!.textContent).toMatch(/the folder journal’s passphrase \(and its recovery key\) unlock this\s+journal/);

    // Both are needed before any dialog opens.
    await user.type(theirs, 'the folder one');
    await user.click(screen.getByRole('button', { name: 'Choose the folder…' }));
    expect(sync.adoptSyncFolder).not.toHaveBeenCalled();
    expect(screen.getByLabelText('This journal’s passphrase').getAttribute('aria-invalid')).toBe('true');

    await user.type(screen.getByLabelText('This journal’s passphrase'), 'wrong one');
    await user.click(screen.getByRole('button', { name: 'Choose the folder…' }));
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent === 'That is not this journal’s passphrase.')).toBe(true));
    await user.clear(screen.getByLabelText('This journal’s passphrase'));
    await user.type(screen.getByLabelText('This journal’s passphrase'), 'mine');
    await user.click(screen.getByRole('button', { name: 'Choose the folder…' }));
    expect(sync.adoptSyncFolder).toHaveBeenLastCalledWith({ ownPassphrase: 'mine', passphrase: 'the folder one' });
    expect(await screen.findByRole('row', { name: /Laptop/ })).toBeTruthy();
  });

  it('stays off when the dialog is cancelled', async () => {
    const user = userEvent.setup();
    const { sync } = setup(OFF);
    sync.setUpSync.mockResolvedValueOnce({ opened: false } as never);
    await user.click(await screen.findByRole('button', { name: 'Choose the folder…' }));
    await waitFor(() => expect(sync.setUpSync).toHaveBeenCalledOnce());
    expect(screen.getByRole('button', { name: 'Choose the folder…' })).toBeTruthy();
  });
});

describe('Settings → Sync, on', () => {
  it('shows the folder, how it stands, and the other computers with when each was last seen', async () => {
    setup(ON);
    expect(await screen.findByText('/home/sam/Sync/hearth')).toBeTruthy();
    const line = document.querySelector('.sync-line')!;
    await waitFor(() => expect(line.textContent).toBe('Up to date · last synced 10:42'));
    expect(line.getAttribute('aria-live')).toBe('polite');
    const row = screen.getByRole('row', { name: /Laptop/ });
    expect(within(row).getByText(/^1 Dec 2026, \d\d:\d\d$/)).toBeTruthy();
  });

  it('follows the scheduler: syncing, changes from a computer, skipped files with their reasons, a failure', async () => {
    const { activity } = setup(ON);
    const line = await waitFor(() => {
      const p = document.querySelector('.sync-line')!;
      expect(p.textContent).not.toBe('');
      return p;
    });
    activity({ syncing: true, last: null });
    await waitFor(() => expect(line.textContent).toBe('Syncing…'));
    const skipped = [{ file: `devices/${LAPTOP}/000000000005.hearthsync`, reason: 'this change file belongs to another journal' }];
    activity({ syncing: false, last: { ok: true, at: todayAt(10, 50), round: round({ applied: 3, from: [{ id: LAPTOP, name: 'Laptop', changes: 3 }], skipped }) } });
    await waitFor(() => expect(line.textContent).toBe('3 changes from Laptop · last synced 10:50 · 1 file skipped'));
    const item = screen.getByText(`devices/${LAPTOP}/000000000005.hearthsync`).closest('li')!;
    expect(item.textContent).toContain('this change file belongs to another journal');
    activity({ syncing: false, last: { ok: false, at: todayAt(10, 55), message: 'The file could not be read or written.' } });
    await waitFor(() => expect(line.textContent).toBe('Sync did not work: The file could not be read or written.'));
  });

  it('syncs now, and shows why when that fails', async () => {
    const user = userEvent.setup();
    const { sync } = setup(ON);
    await user.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(sync.syncNow).toHaveBeenCalledOnce();
    sync.syncNow.mockRejectedValueOnce(new HearthError('FILE_ERROR'));
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent === 'The file could not be read or written.')).toBe(true));
  });

  it('renames this computer, refusing an empty name', async () => {
    const user = userEvent.setup();
    const { sync } = setup(ON);
    const name = await screen.findByLabelText('Name of this computer');
    expect((name as HTMLInputElement).value).toBe('Desk');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(sync.renameSyncDevice).not.toHaveBeenCalled();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await user.type(name, 'Study desk');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(sync.renameSyncDevice).toHaveBeenCalledWith({ name: 'Study desk' });
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('forgets a computer only after a confirm, with the keyboard', async () => {
    const user = userEvent.setup();
    const { sync } = setup(ON);
    (await screen.findByRole('button', { name: 'Forget Laptop' })).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Forget Laptop?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sync.forgetSyncDevice).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Forget Laptop' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Forget Laptop?' })).getByRole('button', { name: 'Forget' }));
    expect(sync.forgetSyncDevice).toHaveBeenCalledWith({ id: LAPTOP });
    await waitFor(() => expect(screen.queryByRole('row', { name: /Laptop/ })).toBeNull());
  });

  it('stops syncing after a confirm, and then offers to set it up again', async () => {
    const user = userEvent.setup();
    const { sync } = setup(ON);
    await user.click(await screen.findByRole('button', { name: 'Stop syncing…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop syncing on this computer?' });
    expect(dialog.textContent).toContain('This journal stays on this computer as it is');
    await user.click(within(dialog).getByRole('button', { name: 'Stop syncing' }));
    expect(sync.leaveSync).toHaveBeenCalledOnce();
    expect(await screen.findByRole('button', { name: 'Choose the folder…' })).toBeTruthy();
    expect(document.querySelector('.sync-line')!.textContent).toBe('');
  });
});

describe('first run: join a journal from a sync folder', () => {
  function firstRun() {
    const fake = fakeHearth({ exists: false });
    const joinSyncFolder = vi.fn(async ({ passphrase }: { passphrase: string }) => {
      if (passphrase !== fake.state.passphrase) throw new HearthError('WRONG_PASSPHRASE');
      fake.state.exists = true;
      return { opened: true as const, summary: { applied: 12, skipped: [] } };
    });
    Object.assign(fake.hearth, { joinSyncFolder, syncStatus: vi.fn(async () => ON) });
    render(<App />);
    return { ...fake, joinSyncFolder };
  }

  it('is offered beside creating a journal; joins with the folder journal’s passphrase and lands unlocked', async () => {
    const user = userEvent.setup();
    const { hearth, joinSyncFolder, state } = firstRun();
    await user.click(await screen.findByRole('button', { name: 'Join a journal from a sync folder' }));
    const box = await screen.findByLabelText('Passphrase of the journal in the sync folder');
    await user.click(screen.getByRole('button', { name: 'Choose the sync folder…' }));
    expect(joinSyncFolder).not.toHaveBeenCalled();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    await user.type(box, 'not it');
    await user.click(screen.getByRole('button', { name: 'Choose the sync folder…' }));
    expect(await screen.findByText('That passphrase does not open this journal.')).toBeTruthy();
    expect(hearth.unlock).not.toHaveBeenCalled();
    await user.clear(box);
    await user.type(box, state.passphrase);
    await user.click(screen.getByRole('button', { name: 'Choose the sync folder…' }));
    await waitFor(() => expect(hearth.unlock).toHaveBeenCalledWith({ passphrase: state.passphrase }));
    expect(await screen.findByRole('button', { name: 'Lock' })).toBeTruthy();
  });

  it('goes back to creating a journal, and stays when the dialog is cancelled', async () => {
    const user = userEvent.setup();
    const { hearth, joinSyncFolder } = firstRun();
    await user.click(await screen.findByRole('button', { name: 'Join a journal from a sync folder' }));
    joinSyncFolder.mockResolvedValueOnce({ opened: false } as never);
    await user.type(screen.getByLabelText('Passphrase of the journal in the sync folder'), 'anything at all');
    await user.click(screen.getByRole('button', { name: 'Choose the sync folder…' }));
    await waitFor(() => expect(joinSyncFolder).toHaveBeenCalledOnce());
    expect(hearth.unlock).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Create a new journal instead' }));
    expect(await screen.findByRole('heading', { name: 'Create your journal' })).toBeTruthy();
  });
});

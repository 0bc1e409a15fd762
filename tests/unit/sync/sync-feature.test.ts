// The sync feature as the app calls it: through the contract's dispatcher, with the stand-in
// dialogs choosing the folder, on real vaults in temp folders sharing one sync folder (two
// computers). Set up, join on first run, rounds with who sent what, rename, forget, leave, and
// the refusals.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { createHandlers, dispatch, type Handlers } from '../../../electron/ipc/dispatch';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { syncEngine } from '../../../electron/service/sync-engine';
import type { SyncStatus } from '../../../shared/contract/sync';
import type { Envelope } from '../../../shared/errors';
import { folderDialogs } from '../../support/folder-dialogs';
import { entry, PASSPHRASE, tempDir } from '../../support/vault';

const cleanups = cleanupAfterEach();

/** One computer: its own vault folder; its dialogs answer from the files folder both share. */
function computer(files: string) {
  const { dir, cleanup } = tempDir('hearth-sync-app-');
  const vaultDir = join(dir, 'vault');
  const service = new HearthService({ vaultDir, kdf: TEST_KDF, sync: syncEngine({ vaultDir }) });
  cleanups.push(() => {
    service.close();
    cleanup();
  });
  const handlers: Handlers = createHandlers(service, folderDialogs(files));
  const call = async <T,>(method: string, arg?: unknown): Promise<T> => {
    const envelope = (await dispatch(handlers, method, arg)) as Envelope<T>;
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.value;
  };
  return { service, call };
}

function sharedFiles(): string {
  const { dir, cleanup } = tempDir('hearth-sync-files-');
  cleanups.push(cleanup);
  mkdirSync(join(dir, 'files'));
  return join(dir, 'files');
}

const notes = async (s: HearthService) => (await s.listEntries(undefined)).entries.map((e) => e.note).sort();

describe('the sync feature', () => {
  it('sets up a folder, lets a second computer join on first run, and says who sent which changes', async () => {
    const files = sharedFiles();
    const laptop = computer(files);
    await laptop.service.create({ passphrase: PASSPHRASE });
    expect(await laptop.call<SyncStatus>('syncStatus')).toEqual({ folder: null, device: null, devices: [], lastSyncedAt: null, unpublished: 0 });
    await laptop.service.addEntry(entry({ mood: 6, note: 'written on the laptop' }));

    const setUp = await laptop.call<{ opened: true; summary: SyncStatus }>('setUpSync');
    expect(setUp.opened).toBe(true);
    expect(setUp.summary.folder).toBe(join(files, 'sync'));
    expect(setUp.summary.devices).toEqual([]);
    expect(setUp.summary.unpublished).toBe(0);
    expect(setUp.summary.lastSyncedAt).not.toBeNull();
    await laptop.call('renameSyncDevice', { name: 'Laptop' });

    const desk = computer(files);
    expect((await desk.service.status()).exists).toBe(false);
    const joined = await desk.call<{ opened: true; summary: { applied: number; skipped: unknown[] } }>('joinSyncFolder', { passphrase: PASSPHRASE });
    // The entry and the settings.
    expect(joined).toEqual({ opened: true, summary: { applied: 2, skipped: [] } });
    expect(await desk.service.status()).toEqual({ exists: true, unlocked: false });
    await desk.service.unlock({ passphrase: PASSPHRASE });
    expect(await notes(desk.service)).toEqual(['written on the laptop']);
    const deskStatus = await desk.call<SyncStatus>('renameSyncDevice', { name: 'Desk' });
    expect(deskStatus.device!.name).toBe('Desk');
    expect(deskStatus.devices.map((d) => d.name)).toEqual(['Laptop']);

    await desk.service.addEntry(entry({ mood: 4, note: 'written at the desk' }));
    await desk.service.addEntry(entry({ mood: 5, note: 'and again' }));
    expect(await desk.call('syncNow')).toMatchObject({ published: 2, applied: 0, from: [], skipped: [] });
    const round = await laptop.call('syncNow');
    expect(round).toEqual({ published: 0, applied: 2, from: [{ id: deskStatus.device!.id, name: 'Desk', changes: 2 }], skipped: [] });
    expect(await notes(laptop.service)).toEqual(['and again', 'written at the desk', 'written on the laptop']);
    const seen = await laptop.call<SyncStatus>('syncStatus');
    expect(seen.devices).toEqual([{ id: deskStatus.device!.id, name: 'Desk', appliedUpTo: expect.any(Number), lastSeenAt: expect.any(String) }]);
  });

  it('forgets a computer, and leaves: the journal stays, rounds are refused until set up again', async () => {
    const files = sharedFiles();
    const laptop = computer(files);
    await laptop.service.create({ passphrase: PASSPHRASE });
    await laptop.call('setUpSync');
    const desk = computer(files);
    await desk.call('joinSyncFolder', { passphrase: PASSPHRASE });
    await desk.service.unlock({ passphrase: PASSPHRASE });
    await desk.service.addEntry(entry({ mood: 4, note: 'from the desk' }));
    await desk.call('syncNow');
    await laptop.call('syncNow');
    const [other] = (await laptop.call<SyncStatus>('syncStatus')).devices;
    expect(other).toBeDefined();

    expect((await laptop.call<SyncStatus>('forgetSyncDevice', { id: other!.id })).devices).toEqual([]);
    const left = await laptop.call<SyncStatus>('leaveSync');
    expect(left).toEqual({ folder: null, device: null, devices: [], lastSyncedAt: null, unpublished: 0 });
    expect(await notes(laptop.service)).toEqual(['from the desk']);
    await expect(laptop.call('syncNow')).rejects.toMatchObject({ code: 'SYNC_NOT_SET_UP' });
  });

  it('refuses a folder of another journal, and a join with the wrong passphrase leaves no journal behind', async () => {
    const files = sharedFiles();
    const laptop = computer(files);
    await laptop.service.create({ passphrase: PASSPHRASE });
    await laptop.call('setUpSync');

    const stranger = computer(files);
    await stranger.service.create({ passphrase: 'another journal entirely' });
    await expect(stranger.call('setUpSync')).rejects.toMatchObject({ code: 'SYNC_OTHER_JOURNAL' });
    expect((await stranger.call<SyncStatus>('syncStatus')).folder).toBeNull();

    const desk = computer(files);
    await expect(desk.call('joinSyncFolder', { passphrase: 'not the passphrase' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect((await desk.service.status()).exists).toBe(false);
    await expect(desk.call('joinSyncFolder', { passphrase: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('merging a journal into another journal’s sync folder', () => {
  it('checks this journal’s passphrase first, merges, and stays open under the folder journal’s passphrase', async () => {
    const files = sharedFiles();
    const laptop = computer(files);
    await laptop.service.create({ passphrase: PASSPHRASE });
    await laptop.service.addEntry(entry({ mood: 6, note: 'on the laptop' }));
    await laptop.call('setUpSync');

    const own = 'the old desktop’s own passphrase';
    const desk = computer(files);
    await desk.service.create({ passphrase: own });
    await desk.service.addEntry(entry({ mood: 3, note: 'on the old desktop' }));
    await expect(desk.call('adoptSyncFolder', { ownPassphrase: 'not this one', passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await desk.service.status()).toEqual({ exists: true, unlocked: true });
    await expect(desk.call('adoptSyncFolder', { ownPassphrase: own, passphrase: 'not the folder one' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    // Refused before anything was merged: open again, with its own passphrase.
    expect(await desk.service.status()).toEqual({ exists: true, unlocked: true });
    expect(await notes(desk.service)).toEqual(['on the old desktop']);

    const adopted = await desk.call<{ opened: true; summary: { published: number; applied: number } }>('adoptSyncFolder', { ownPassphrase: own, passphrase: PASSPHRASE });
    expect(adopted.summary).toMatchObject({ published: expect.any(Number), applied: 1 });
    expect(await desk.service.status()).toEqual({ exists: true, unlocked: true });
    expect(await notes(desk.service)).toEqual(['on the laptop', 'on the old desktop']);
    expect((await desk.call<SyncStatus>('syncStatus')).folder).toBe(join(files, 'sync'));
    await laptop.call('syncNow');
    expect(await notes(laptop.service)).toEqual(['on the laptop', 'on the old desktop']);

    await desk.service.lock();
    await expect(desk.service.unlock({ passphrase: own })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await desk.service.unlock({ passphrase: PASSPHRASE });
  });
});

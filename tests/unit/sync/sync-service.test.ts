// Sync through the service: a journal set up on a folder, a second computer joining it with the
// passphrase, writes on both, and the refusals (another journal's folder, a folder of other files,
// a key rotation while syncing).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { joinSyncFolder } from '../../../electron/service/sync-join';
import { adoptSyncFolder } from '../../../electron/service/sync-adopt';
import { SyncSession } from '../../../electron/service/sync-session';
import { entry, freshService, PASSPHRASE, tempDir } from '../../support/vault';

const cleanups = cleanupAfterEach();

function temp() {
  const t = tempDir('hearth-sync-');
  cleanups.push(t.cleanup);
  return t.dir;
}

async function laptop() {
  const v = await freshService();
  cleanups.push(v.cleanup);
  return { ...v, sync: new SyncSession(v.service) };
}

async function joined(folder: string, name = 'Desktop') {
  const vaultDir = join(temp(), 'vault');
  const result = await joinSyncFolder({ folder, vaultDir, passphrase: PASSPHRASE, deviceName: name });
  const service = new HearthService({ vaultDir, kdf: TEST_KDF });
  cleanups.push(() => service.close());
  await service.unlock({ passphrase: PASSPHRASE });
  return { result, service, sync: new SyncSession(service) };
}

const notes = async (s: HearthService) => (await s.listEntries(undefined)).entries.map((e) => e.note).sort();

describe('sync through a folder', () => {
  it('a second computer joins with the passphrase and both end with the same journal', async () => {
    const folder = join(temp(), 'sync');
    const a = await laptop();
    const first = await a.service.addEntry(entry({ mood: 5, note: 'first', interactions: [{ person: 'Ada', kinds: ['emotional'] }] }));
    await a.service.updateSettings({ theme: 'dark' });
    const setUp = await a.sync.syncSetUp({ folder, deviceName: 'Laptop' });
    // The entry, Ada and the settings.
    expect(setUp).toMatchObject({ published: 3, applied: 0, skipped: [] });

    const b = await joined(folder);
    expect(b.result).toMatchObject({ published: 0, applied: 3, skipped: [] });
    expect(await notes(b.service)).toEqual(['first']);
    expect((await b.service.getSettings()).theme).toBe('dark');
    expect((await b.service.getEntry({ id: first.id })).interactions[0]!.person).toBe('Ada');

    await b.service.addEntry(entry({ mood: 3, note: 'from the desktop' }));
    await b.service.updateEntry({ id: first.id, entry: entry({ mood: 6, note: 'first, edited on the desktop', interactions: [{ person: 'Ada', kinds: ['practical'] }] }) });
    expect(await b.sync.syncRound()).toMatchObject({ published: 2, applied: 0, skipped: [] });
    const desktopId = (await b.sync.syncStatus())!.device.id;
    expect(await a.sync.syncRound()).toEqual({ published: 0, applied: 2, skipped: [], from: [{ id: desktopId, name: 'Desktop', applied: 2 }] });
    expect(await notes(a.service)).toEqual(['first, edited on the desktop', 'from the desktop']);

    await a.service.deleteEntry({ id: first.id });
    await a.sync.syncRound();
    expect(await b.sync.syncRound()).toMatchObject({ published: 0, applied: 1, skipped: [] });
    expect(await notes(b.service)).toEqual(['from the desktop']);

    const status = await a.sync.syncStatus();
    expect(status).toMatchObject({ folder, device: { name: 'Laptop' }, unpublished: 0, devices: [{ name: 'Desktop', appliedUpTo: 1 }] });
    expect(status!.lastSyncedAt).not.toBeNull();
    await b.sync.renameDevice('Study');
    await a.sync.syncRound();
    expect((await a.sync.syncStatus())!.devices[0]!.name).toBe('Study');

    // Forgotten, the desktop's files stay in the folder but are no longer read here.
    await a.sync.forgetDevice(desktopId);
    await b.service.addEntry(entry({ mood: 1, note: 'after being forgotten' }));
    expect(await b.sync.syncRound()).toMatchObject({ published: 1 });
    expect(await a.sync.syncRound()).toMatchObject({ published: 0, applied: 0, skipped: [] });
    expect((await a.sync.syncStatus())!.devices).toEqual([]);
    expect(readdirSync(join(folder, 'devices', desktopId)).filter((n) => /^\d+\.hearthsync$/.test(n))).toHaveLength(2);
    await expect(a.sync.forgetDevice('0'.repeat(32))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('carries a new passphrase to the folder at the next round, so a new computer joins with it', async () => {
    const folder = join(temp(), 'sync');
    const a = await laptop();
    await a.service.addEntry(entry({ mood: 5, note: 'kept' }));
    await a.sync.syncSetUp({ folder });
    const changed = 'a new passphrase for the laptop and the folder';
    await a.service.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: changed, rotateKey: false });
    await a.sync.syncRound();
    await expect(joinSyncFolder({ folder, vaultDir: join(temp(), 'old'), passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const vaultDir = join(temp(), 'vault');
    expect(await joinSyncFolder({ folder, vaultDir, passphrase: changed })).toMatchObject({ applied: 2, skipped: [] });
    const b = new HearthService({ vaultDir, kdf: TEST_KDF });
    cleanups.push(() => b.close());
    await b.unlock({ passphrase: changed });
    expect(await notes(b)).toEqual(['kept']);
  });

  it('says so when the folder is not there', async () => {
    const folder = join(temp(), 'usb-stick');
    const a = await laptop();
    await a.sync.syncSetUp({ folder });
    rmSync(folder, { recursive: true });
    await expect(a.sync.syncRound()).rejects.toMatchObject({ code: 'FILE_ERROR' });
  });

  it('refuses a folder of another journal, and a folder of other files', async () => {
    const folder = join(temp(), 'sync');
    const a = await laptop();
    await a.sync.syncSetUp({ folder });
    const other = await laptop();
    await expect(other.sync.syncSetUp({ folder })).rejects.toMatchObject({ code: 'SYNC_OTHER_JOURNAL' });
    const full = temp();
    writeFileSync(join(full, 'notes.txt'), 'mine');
    await expect(other.sync.syncSetUp({ folder: full })).rejects.toMatchObject({ code: 'SYNC_FOLDER_NOT_EMPTY' });
    // A sync tool's own marks do not count.
    const marked = temp();
    mkdirSync(join(marked, '.stfolder'));
    await expect(other.sync.syncSetUp({ folder: marked })).resolves.toMatchObject({ skipped: [] });
    await expect(other.sync.syncRound()).resolves.toMatchObject({ published: 0, applied: 0, skipped: [] });
  });

  it('refuses a key rotation while syncing, and a round before sync is set up', async () => {
    const a = await laptop();
    await expect(a.sync.syncRound()).rejects.toMatchObject({ code: 'SYNC_NOT_SET_UP' });
    expect(await a.sync.syncStatus()).toBeNull();
    await a.sync.syncSetUp({ folder: join(temp(), 'sync') });
    await expect(a.service.newRecoveryKey({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'SYNC_KEY_ROTATION' });
    await a.sync.syncLeave();
    expect(await a.sync.syncStatus()).toBeNull();
    await expect(a.service.newRecoveryKey({ passphrase: PASSPHRASE })).resolves.toMatchObject({ recoveryKey: expect.any(String) });
  });

  it('adopts the folder\'s journal on a computer with a journal of its own: both end with everything', async () => {
    const folder = join(temp(), 'sync');
    const a = await laptop();
    await a.service.addEntry(entry({ mood: 5, note: 'on the laptop' }));
    await a.sync.syncSetUp({ folder, deviceName: 'Laptop' });
    const own = 'a different passphrase, long enough to pass';
    const vaultDir = join(temp(), 'vault');
    const c = new HearthService({ vaultDir, kdf: TEST_KDF });
    await c.create({ passphrase: own });
    await c.addEntry(entry({ mood: 2, note: 'on the old desktop', interactions: [{ person: 'Ada', kinds: ['practical'] }] }));
    c.close();

    await expect(adoptSyncFolder({ folder, vaultDir, ownPassphrase: 'not it at all, not it at all', passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    // The desktop's entry, Ada and its settings are published; the laptop's entry is applied (its
    // settings were changed before the desktop's were stamped, so the desktop's win).
    expect(await adoptSyncFolder({ folder, vaultDir, ownPassphrase: own, passphrase: PASSPHRASE, deviceName: 'Desktop' })).toMatchObject({ published: 3, applied: 1, skipped: [] });
    const adopted = new HearthService({ vaultDir, kdf: TEST_KDF });
    cleanups.push(() => adopted.close());
    await expect(adopted.unlock({ passphrase: own })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await adopted.unlock({ passphrase: PASSPHRASE });
    expect(await notes(adopted)).toEqual(['on the laptop', 'on the old desktop']);
    expect(await adopted.verify(undefined)).toMatchObject({ corrupt: [] });
    expect(await a.sync.syncRound()).toMatchObject({ applied: 3, skipped: [] });
    expect(await notes(a.service)).toEqual(['on the laptop', 'on the old desktop']);
  });
});

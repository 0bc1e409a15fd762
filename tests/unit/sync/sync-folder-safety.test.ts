// What the sync folder gives away and what it lets in: no entry text, person name, tag, device
// name in any encoding in any of its files (change files, snapshots, device files with their
// acknowledgements, keys files); a flipped bit, a file moved to another device's folder
// and a file of another journal are each refused by name, with nothing applied from them; so is
// a file that opens but holds a record this Hearth cannot read.
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { randomUUID } from 'node:crypto';
import { CHANGE_FILE_PROBLEMS, sealChangeFile } from '../../../electron/sync/change-file';
import { openVault } from '../../../electron/service/vault-file';
import { openWithPassphrase } from '../../../electron/vault/key-manager';
import { loadSodium } from '../../../electron/vault/sodium';
import { deriveSyncKey } from '../../../electron/vault/sync-key';
import { joinSyncFolder } from '../../../electron/service/sync-join';
import { SyncSession } from '../../../electron/service/sync-session';
import { syncRound } from '../../../electron/service/sync-round';
import { encodings } from '../../support/canary';
import { entry, freshService, PASSPHRASE, tempDir } from '../../support/vault';

const cleanups = cleanupAfterEach();

const NOTE = 'CanaryNoteQuokkaHarbour';
const PERSON = 'Wilhelmina Zanzibar';
const TAG = 'canarytagxylophone';
const DEVICE = 'CanaryDeviceMarmalade';
const FOLDER = 'CanaryFolderPumpernickel';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

function canariesIn(files: string[], root: string, canaries: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const canary of canaries) for (const [how, needle] of encodings(canary)) if (bytes.includes(needle)) found.push(`${canary} (${how}) in ${relative(root, file)}`);
  }
  return found;
}

async function twoComputers() {
  const t = tempDir('hearth-sync-safety-');
  cleanups.push(t.cleanup);
  const folder = join(t.dir, FOLDER);
  const a = await freshService();
  cleanups.push(a.cleanup);
  const aSync = new SyncSession(a.service);
  await a.service.addEntry(entry({ mood: 4, note: `${NOTE} with ${PERSON}`, tags: [TAG], interactions: [{ person: PERSON, kinds: ['emotional'] }] }));
  await aSync.syncSetUp({ folder, deviceName: DEVICE });
  const bVault = join(t.dir, 'b');
  await joinSyncFolder({ folder, vaultDir: bVault, passphrase: PASSPHRASE, deviceName: `${DEVICE} two` });
  const b = new HearthService({ vaultDir: bVault, kdf: TEST_KDF });
  cleanups.push(() => b.close());
  await b.unlock({ passphrase: PASSPHRASE });
  const aId = (await aSync.syncStatus())!.device.id;
  return { dir: t.dir, folder, a: a.service, aSync, aVault: a.vaultDir, aId, b, bSync: new SyncSession(b), bVault };
}

const notes = async (s: HearthService) => (await s.listEntries(undefined)).entries.map((e) => e.note).sort();

describe('the sync folder', () => {
  it('holds no entry text, person name, tag or device name in any encoding, and hearth.db no device name or folder', async () => {
    const { folder, a, aSync, b, bSync, aVault, bVault } = await twoComputers();
    await a.addEntry(entry({ mood: 2, note: `${NOTE} again`, tags: [TAG] }));
    await aSync.syncRound();
    await bSync.syncRound();
    // A snapshot from each computer, holding the whole journal.
    await b.addEntry(entry({ mood: 3, note: `${NOTE} from the desktop`, tags: [TAG] }));
    for (const s of [a, b, a]) await s.withLockedJournal((j) => syncRound(j, Date.now, { every: 1 }));
    const files = filesUnder(folder);
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files.filter((f) => /snapshot-\d{12}\.hearthsync$/.test(f))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('device.hearthsync'))).toHaveLength(2);
    expect(canariesIn(files, folder, [NOTE, PERSON, TAG, DEVICE])).toEqual([]);
    // The device's name and the folder's path are sealed in hearth.db too.
    expect(canariesIn([...filesUnder(aVault), ...filesUnder(bVault)], folder, [DEVICE, FOLDER])).toEqual([]);
  });

  it('refuses a flipped bit, a moved file and another journal’s file by name, applying nothing from them', async () => {
    const { dir, folder, a, aSync, aId, aVault, b, bSync } = await twoComputers();
    expect(await notes(b)).toEqual([`${NOTE} with ${PERSON}`]);
    const before = await notes(b);

    // A flipped bit in the next file of the laptop.
    await a.addEntry(entry({ mood: 1, note: 'flipped' }));
    await aSync.syncRound();
    const second = `devices/${aId}/000000000002.hearthsync`;
    const bytes = readFileSync(join(folder, second));
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 40]! ^= 0x01;
    writeFileSync(join(folder, second), flipped);
    expect(await bSync.syncRound()).toMatchObject({ published: 0, applied: 0, skipped: [{ file: second, reason: CHANGE_FILE_PROBLEMS['does-not-open'] }] });
    expect(await notes(b)).toEqual(before);

    // The same file, whole, moved into a folder of another device.
    const stranger = 'f'.repeat(32);
    mkdirSync(join(folder, 'devices', stranger), { recursive: true });
    const moved = `devices/${stranger}/000000000001.hearthsync`;
    writeFileSync(join(folder, moved), bytes);
    const round = await bSync.syncRound();
    expect(round.applied).toBe(0);
    expect(round.skipped).toContainEqual({ file: moved, reason: CHANGE_FILE_PROBLEMS['does-not-open'] });
    expect(await notes(b)).toEqual(before);

    // A change file of another journal, as if that journal's computer wrote here.
    const other = await freshService();
    cleanups.push(other.cleanup);
    await other.service.addEntry(entry({ mood: 9, note: 'another journal' }));
    const otherFolder = join(dir, 'other');
    const otherSync = new SyncSession(other.service);
    await otherSync.syncSetUp({ folder: otherFolder });
    const otherId = (await otherSync.syncStatus())!.device.id;
    cpSync(join(otherFolder, 'devices', otherId), join(folder, 'devices', otherId), { recursive: true });
    const foreign = `devices/${otherId}/000000000001.hearthsync`;
    const third = await bSync.syncRound();
    expect(third.applied).toBe(0);
    expect(third.skipped).toContainEqual({ file: foreign, reason: CHANGE_FILE_PROBLEMS['other-journal'] });
    expect(await notes(b)).toEqual(before);

    // A file sealed with the journal's key, holding a record this Hearth cannot read.
    const sodium = await loadSodium();
    const vault = openVault({ dbPath: join(aVault, 'hearth.db') }, true)!;
    const dataKey = (await openWithPassphrase(sodium, vault.store, vault.vaultId, PASSPHRASE))!;
    vault.db.close();
    const newer = 'e'.repeat(32);
    const unreadable = `devices/${newer}/000000000001.hearthsync`;
    mkdirSync(join(folder, 'devices', newer));
    const body = { occurredAt: '2026-03-02T09:30:00+01:00', mood: 11, note: 'mood eleven', tags: [], interactions: [], createdAt: 'a', updatedAt: 'b' };
    const hlc = { wall: Date.now() + 60_000, count: 0, device: newer };
    writeFileSync(join(folder, unreadable), sealChangeFile(sodium, deriveSyncKey(sodium, dataKey), vault.vaultId, { device: newer, seq: 1 }, [{ kind: 'entry', id: randomUUID(), hlc, body }]));
    dataKey.fill(0);
    const fourth = await bSync.syncRound();
    expect(fourth.applied).toBe(0);
    expect(fourth.skipped).toContainEqual({ file: unreadable, reason: CHANGE_FILE_PROBLEMS['not-readable'] });
    expect(await notes(b)).toEqual(before);

    // Put right, the laptop's file applies; the others are still refused.
    writeFileSync(join(folder, second), bytes);
    const healed = await bSync.syncRound();
    expect(healed.applied).toBe(1);
    expect(healed.skipped.map((s) => s.file).sort()).toEqual([foreign, moved, unreadable].sort());
    expect(await notes(b)).toEqual([...before, 'flipped'].sort());
  });
});

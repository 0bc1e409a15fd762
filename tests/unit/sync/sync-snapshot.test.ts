// Snapshots through the service: a file the desktop cannot open is reported in its device file,
// answered by a snapshot from the laptop, and passed by through it; a snapshot moved from another
// device's folder, one of another journal and one cut short are refused by name with nothing
// applied (the one cut short is tried again and applies once whole); compaction waits for a
// computer that stopped syncing until it is forgotten.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { joinSyncFolder } from '../../../electron/service/sync-join';
import { syncRound } from '../../../electron/service/sync-round';
import { SyncSession } from '../../../electron/service/sync-session';
import { CHANGE_FILE_PROBLEMS } from '../../../electron/sync/change-file';
import { openDeviceFile } from '../../../electron/sync/device-file';
import { loadSodium } from '../../../electron/vault/sodium';
import { entry, freshService, PASSPHRASE, tempDir } from '../../support/vault';

const cleanups = cleanupAfterEach();

const every = (n: number) => (s: HearthService) => s.withLockedJournal((j) => syncRound(j, Date.now, { every: n }));
const notes = async (s: HearthService) => (await s.listEntries(undefined)).entries.map((e) => e.note).sort();
const SNAP1 = 'snapshot-000000000001.hearthsync';

async function computers(folderName = 'sync') {
  const t = tempDir('hearth-sync-snapshot-');
  cleanups.push(t.cleanup);
  const folder = join(t.dir, folderName);
  const a = await freshService();
  cleanups.push(a.cleanup);
  await a.service.addEntry(entry({ mood: 4, note: 'first' }));
  await new SyncSession(a.service).syncSetUp({ folder, deviceName: 'Laptop' });
  const join1 = async (name: string) => {
    const vaultDir = join(t.dir, name);
    await joinSyncFolder({ folder, vaultDir, passphrase: PASSPHRASE, deviceName: name });
    const s = new HearthService({ vaultDir, kdf: TEST_KDF });
    cleanups.push(() => s.close());
    await s.unlock({ passphrase: PASSPHRASE });
    return s;
  };
  const aId = (await new SyncSession(a.service).syncStatus())!.device.id;
  return { dir: t.dir, folder, a: a.service, aVault: a.vaultDir, aId, join: join1 };
}

/** The desktop cannot open the laptop's file 2: it reports it in its device file. */
async function refusedSecond() {
  const c = await computers();
  const b = await c.join('Desktop');
  const bId = (await new SyncSession(b).syncStatus())!.device.id;
  await c.a.addEntry(entry({ mood: 1, note: 'second' }));
  await new SyncSession(c.a).syncRound();
  const second = join(c.folder, 'devices', c.aId, '000000000002.hearthsync');
  const flipped = Buffer.from(readFileSync(second));
  flipped[flipped.length - 40]! ^= 0x01;
  writeFileSync(second, flipped);
  const refused = await new SyncSession(b).syncRound();
  expect(refused.skipped).toEqual([{ file: `devices/${c.aId}/000000000002.hearthsync`, reason: CHANGE_FILE_PROBLEMS['does-not-open'] }]);
  return { ...c, b, bId };
}

describe('snapshots', () => {
  it('pass a file that never opens: reported, answered by a snapshot, applied through it', async () => {
    const { folder, a, aId, aVault, b, bId } = await refusedSecond();
    expect(await notes(b)).toEqual(['first']);
    const sodium = await loadSodium();
    const { syncKey, journal } = await keyOf(aVault);
    const bFile = openDeviceFile(sodium, syncKey, journal, bId, readFileSync(join(folder, 'devices', bId, 'device.hearthsync')))!;
    expect(bFile.refused).toEqual([{ device: aId, seq: 2 }]);
    expect(bFile.acks[aId]).toBe(2);

    // The laptop answers with a snapshot covering its file 2, and writes on.
    expect(existsSync(join(folder, 'devices', aId, SNAP1))).toBe(false);
    await a.addEntry(entry({ mood: 2, note: 'third' }));
    await new SyncSession(a).syncRound();
    expect(existsSync(join(folder, 'devices', aId, SNAP1))).toBe(true);
    const aFile = openDeviceFile(sodium, syncKey, journal, aId, readFileSync(join(folder, 'devices', aId, 'device.hearthsync')))!;
    expect(aFile.snapshot).toEqual({ n: 1, covers: { [aId]: 4, [bId]: 1 } });

    const healed = await new SyncSession(b).syncRound();
    expect(healed.skipped).toEqual([]);
    expect(await notes(b)).toEqual(['first', 'second', 'third']);
    const after = openDeviceFile(sodium, syncKey, journal, bId, readFileSync(join(folder, 'devices', bId, 'device.hearthsync')))!;
    expect(after).toMatchObject({ refused: [], acks: { [aId]: 4 } });
    // Asked once: the next round of the laptop writes no other snapshot.
    await new SyncSession(a).syncRound();
    expect(readdirSync(join(folder, 'devices', aId)).filter((n) => n.startsWith('snapshot-'))).toEqual([SNAP1]);
  });

  it('refuses a moved snapshot, another journal’s and one cut short by name, applying nothing, and applies it once whole', async () => {
    const { dir, folder, a, aId, b, bId } = await refusedSecond();
    // The desktop writes a snapshot of its own, then the laptop answers the refusal with one.
    await b.addEntry(entry({ mood: 3, note: 'desktop' }));
    await every(1)(b);
    await new SyncSession(a).syncRound();
    const real = readFileSync(join(folder, 'devices', aId, SNAP1));
    const snapshot = `devices/${aId}/${SNAP1}`;

    // The desktop's snapshot, put in the laptop's folder under the laptop's snapshot's name.
    writeFileSync(join(folder, 'devices', aId, SNAP1), readFileSync(join(folder, 'devices', bId, SNAP1)));
    const moved = await new SyncSession(b).syncRound();
    expect(moved.applied).toBe(0);
    expect(moved.skipped).toContainEqual({ file: snapshot, reason: CHANGE_FILE_PROBLEMS['does-not-open'] });
    expect(await notes(b)).toEqual(['desktop', 'first']);

    // Another journal's snapshot under that name.
    const other = await freshService();
    cleanups.push(other.cleanup);
    await other.service.addEntry(entry({ mood: 9, note: 'another journal' }));
    const otherFolder = join(dir, 'other');
    await new SyncSession(other.service).syncSetUp({ folder: otherFolder });
    await every(1)(other.service);
    const otherId = (await new SyncSession(other.service).syncStatus())!.device.id;
    writeFileSync(join(folder, 'devices', aId, SNAP1), readFileSync(join(otherFolder, 'devices', otherId, SNAP1)));
    const foreign = await new SyncSession(b).syncRound();
    expect(foreign.applied).toBe(0);
    expect(foreign.skipped).toContainEqual({ file: snapshot, reason: CHANGE_FILE_PROBLEMS['other-journal'] });

    // Cut short mid-write: tried again, nothing applied until it is whole.
    writeFileSync(join(folder, 'devices', aId, SNAP1), real.subarray(0, Math.floor(real.length / 2)));
    const cut = await new SyncSession(b).syncRound();
    expect(cut.applied).toBe(0);
    expect(cut.skipped).toContainEqual({ file: snapshot, reason: CHANGE_FILE_PROBLEMS.incomplete });
    expect(await notes(b)).toEqual(['desktop', 'first']);

    writeFileSync(join(folder, 'devices', aId, SNAP1), real);
    const whole = await new SyncSession(b).syncRound();
    expect(whole.skipped).toEqual([]);
    expect(await notes(b)).toEqual(['desktop', 'first', 'second']);
  });

  it('compacts only once every computer has applied the files; one that stopped syncing holds it back until forgotten', async () => {
    const { folder, a, aId } = await computers();
    const b = await join2(folder, 'Desktop');
    const c = await join2(folder, 'Old laptop');
    const cId = (await new SyncSession(c).syncStatus())!.device.id;
    c.close();
    for (let i = 0; i < 4; i++) {
      await a.addEntry(entry({ mood: i, note: `laptop ${i}` }));
      await every(2)(a);
      await every(2)(b);
    }
    await every(2)(a);
    const own = () => readdirSync(join(folder, 'devices', aId)).filter((n) => /^\d{12}\.hearthsync$/.test(n));
    // The old laptop applied only file 1 before it stopped: file 1 could go, nothing after it.
    expect(own()).toEqual(['000000000002.hearthsync', '000000000003.hearthsync', '000000000004.hearthsync', '000000000005.hearthsync']);
    await new SyncSession(a).forgetDevice(cId);
    await every(2)(a);
    // Forgotten: what the desktop applied and the newest snapshot covers goes (it covers files 1 to 4).
    expect(own()).toEqual(['000000000005.hearthsync']);
    expect(readdirSync(join(folder, 'devices', aId)).filter((n) => n.startsWith('snapshot-'))).toHaveLength(1);
    // A computer joining now starts from the snapshot.
    const late = await join2(folder, 'New desktop');
    expect(await notes(late)).toEqual(['first', 'laptop 0', 'laptop 1', 'laptop 2', 'laptop 3']);
  });
});

async function join2(folder: string, name: string) {
  const t = tempDir('hearth-sync-join-');
  cleanups.push(t.cleanup);
  const vaultDir = join(t.dir, 'vault');
  await joinSyncFolder({ folder, vaultDir, passphrase: PASSPHRASE, deviceName: name });
  const s = new HearthService({ vaultDir, kdf: TEST_KDF });
  cleanups.push(() => s.close());
  await s.unlock({ passphrase: PASSPHRASE });
  return s;
}

async function keyOf(vaultDir: string) {
  const { openVault } = await import('../../../electron/service/vault-file');
  const { openWithPassphrase } = await import('../../../electron/vault/key-manager');
  const { deriveSyncKey } = await import('../../../electron/vault/sync-key');
  const sodium = await loadSodium();
  const vault = openVault({ dbPath: join(vaultDir, 'hearth.db') }, true)!;
  const dataKey = (await openWithPassphrase(sodium, vault.store, vault.vaultId, PASSPHRASE))!;
  vault.db.close();
  const syncKey = deriveSyncKey(sodium, dataKey);
  dataKey.fill(0);
  return { syncKey, journal: vault.vaultId };
}

// This device's bookkeeping of what it applied stays small: per other device, the number applied
// up to and the conflict copies below it still in the folder. A journal synced before (which kept
// the name of every file it applied) goes on syncing: nothing applied is read again, nothing new
// is passed over, and its list shrinks to the copies at the next round.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { joinSyncFolder } from '../../../electron/service/sync-join';
import { SyncSession } from '../../../electron/service/sync-session';
import { entry, freshService, PASSPHRASE, tempDir } from '../../support/vault';

const cleanups = cleanupAfterEach();

const notes = async (s: HearthService) => (await s.listEntries(undefined)).entries.map((e) => e.note).sort();
const file = (device: string, seq: number, suffix = '') => `devices/${device}/${String(seq).padStart(12, '0')}${suffix}.hearthsync`;

it('a journal synced with the old list of applied files keeps syncing without reading any again, and keeps only the copies', async () => {
  const t = tempDir('hearth-sync-bookkeeping-');
  cleanups.push(t.cleanup);
  const folder = join(t.dir, 'sync');
  const a = await freshService();
  cleanups.push(a.cleanup);
  const aSync = new SyncSession(a.service);
  await a.service.addEntry(entry({ mood: 1, note: 'one' }));
  await aSync.syncSetUp({ folder, deviceName: 'Laptop' });
  const aId = (await aSync.syncStatus())!.device.id;
  const bVault = join(t.dir, 'b');
  await joinSyncFolder({ folder, vaultDir: bVault, passphrase: PASSPHRASE, deviceName: 'Desktop' });
  const b = new HearthService({ vaultDir: bVault, kdf: TEST_KDF });
  cleanups.push(() => b.close());
  await b.unlock({ passphrase: PASSPHRASE });
  const bSync = new SyncSession(b);

  await a.service.addEntry(entry({ mood: 2, note: 'two' }));
  await aSync.syncRound();
  const copy = file(aId, 2, '.sync-conflict-20261203-101010-ABCDEFG');
  writeFileSync(join(folder, copy), readFileSync(join(folder, file(aId, 2))));
  await a.service.addEntry(entry({ mood: 3, note: 'three' }));
  await aSync.syncRound();
  expect((await bSync.syncRound()).skipped).toEqual([]);
  expect(await notes(b)).toEqual(['one', 'three', 'two']);

  // As a Hearth before snapshots left it: every applied file by name, under `applied`.
  const old = [file(aId, 1), file(aId, 2), copy, file(aId, 3)];
  await b.withLockedJournal(async (j) => {
    const { local, cipher } = j.syncParts();
    const peer = local.peers().find((p) => p.id === aId)!;
    expect(peer).toMatchObject({ nextSeq: 4, copies: [copy] });
    const sealed = cipher.sealSyncState(`peer:${aId}`, JSON.stringify({ name: peer.name, seenAt: peer.seenAt, applied: old }));
    local.rows.putPeer({ deviceId: aId, nextSeq: 4, forgotten: false, ...sealed });
  });

  // Every file already applied is spoiled: reading any of them again would be reported.
  for (const path of old) {
    const bytes = Buffer.from(readFileSync(join(folder, path)));
    bytes[bytes.length - 40]! ^= 0x01;
    writeFileSync(join(folder, path), bytes);
  }
  await a.service.addEntry(entry({ mood: 4, note: 'four' }));
  await aSync.syncRound();
  const late = file(aId, 4, '-conflict-20261203');
  const round = await bSync.syncRound();
  expect(round).toMatchObject({ applied: 1, skipped: [] });
  expect(await notes(b)).toEqual(['four', 'one', 'three', 'two']);

  // A copy arriving after its number was applied is still read once.
  writeFileSync(join(folder, late), readFileSync(join(folder, file(aId, 4))));
  expect((await bSync.syncRound()).skipped).toEqual([]);
  await b.withLockedJournal(async (j) => {
    const { local, cipher } = j.syncParts();
    const row = local.rows.peers().find((p) => p.deviceId === aId)!;
    expect(row.nextSeq).toBe(5);
    const sealed = JSON.parse(cipher.openSyncState(`peer:${aId}`, row.nonce, row.box)!) as Record<string, unknown>;
    expect(sealed.applied).toBeUndefined();
    expect(sealed.copies).toEqual([copy, late]);
  });
});

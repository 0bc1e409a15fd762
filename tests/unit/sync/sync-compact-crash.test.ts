// A `hearth sync` killed (SIGKILL) while it writes its snapshot or deletes its compacted files:
// nothing is lost. The next round finishes the work, the other computer ends with every entry,
// and a computer joining afterwards, from whatever the folder holds, does too.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { joinSyncFolder } from '../../../electron/service/sync-join';
import { syncRound } from '../../../electron/service/sync-round';
import { SyncSession } from '../../../electron/service/sync-session';
import { SNAPSHOT_EVERY } from '../../../electron/sync/compaction';
import { BIN, makeVault, PASSPHRASE, ROOT, type TempVault } from '../cli/helpers';

/** More change files than SNAPSHOT_EVERY, so the killed round writes a snapshot and compacts. */
const FILES = SNAPSHOT_EVERY + 6;
type Moment = 'snapshot being written' | 'first file deleted' | 'half deleted';
const MOMENTS: Moment[] = ['snapshot being written', 'first file deleted', 'half deleted'];

const ids = async (s: HearthService) => new Set((await s.listEntries(undefined)).entries.map((e) => e.id));
const changeFiles = (folder: string) => readdirSync(folder).filter((n) => /^\d{12}\.hearthsync$/.test(n));

/** `hearth sync` on `vaultDir`, killed at `moment` as seen in `ownFolder`; resolves with whether it was killed. */
function killedRound(vaultDir: string, ownFolder: string, moment: Moment): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--vault', vaultDir, 'sync'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HEARTH_PASSPHRASE: PASSPHRASE },
      stdio: 'ignore',
    });
    let killed = false;
    const at = (): boolean => {
      const names = existsSync(ownFolder) ? readdirSync(ownFolder) : [];
      if (moment === 'snapshot being written') return names.some((n) => n.startsWith('snapshot-'));
      if (moment === 'first file deleted') return !names.includes('000000000001.hearthsync');
      return names.filter((n) => /^\d{12}\.hearthsync$/.test(n)).length <= FILES / 2;
    };
    const poll = setInterval(() => {
      if (!killed && at()) {
        killed = child.kill('SIGKILL');
        clearInterval(poll);
      }
    }, 1);
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(poll);
      resolve(killed);
    });
  });
}

describe('a sync round killed while it compacts', () => {
  let laptop: TempVault;
  let base: string;
  let pristine: string;
  let aId: string;
  beforeAll(async () => {
    laptop = await makeVault();
    base = join(laptop.dir, '..');
    const folder = join(base, 'sync');
    const a = new HearthService({ vaultDir: laptop.dir, kdf: TEST_KDF });
    await a.unlock({ passphrase: PASSPHRASE });
    await new SyncSession(a).syncSetUp({ folder });
    aId = (await new SyncSession(a).syncStatus())!.device.id;
    await joinSyncFolder({ folder, vaultDir: join(base, 'desktop'), passphrase: PASSPHRASE });
    // Files 2 to FILES, each one entry, with no snapshot yet (as if SNAPSHOT_EVERY were larger).
    for (let i = 2; i <= FILES; i++) {
      await a.addEntry({ occurredAt: '2026-03-02T09:30:00+01:00', mood: i % 11, note: `entry ${i}`, tags: [], interactions: [] });
      await a.withLockedJournal((j) => syncRound(j, Date.now, { every: 10_000 }));
    }
    a.close();
    const b = new HearthService({ vaultDir: join(base, 'desktop'), kdf: TEST_KDF });
    await b.unlock({ passphrase: PASSPHRASE });
    await new SyncSession(b).syncRound();
    b.close();
    pristine = join(base, '..', `${laptop.dir.split('/').at(-2)}-pristine`);
    cpSync(base, pristine, { recursive: true });
  }, 180_000);
  afterAll(() => {
    laptop.cleanup();
    rmSync(pristine, { recursive: true, force: true });
  });

  for (const moment of MOMENTS) {
    it(`killed at "${moment}": the next rounds finish, and every computer, a late one too, holds every entry`, { timeout: 150_000 }, async () => {
      rmSync(base, { recursive: true, force: true });
      cpSync(pristine, base, { recursive: true });
      const folder = join(base, 'sync');
      const own = join(folder, 'devices', aId);
      expect(changeFiles(own)).toHaveLength(FILES);
      expect(await killedRound(laptop.dir, own, moment)).toBe(true);
      const a = new HearthService({ vaultDir: laptop.dir, kdf: TEST_KDF });
      const b = new HearthService({ vaultDir: join(base, 'desktop'), kdf: TEST_KDF });
      let late: HearthService | null = null;
      try {
        await a.unlock({ passphrase: PASSPHRASE });
        await b.unlock({ passphrase: PASSPHRASE });
        const held = await ids(a);
        expect(held.size).toBe(FILES - 1);
        // Whatever the kill left, a joiner now starts from it.
        await joinSyncFolder({ folder, vaultDir: join(base, 'late'), passphrase: PASSPHRASE });
        late = new HearthService({ vaultDir: join(base, 'late'), kdf: TEST_KDF });
        await late.unlock({ passphrase: PASSPHRASE });
        expect(await ids(late)).toEqual(held);
        for (const s of [a, b, late, a]) expect((await new SyncSession(s).syncRound()).skipped).toEqual([]);
        expect(await ids(b)).toEqual(held);
        // The work is finished: a snapshot, and of the change files only what it does not cover.
        expect(readdirSync(own).filter((n) => n.startsWith('snapshot-'))).toHaveLength(1);
        expect(readdirSync(own).filter((n) => n.endsWith('.partial'))).toEqual([]);
        expect(changeFiles(own).length).toBeLessThan(SNAPSHOT_EVERY);
      } finally {
        late?.close();
        a.close();
        b.close();
      }
    });
  }
});

// A writer killed (SIGKILL) in the middle of `add --ndjson` on a journal that syncs: every entry it
// committed was stamped in the same transaction, so the next round publishes it, and the other
// computer ends with exactly the entries the laptop holds, no more, no fewer.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { joinSyncFolder } from '../../../electron/service/sync-join';
import { SyncSession } from '../../../electron/service/sync-session';
import { killAddNdjson, makeVault, PASSPHRASE, type TempVault } from '../cli/helpers';

const TRIALS = 4;
const LINES = 300;

/** `add --ndjson` fed `LINES` entries, killed `delayMs` after its first printed id; the ids it printed. */
async function killedWriter(vaultDir: string, delayMs: number): Promise<string[]> {
  const lines = Array.from({ length: LINES }, (_, i) => `${JSON.stringify({ id: randomUUID(), mood: i % 11, note: `line ${i}` })}\n`);
  return (await killAddNdjson(vaultDir, lines, delayMs)).ids;
}

const ids = async (s: HearthService) => new Set((await s.listEntries(undefined)).entries.map((e) => e.id));

describe('a syncing writer killed mid-write', () => {
  let laptop: TempVault;
  let desktopDir: string;
  let folder: string;
  beforeAll(async () => {
    laptop = await makeVault();
    folder = join(laptop.dir, '..', 'sync');
    desktopDir = join(laptop.dir, '..', 'desktop');
    const s = new HearthService({ vaultDir: laptop.dir, kdf: TEST_KDF });
    await s.unlock({ passphrase: PASSPHRASE });
    await new SyncSession(s).syncSetUp({ folder });
    s.close();
    await joinSyncFolder({ folder, vaultDir: desktopDir, passphrase: PASSPHRASE });
  }, 120_000);
  afterAll(() => laptop.cleanup());

  for (let trial = 1; trial <= TRIALS; trial++) {
    it(`trial ${trial}: what was committed reaches the other computer, whole`, { timeout: 150_000 }, async () => {
      const printed = await killedWriter(laptop.dir, (trial - 1) * 60);
      expect(printed.length).toBeGreaterThan(0);
      const a = new HearthService({ vaultDir: laptop.dir, kdf: TEST_KDF });
      const b = new HearthService({ vaultDir: desktopDir, kdf: TEST_KDF });
      try {
        await a.unlock({ passphrase: PASSPHRASE });
        await b.unlock({ passphrase: PASSPHRASE });
        const held = await ids(a);
        for (const id of printed) expect(held.has(id)).toBe(true);
        // Every entry the laptop holds is stamped: all are unpublished or published already.
        const round = await new SyncSession(a).syncRound();
        expect(round.skipped).toEqual([]);
        expect((await new SyncSession(b).syncRound()).skipped).toEqual([]);
        expect(await ids(b)).toEqual(held);
        expect(a.corruptRecords()).toEqual([]);
      } finally {
        a.close();
        b.close();
      }
    });
  }
});

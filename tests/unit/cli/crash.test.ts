// SIGKILL a writer in the middle of `add --ndjson`: every id it printed was durably committed (its
// group's transaction had committed; 0 acknowledged lines lost), and the journal stays fully readable. Each line carries an id chosen here, so sending every line again
// after the crash (what a careful caller does, not knowing which unacknowledged lines landed) adds
// each entry exactly once. Random kill moments from a seeded PRNG, so a failure reproduces: rerun
// with HEARTH_CRASH_SEED=<the printed seed>.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argSchemas } from '../../../shared/schemas';
import { HearthService } from '../../../electron/service/hearth-service';
import { cli, killAddNdjson, makeVault, PASSPHRASE, type TempVault } from './helpers';

const TRIALS = 30;
/** Lines offered to each killed writer, and sent again whole to the retry: several groups of 100. */
const LINES = 250;
const MAX_KILL_DELAY_MS = 400;
const seed = Number(process.env.HEARTH_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 32));
console.log(`crash test seed: ${seed} (rerun with HEARTH_CRASH_SEED=${seed})`);

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function prng(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
const random = prng(seed);
const int = (max: number) => Math.floor(random() * (max + 1));
const pick = <T>(items: readonly T[]): T => items[int(items.length - 1)]!;

const PEOPLE = ['Sam', 'Ana', 'Mum', 'Jo', 'Priya'] as const;
const WORDS = ['walk', 'call', 'tired', 'laughed', 'dinner', 'worried', 'helped', 'rain', 'work'] as const;

function entryLine(id: string): string {
  const interactions = Array.from({ length: int(2) }, () => ({
    person: pick(PEOPLE),
    kinds: [pick(['emotional', 'practical', 'companionship'] as const)],
    felt: int(4) - 2,
    cost: int(3),
  }));
  const day = String(1 + int(27)).padStart(2, '0');
  return `${JSON.stringify({
    id,
    occurredAt: `2026-02-${day}T${String(int(23)).padStart(2, '0')}:00:00+01:00`,
    mood: int(10),
    support: int(10),
    note: Array.from({ length: 1 + int(30) }, () => pick(WORDS)).join(' '),
    tags: [pick(WORDS)],
    interactions,
  })}\n`;
}

describe('add --ndjson killed with SIGKILL', () => {
  let vault: TempVault;
  const printed: string[] = [];
  const sent: string[] = [];
  beforeAll(async () => {
    vault = await makeVault();
  });
  afterAll(() => {
    console.log(`crash test: ${printed.length} printed ids checked over ${TRIALS} kills (seed ${seed})`);
    vault.cleanup();
  });

  for (let trial = 1; trial <= TRIALS; trial++) {
    it(`trial ${trial}`, { timeout: 150_000 }, async () => {
      const delay = int(MAX_KILL_DELAY_MS);
      const context = `seed ${seed}, trial ${trial}, kill ${delay} ms after the first id`;
      const ids = Array.from({ length: LINES }, () => randomUUID());
      const lines = ids.map(entryLine);
      const result = await killAddNdjson(vault.dir, lines, delay);
      // Killed, or (a long delay) finished every line first.
      const outcome = result.signal === 'SIGKILL' ? { signal: 'SIGKILL', code: null, stderr: '' } : { signal: null, code: 0, stderr: '' };
      expect({ signal: result.signal, code: result.code, stderr: result.stderr }, context).toEqual(outcome);
      expect(result.ids.length, context).toBeGreaterThan(0);
      expect(ids.slice(0, result.ids.length), context).toEqual(result.ids);
      for (const id of result.ids) expect(id, context).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      printed.push(...result.ids);
      sent.push(...ids);

      const service = new HearthService({ vaultDir: vault.dir });
      try {
        await service.unlock({ passphrase: PASSPHRASE });
        expect(service.corruptRecords(), context).toEqual([]);
        // The retry: every line again, as add validates it. What landed is not added twice; what did not is added now.
        const retried = await service.addEntries(lines.map((line) => argSchemas.addEntry.parse(JSON.parse(line))));
        expect(retried.map((e) => e.id), context).toEqual(ids);
        // Every id printed in any trial so far is still there: later crashes lose nothing either.
        const missing: string[] = [];
        for (const id of printed) await service.getEntry({ id }).catch(() => missing.push(id));
        expect(missing, context).toEqual([]);
        // Exactly one entry per id ever sent: nothing lost, nothing twice.
        const all = await service.listEntries(undefined);
        expect(all.total, context).toBe(sent.length);
        expect(new Set(all.entries.map((e) => e.id)), context).toEqual(new Set(sent));
      } finally {
        service.close();
      }
      const verify = await cli(['--vault', vault.dir, 'verify']);
      expect(verify.code, `${context}: ${verify.stdout}${verify.stderr}`).toBe(0);
      expect(verify.stdout, context).toMatch(/^\d+ records, all readable\n$/);
    });
  }
});

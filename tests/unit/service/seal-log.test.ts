// The seal as a log on a real vault: a write adds a small delta instead of resealing the whole
// manifest, and every way of tampering with the log (a delta deleted, moved, replayed or from
// another vault, an older base put back) is named at the next unlock, which then opens read-only.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import type { HearthService } from '../../../electron/service/hearth-service';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

type Vault = Awaited<ReturnType<typeof freshService>>;
let vault: Vault;
const cleanups = cleanupAfterEach();

interface DeltaRow {
  counter: number;
  nonce: Buffer;
  box: Buffer;
}
interface Row {
  counter: number;
  base: number | null;
  nonce: Buffer;
  box: Buffer;
}

function sql<T>(dir: string, fn: (db: Database.Database) => T): T {
  const db = new Database(join(dir, 'hearth.db'));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
/** The journal's counter, and the base's counter and box (in the manifest row while there is no base row). */
const row = (dir: string) =>
  sql(dir, (db) => db.prepare('SELECT m.counter, coalesce(b.counter, m.counter) AS base, coalesce(b.nonce, m.nonce) AS nonce, coalesce(b.box, m.box) AS box FROM manifest m LEFT JOIN manifest_base b').get() as Row);
const deltas = (dir: string) => sql(dir, (db) => db.prepare('SELECT counter, nonce, box FROM manifest_deltas ORDER BY counter').all() as DeltaRow[]);

async function add(service: HearthService, note: string) {
  return service.addEntry(entry({ mood: 5, support: 5, note, tags: [], interactions: [] }));
}

/** Adds entries one write at a time until `done` holds of the vault on disk. */
async function addUntil(v: Vault, done: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await add(v.service, `more ${i}`);
  expect(done()).toBe(true);
}

/** The problems the next unlock names, and whether a write is then refused. */
async function unlockProblems(dir: string, reopen: Vault['reopen']) {
  const service = reopen();
  try {
    await service.unlock({ passphrase: PASSPHRASE });
    const problems = service.sealProblems();
    const refused = await add(service, 'after').then(
      () => false,
      (e: { code?: string }) => e.code === 'READ_ONLY',
    );
    return { problems, refused };
  } finally {
    service.close();
  }
}

const damaged = () => ({ problems: [expect.objectContaining({ kind: 'manifest', problem: 'seal-damaged' })], refused: true });

beforeEach(async () => {
  vault = await freshService();
  cleanups.push(vault.cleanup);
  for (let i = 0; i < 40; i++) await add(vault.service, `day ${i}`);
  await addUntil(vault, () => deltas(vault.vaultDir).length >= 2);
});

it('each write adds one delta and leaves the base as it was, or now and then rewrites the base and drops the deltas', async () => {
  const kinds = new Set<string>();
  for (let i = 0; i < 30; i++) {
    const before = row(vault.vaultDir);
    const count = deltas(vault.vaultDir).length;
    await add(vault.service, `write ${i}`);
    const after = row(vault.vaultDir);
    expect(after.counter).toBe(before.counter + 1);
    const added = after.base === before.base && after.box.equals(before.box) && deltas(vault.vaultDir).length === count + 1;
    const rewritten = after.base === after.counter && deltas(vault.vaultDir).length === 0;
    expect(added !== rewritten).toBe(true);
    kinds.add(added ? 'delta' : 'base');
    // While there are deltas the manifest row holds only the small head: a write rewrites no large row.
    if (added) expect(sql(vault.vaultDir, (db) => db.prepare('SELECT length(box) FROM manifest').pluck().get())).toBeLessThanOrEqual(512);
    expect(deltas(vault.vaultDir).map((d) => d.counter)).toEqual(Array.from({ length: after.counter - after.base! }, (_, k) => after.base! + 1 + k));
  }
  expect([...kinds].sort()).toEqual(['base', 'delta']);
  vault.service.close();
  expect(await unlockProblems(vault.vaultDir, vault.reopen)).toEqual({ problems: [], refused: false });
});

it('names a deleted delta', async () => {
  vault.service.close();
  const [first] = deltas(vault.vaultDir);
  sql(vault.vaultDir, (db) => db.prepare('DELETE FROM manifest_deltas WHERE counter = ?').run(first!.counter));
  expect(await unlockProblems(vault.vaultDir, vault.reopen)).toEqual(damaged());
});

it('names a delta moved to another counter', async () => {
  vault.service.close();
  const last = deltas(vault.vaultDir).at(-1)!;
  sql(vault.vaultDir, (db) => {
    db.prepare('UPDATE manifest_deltas SET counter = counter + 1 WHERE counter = ?').run(last.counter);
    db.prepare('INSERT INTO manifest_deltas (counter, nonce, box) VALUES (?, ?, ?)').run(last.counter, last.nonce, last.box);
  });
  expect(await unlockProblems(vault.vaultDir, vault.reopen)).toEqual(damaged());
});

it('names a delta from another vault', async () => {
  const other = await freshService();
  cleanups.push(other.cleanup);
  for (let i = 0; i < 40; i++) await add(other.service, `elsewhere ${i}`);
  await addUntil(other, () => deltas(other.vaultDir).length >= 1);
  const foreign = deltas(other.vaultDir)[0]!;
  vault.service.close();
  const last = deltas(vault.vaultDir).at(-1)!;
  sql(vault.vaultDir, (db) => db.prepare('UPDATE manifest_deltas SET nonce = ?, box = ? WHERE counter = ?').run(foreign.nonce, foreign.box, last.counter));
  expect(await unlockProblems(vault.vaultDir, vault.reopen)).toEqual(damaged());
});

it('names an old delta replayed after the base was rewritten past it', async () => {
  const old = deltas(vault.vaultDir)[0]!;
  await addUntil(vault, () => row(vault.vaultDir).base! >= old.counter);
  vault.service.close();
  sql(vault.vaultDir, (db) => db.prepare('INSERT OR REPLACE INTO manifest_deltas (counter, nonce, box) VALUES (?, ?, ?)').run(old.counter, old.nonce, old.box));
  expect(await unlockProblems(vault.vaultDir, vault.reopen)).toEqual(damaged());
});

it('names an older base put back amid the deltas, with or without its counter', async () => {
  const old = row(vault.vaultDir);
  await addUntil(vault, () => row(vault.vaultDir).base !== old.base && deltas(vault.vaultDir).length >= 1);
  vault.service.close();
  sql(vault.vaultDir, (db) => db.prepare('UPDATE manifest_base SET nonce = ?, box = ?').run(old.nonce, old.box));
  expect(await unlockProblems(vault.vaultDir, vault.reopen)).toEqual(damaged());
  sql(vault.vaultDir, (db) => db.prepare('UPDATE manifest_base SET counter = ?').run(old.base));
  expect(await unlockProblems(vault.vaultDir, vault.reopen)).toEqual(damaged());
});

it('names a record rolled back to the box a delta sealed before it', async () => {
  const first = await add(vault.service, 'to change');
  const old = sql(vault.vaultDir, (db) => db.prepare('SELECT nonce, box, version FROM records WHERE id = ?').get(first.id)) as { nonce: Buffer; box: Buffer; version: number };
  await vault.service.updateEntry({ id: first.id, entry: entry({ mood: 2, support: 5, note: 'changed', tags: [], interactions: [] }) });
  vault.service.close();
  expect(deltas(vault.vaultDir).length).toBeGreaterThan(0);
  sql(vault.vaultDir, (db) => db.prepare('UPDATE records SET nonce = ?, box = ?, version = ? WHERE id = ?').run(old.nonce, old.box, old.version, first.id));
  expect(await unlockProblems(vault.vaultDir, vault.reopen)).toEqual({ problems: [expect.objectContaining({ id: first.id, problem: 'rolled-back' })], refused: true });
});

it('opens a vault sealed before the log, and gives it the log at its next write', async () => {
  await addUntil(vault, () => deltas(vault.vaultDir).length === 0);
  vault.service.close();
  const sealedAt = row(vault.vaultDir).counter;
  // As the schema before the log left it: the whole manifest sealed at the counter in the manifest row.
  sql(vault.vaultDir, (db) => {
    db.exec('DROP TABLE manifest_deltas; DROP TABLE manifest_base');
    db.pragma('user_version = 3');
  });
  const service = vault.reopen();
  cleanups.push(() => service.close());
  await service.unlock({ passphrase: PASSPHRASE });
  expect(service.sealProblems()).toEqual([]);
  expect(row(vault.vaultDir)).toMatchObject({ counter: sealedAt, base: sealedAt });
  const added = await add(service, 'first write after the upgrade');
  service.close();
  expect(row(vault.vaultDir)).toMatchObject({ counter: sealedAt + 1, base: sealedAt });
  expect(deltas(vault.vaultDir).map((d) => d.counter)).toEqual([sealedAt + 1]);
  sql(vault.vaultDir, (db) => db.prepare('DELETE FROM records WHERE id = ?').run(added.id));
  expect(await unlockProblems(vault.vaultDir, vault.reopen)).toEqual({ problems: [expect.objectContaining({ id: added.id, problem: 'missing' })], refused: true });
});

// Salvage of a damaged journal: a zeroed page or a cut-off file loses only the records whose bytes
// were there; the damaged journal is never written to; init never replaces a journal's files.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { HearthError } from '../../../shared/errors';
import { entry, PASSPHRASE, tempDir } from '../../support/vault';

const PAGE = 4096;
let root: string;
let cleanup = () => {};
/** The intact journal of 50 entries; each test damages its own copy. */
let pristine: string;
let rows: Array<{ id: string; kind: string; box: Buffer }>;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('hearth-salvage-'));
  pristine = join(root, 'pristine');
  const service = new HearthService({ vaultDir: pristine, kdf: TEST_KDF });
  await service.create({ passphrase: PASSPHRASE });
  await service.addEntries(
    Array.from({ length: 50 }, (_, i) =>
      entry({ occurredAt: `2026-03-${String((i % 28) + 1).padStart(2, '0')}T09:30:00+01:00`, mood: i % 11, note: `Day ${i}: ${'a walk by the river '.repeat(10)}`, interactions: [{ person: `Friend ${i % 5}` }] }),
    ),
  );
  service.close();
  const db = new Database(join(pristine, 'hearth.db'), { readonly: true });
  rows = db.prepare('SELECT id, kind, box FROM records').all() as typeof rows;
  db.close();
}, 60_000);
afterAll(() => cleanup());

let copies = 0;
function damagedCopy(damage: (dbPath: string) => void): { vaultDir: string; out: string } {
  const vaultDir = join(root, `damaged-${++copies}`);
  mkdirSync(vaultDir);
  copyFileSync(join(pristine, 'hearth.db'), join(vaultDir, 'hearth.db'));
  damage(join(vaultDir, 'hearth.db'));
  return { vaultDir, out: join(root, `recovered-${copies}`) };
}

/** Whether any of the record's bytes (its id, or a 16-byte piece of its box) lie in `bytes`. */
function touches(bytes: Buffer, row: { id: string; box: Buffer }): boolean {
  if (bytes.includes(Buffer.from(row.id))) return true;
  for (let at = 0; at + 16 <= row.box.length; at += 16) if (bytes.includes(row.box.subarray(at, at + 16))) return true;
  return false;
}

function hashOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function salvage(vaultDir: string, out: string) {
  const service = new HearthService({ vaultDir, kdf: TEST_KDF });
  try {
    return await service.salvage({ passphrase: PASSPHRASE }, out);
  } finally {
    service.close();
  }
}

async function entriesIn(vaultDir: string): Promise<string[]> {
  const service = new HearthService({ vaultDir, kdf: TEST_KDF });
  try {
    await service.unlock({ passphrase: PASSPHRASE });
    return (await service.listEntries({ limit: 1000 })).entries.map((e) => e.id).sort();
  } finally {
    service.close();
  }
}

const entryIds = (except: (row: (typeof rows)[number]) => boolean) => rows.filter((r) => r.kind === 'entry' && !except(r)).map((r) => r.id).sort();

describe('salvage', () => {
  it('recovers every record outside a zeroed page, names the lost ones, and never writes to the damaged file', async () => {
    const file = readFileSync(join(pristine, 'hearth.db'));
    // A table leaf page (type 0x0D) holding entries: the damage lands where the records are.
    let victim = 0;
    for (let n = 1; n * PAGE < file.length; n++) {
      const page = file.subarray(n * PAGE, (n + 1) * PAGE);
      if (page[0] === 0x0d && rows.some((r) => r.kind === 'entry' && page.includes(Buffer.from(r.id)))) victim = n;
    }
    expect(victim).toBeGreaterThan(0);
    const zeroed = file.subarray(victim * PAGE, (victim + 1) * PAGE);
    const lostIds = rows.filter((r) => touches(zeroed, r)).map((r) => r.id).sort();
    expect(lostIds.length).toBeGreaterThan(0);
    const { vaultDir, out } = damagedCopy((path) => {
      const bytes = readFileSync(path);
      bytes.fill(0, victim * PAGE, (victim + 1) * PAGE);
      writeFileSync(path, bytes);
    });
    const before = hashOf(join(vaultDir, 'hearth.db'));

    // Unlocking says what to do, not "something went wrong".
    const broken = new HearthService({ vaultDir, kdf: TEST_KDF });
    const failure = await broken.unlock({ passphrase: PASSPHRASE }).catch((e: unknown) => e);
    broken.close();
    expect(failure).toBeInstanceOf(HearthError);
    expect((failure as HearthError).code).toBe('CORRUPT_RECORD');
    expect((failure as HearthError).message).toContain('hearth salvage --out');

    const report = await salvage(vaultDir, out);
    expect(hashOf(join(vaultDir, 'hearth.db'))).toBe(before);
    expect(readdirSync(vaultDir)).toEqual(['hearth.db']);
    expect(report.lost.map((l) => l.id).sort()).toEqual(lostIds);
    const expected = entryIds((r) => lostIds.includes(r.id));
    expect(report.entries).toBe(expected.length);
    expect(report.recoveryKey).toMatch(/\S/);
    expect(await entriesIn(out)).toEqual(expected);
  }, 60_000);

  it('recovers every record before the cut of a truncated file', async () => {
    const file = readFileSync(join(pristine, 'hearth.db'));
    // Just past the page holding the middle entry, wherever the schema put the records' pages.
    const entryPages = rows.filter((r) => r.kind === 'entry').map((r) => Math.floor(file.indexOf(r.box) / PAGE)).sort((a, b) => a - b);
    const cut = (entryPages[Math.floor(entryPages.length / 2)]! + 1) * PAGE + 1000;
    const kept = file.subarray(0, cut);
    const { vaultDir, out } = damagedCopy((path) => truncateSync(path, cut));
    const report = await salvage(vaultDir, out);
    const whole = (r: (typeof rows)[number]) => kept.includes(Buffer.from(r.id)) && kept.includes(r.box);
    const expected = rows.filter((r) => r.kind === 'entry' && whole(r)).map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(50);
    expect(await entriesIn(out)).toEqual(expected);
    expect(report.entries).toBe(expected.length);
  }, 60_000);

  it('recovers everything when the vault row was deleted, finding the vault id in the file', async () => {
    const { vaultDir, out } = damagedCopy((path) => {
      const db = new Database(path);
      db.prepare('DELETE FROM vault').run();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    });
    const report = await salvage(vaultDir, out);
    expect(report.lost).toEqual([]);
    expect(await entriesIn(out)).toEqual(entryIds(() => false));
  }, 60_000);

  it('refuses a wrong passphrase, and the damaged journal’s own folder as the destination', async () => {
    const { vaultDir, out } = damagedCopy(() => undefined);
    const service = new HearthService({ vaultDir, kdf: TEST_KDF });
    try {
      await expect(service.salvage({ passphrase: 'not the passphrase' }, out)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      await expect(service.salvage({ passphrase: PASSPHRASE }, vaultDir)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    } finally {
      service.close();
    }
    expect(readdirSync(root)).not.toContain(`recovered-${copies}`);
  }, 60_000);
});

describe('create never replaces a journal’s files', () => {
  it.each([['hearth.db'], ['hearth.db-wal'], ['hearth.db-shm'], ['hearth.lock'], ['hearth.db.0123456789ab.partial']])(
    'refuses a folder holding %s, pointing to salvage, and leaves it as it was',
    async (name) => {
      const { dir, cleanup: done } = tempDir();
      try {
        writeFileSync(join(dir, name), 'left from a journal');
        const service = new HearthService({ vaultDir: dir, kdf: TEST_KDF });
        const failure = await service.create({ passphrase: PASSPHRASE }).catch((e: unknown) => e);
        service.close();
        expect(failure).toMatchObject({ code: 'VAULT_EXISTS' });
        expect((failure as Error).message).toContain('hearth salvage --out');
        expect(readdirSync(dir)).toEqual([name]);
        expect(readFileSync(join(dir, name), 'utf8')).toBe('left from a journal');
      } finally {
        done();
      }
    },
  );

  it('refuses a folder holding a whole journal whose vault row is missing, keeping both key slots', async () => {
    const { vaultDir } = damagedCopy((path) => {
      const db = new Database(path);
      db.prepare('DELETE FROM vault').run();
      db.close();
    });
    const slots = () => {
      const db = new Database(join(vaultDir, 'hearth.db'), { readonly: true });
      const all = db.prepare('SELECT slot, box FROM keyslots ORDER BY slot').all();
      db.close();
      return all;
    };
    const before = slots();
    const service = new HearthService({ vaultDir, kdf: TEST_KDF });
    expect(await service.status()).toEqual({ exists: true, unlocked: false });
    await expect(service.create({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
    await expect(service.unlock({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'CORRUPT_RECORD' });
    service.close();
    expect(slots()).toEqual(before);
  }, 60_000);
});

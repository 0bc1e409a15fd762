// The passphrase slot read without the service (electron/store/passphrase-slot.ts): real journals
// in temp folders, real SQLite. Whatever it cannot read is null, never an error: the usual unlock
// then opens the file and says what is wrong.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { readPassphraseKdf, sameKdf } from '../../../electron/store/passphrase-slot';
import { KDF_CEILING, KDF_FLOOR, type KdfParams } from '../../../electron/vault/kdf';

const PASSPHRASE = 'correct horse battery';
let root: string;
let dbPath: string;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'hearth-slot-'));
  dbPath = join(root, 'vault', 'hearth.db');
  const service = new HearthService({ vaultDir: join(root, 'vault'), kdf: TEST_KDF });
  await service.create({ passphrase: PASSPHRASE });
  service.close();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** What the service's own store reads from the slot. */
function storedKdf(): unknown {
  const db = new Database(dbPath, { readonly: true });
  try {
    return JSON.parse((db.prepare("SELECT kdf FROM keyslots WHERE slot = 'passphrase'").get() as { kdf: string }).kdf);
  } finally {
    db.close();
  }
}

function setStoredKdf(kdf: string | null): void {
  const db = new Database(dbPath);
  try {
    db.prepare("UPDATE keyslots SET kdf = ? WHERE slot = 'passphrase'").run(kdf);
  } finally {
    db.close();
  }
}

describe('readPassphraseKdf', () => {
  it('reads what the journal stored, while the service holds the journal open with writes not yet checkpointed', async () => {
    const service = new HearthService({ vaultDir: join(root, 'vault') });
    await service.unlock({ passphrase: PASSPHRASE });
    await service.addEntry({ mood: 6, note: 'in the WAL', tags: [], interactions: [] });
    try {
      expect(readPassphraseKdf(dbPath)).toEqual(storedKdf());
      expect(readPassphraseKdf(dbPath)).toMatchObject({ alg: 'argon2id13', opsLimit: TEST_KDF.opsLimit, memLimit: TEST_KDF.memLimit });
    } finally {
      service.close();
    }
  });

  it('sees a new passphrase as a new slot (a fresh salt)', async () => {
    const before = readPassphraseKdf(dbPath)!;
    const service = new HearthService({ vaultDir: join(root, 'vault'), kdf: TEST_KDF });
    await service.unlock({ passphrase: PASSPHRASE });
    await service.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: 'a different passphrase', rotateKey: false });
    service.close();
    const after = readPassphraseKdf(dbPath);
    expect(sameKdf(before, before)).toBe(true);
    expect(sameKdf(before, after)).toBe(false);
    expect(sameKdf(before, null)).toBe(false);
  });

  it('is null, not an error, for no file, a file that is no database, and a database with no journal', () => {
    expect(readPassphraseKdf(join(root, 'nowhere', 'hearth.db'))).toBeNull();
    const garbage = join(root, 'garbage.db');
    writeFileSync(garbage, 'this is not SQLite, only text that is long enough to look like a header of a file');
    expect(readPassphraseKdf(garbage)).toBeNull();
    const empty = join(root, 'empty.db');
    new Database(empty).close();
    expect(readPassphraseKdf(empty)).toBeNull();
  });

  it('is null for a slot without parameters or with parameters outside the accepted range', () => {
    const good = storedKdf() as KdfParams;
    setStoredKdf(null);
    expect(readPassphraseKdf(dbPath)).toBeNull();
    setStoredKdf('{not json');
    expect(readPassphraseKdf(dbPath)).toBeNull();
    for (const bad of [
      { ...good, opsLimit: KDF_FLOOR.opsLimit - 1 },
      { ...good, memLimit: KDF_CEILING.memLimit * 2 },
      { ...good, opsLimit: 2.5 },
      { ...good, alg: 'scrypt' },
      { ...good, salt: 42 },
    ]) {
      setStoredKdf(JSON.stringify(bad));
      expect(readPassphraseKdf(dbPath)).toBeNull();
    }
  });

  it('never throws and answers only accepted parameters, whatever JSON the slot holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.record({ alg: fc.constantFrom('argon2id13', 'other'), opsLimit: fc.integer({ min: 0, max: 20 }), memLimit: fc.integer({ min: 0, max: 2 ** 31 }), salt: fc.string() }), (junk, params) => {
        for (const value of [junk, params]) {
          setStoredKdf(JSON.stringify(value));
          const read = readPassphraseKdf(dbPath);
          if (read === null) continue;
          expect(read).toEqual({ alg: 'argon2id13', opsLimit: read.opsLimit, memLimit: read.memLimit, salt: read.salt });
          expect(read.opsLimit >= KDF_FLOOR.opsLimit && read.opsLimit <= KDF_CEILING.opsLimit).toBe(true);
          expect(read.memLimit >= KDF_FLOOR.memLimit && read.memLimit <= KDF_CEILING.memLimit).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

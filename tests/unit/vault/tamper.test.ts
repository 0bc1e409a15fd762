// Flipping any byte of a box, nonce or wrapped key, or moving a box to another row, is detected,
// and the other records still read.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HearthError } from '../../../shared/errors';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

async function journalWithThreeEntries() {
  const v = await freshService();
  cleanup = v.cleanup;
  const ids: string[] = [];
  for (const note of ['first', 'second', 'third']) {
    ids.push((await v.service.addEntry(entry({ mood: 5, support: 5, note, interactions: [{ person: 'Sam' }] }))).id);
  }
  await v.service.lock();
  const db = () => new Database(join(v.vaultDir, 'hearth.db'));
  return { ...v, ids, db };
}

function flip(db: Database.Database, table: 'records' | 'keyslots', column: 'nonce' | 'box', key: string, keyColumn: string, byteIndex: number) {
  const row = db.prepare(`SELECT ${column} AS v FROM ${table} WHERE ${keyColumn} = ?`).get(key) as { v: Buffer };
  const bytes = Buffer.from(row.v);
  const i = byteIndex % bytes.length;
  bytes[i] = bytes[i]! ^ 0x01;
  db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${keyColumn} = ?`).run(bytes, key);
}

describe('tampering with records', () => {
  for (const column of ['nonce', 'box'] as const) {
    for (const position of ['first', 'middle', 'last'] as const) {
      it(`detects a flipped bit in the ${position} byte of an entry ${column}`, async () => {
        const { service, ids, db } = await journalWithThreeEntries();
        const conn = db();
        const len = (conn.prepare(`SELECT length(${column}) AS n FROM records WHERE id = ?`).get(ids[1]) as { n: number }).n;
        flip(conn, 'records', column, ids[1]!, 'id', position === 'first' ? 0 : position === 'last' ? len - 1 : Math.floor(len / 2));
        conn.close();
        await service.unlock({ passphrase: PASSPHRASE });
        expect(service.corruptRecords()).toEqual([{ id: ids[1], kind: 'entry' }]);
        await expect(service.getEntry({ id: ids[1]! })).rejects.toMatchObject({ code: 'CORRUPT_RECORD', recordId: ids[1] });
        const readable = await service.listEntries(undefined);
        expect(readable.entries.map((e) => e.note).sort()).toEqual(['first', 'third']);
        expect((await service.verify()).corrupt).toEqual([{ id: ids[1], kind: 'entry' }]);
        // A damaged entry can be deleted, which clears it away.
        await service.deleteEntry({ id: ids[1]! });
        expect((await service.verify()).corrupt).toEqual([]);
      });
    }
  }

  it('detects a box moved to another row', async () => {
    const { service, ids, db } = await journalWithThreeEntries();
    const conn = db();
    const source = conn.prepare('SELECT nonce, box FROM records WHERE id = ?').get(ids[0]) as { nonce: Buffer; box: Buffer };
    conn.prepare('UPDATE records SET nonce = ?, box = ? WHERE id = ?').run(source.nonce, source.box, ids[2]);
    conn.close();
    await service.unlock({ passphrase: PASSPHRASE });
    expect(service.corruptRecords()).toEqual([{ id: ids[2], kind: 'entry' }]);
    expect((await service.getEntry({ id: ids[0]! })).note).toBe('first');
  });

  it('detects a record whose kind was changed', async () => {
    const { service, ids, db } = await journalWithThreeEntries();
    const conn = db();
    conn.prepare("UPDATE records SET kind = 'person' WHERE id = ?").run(ids[0]);
    conn.close();
    await service.unlock({ passphrase: PASSPHRASE });
    expect(service.corruptRecords()).toEqual([{ id: ids[0], kind: 'person' }]);
    expect((await service.listEntries(undefined)).total).toBe(2);
  });

  it('an unreadable person leaves their entries readable', async () => {
    const { service, db } = await journalWithThreeEntries();
    const conn = db();
    const person = conn.prepare("SELECT id FROM records WHERE kind = 'person'").get() as { id: string };
    flip(conn, 'records', 'box', person.id, 'id', 5);
    conn.close();
    await service.unlock({ passphrase: PASSPHRASE });
    const list = await service.listEntries(undefined);
    expect(list.total).toBe(3);
    expect(list.entries[0]!.interactions[0]!.person).toBe('Unreadable person');
  });
});

describe('tampering with key slots', () => {
  for (const column of ['nonce', 'box'] as const) {
    it(`refuses to unlock when the passphrase slot's ${column} is flipped, and the recovery key still works`, async () => {
      const { service, db, recoveryKey, ids } = await journalWithThreeEntries();
      const conn = db();
      flip(conn, 'keyslots', column, 'passphrase', 'slot', 3);
      conn.close();
      await expect(service.unlock({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      await service.unlockWithRecoveryKey({ recoveryKey, newPassphrase: 'a brand new passphrase' });
      expect((await service.getEntry({ id: ids[0]! })).note).toBe('first');
    });

    it(`refuses the recovery key when its slot's ${column} is flipped`, async () => {
      const { service, db, recoveryKey } = await journalWithThreeEntries();
      const conn = db();
      flip(conn, 'keyslots', column, 'recovery', 'slot', 7);
      conn.close();
      await expect(service.unlockWithRecoveryKey({ recoveryKey, newPassphrase: 'a brand new passphrase' })).rejects.toMatchObject({
        code: 'WRONG_RECOVERY_KEY',
      });
      await service.unlock({ passphrase: PASSPHRASE });
    });
  }

  it('refuses a header whose KDF parameters were weakened or inflated', async () => {
    const { service, db } = await journalWithThreeEntries();
    for (const [ops, mem] of [
      [1, 64 * 1024 * 1024],
      [2, 8 * 1024 * 1024],
      [2, 4 * 1024 * 1024 * 1024],
      [100, 64 * 1024 * 1024],
    ] as const) {
      const conn = db();
      const row = conn.prepare("SELECT kdf FROM keyslots WHERE slot = 'passphrase'").get() as { kdf: string };
      const original = row.kdf;
      conn.prepare("UPDATE keyslots SET kdf = ? WHERE slot = 'passphrase'").run(JSON.stringify({ ...JSON.parse(original), opsLimit: ops, memLimit: mem }));
      conn.close();
      const error = await service.unlock({ passphrase: PASSPHRASE }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HearthError);
      expect((error as HearthError).code).toBe('WRONG_PASSPHRASE');
      const restore = db();
      restore.prepare("UPDATE keyslots SET kdf = ? WHERE slot = 'passphrase'").run(original);
      restore.close();
    }
    await service.unlock({ passphrase: PASSPHRASE });
  });

  it('refuses a salt changed within the accepted range (the parameters are bound to the slot)', async () => {
    const { service, db } = await journalWithThreeEntries();
    const conn = db();
    const row = conn.prepare("SELECT kdf FROM keyslots WHERE slot = 'passphrase'").get() as { kdf: string };
    const kdf = JSON.parse(row.kdf);
    conn.prepare("UPDATE keyslots SET kdf = ? WHERE slot = 'passphrase'").run(JSON.stringify({ ...kdf, salt: Buffer.alloc(16, 7).toString('base64') }));
    conn.close();
    await expect(service.unlock({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });
});

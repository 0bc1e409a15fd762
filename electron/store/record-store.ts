// Row access for the vault header, the key slots and the sealed records. No crypto here.
import type { KdfParams } from '../vault/kdf';
import type { Keyslot, SlotName } from '../vault/keyslots';
import type { SealedRecord } from '../vault/record-cipher';
import type { Db } from './database';

interface KeyslotRow {
  slot: string;
  kdf: string | null;
  nonce: Buffer;
  box: Buffer;
}

export class RecordStore {
  private readonly insertOrReplace;
  private readonly deleteOne;
  private readonly selectOne;
  private readonly runInTransaction;

  constructor(readonly db: Db) {
    this.insertOrReplace = db.prepare(
      'INSERT OR REPLACE INTO records (id, kind, format, schema, nonce, box) VALUES (@id, @kind, @format, @schema, @nonce, @box)',
    );
    this.deleteOne = db.prepare('DELETE FROM records WHERE id = ?');
    this.selectOne = db.prepare('SELECT id, kind, format, schema, nonce, box FROM records WHERE id = ?');
    this.runInTransaction = db.transaction((fn: () => unknown) => fn());
  }

  vaultId(): string | null {
    const row = this.db.prepare('SELECT vault_id FROM vault WHERE singleton = 1').get() as { vault_id: string } | undefined;
    return row?.vault_id ?? null;
  }

  initVault(vaultId: string, format: number): void {
    this.db.prepare('INSERT INTO vault (singleton, vault_id, format) VALUES (1, ?, ?)').run(vaultId, format);
  }

  keyslot(slot: SlotName): Keyslot | null {
    const row = this.db.prepare('SELECT slot, kdf, nonce, box FROM keyslots WHERE slot = ?').get(slot) as KeyslotRow | undefined;
    if (!row) return null;
    return { slot, kdf: row.kdf === null ? null : (JSON.parse(row.kdf) as KdfParams), nonce: row.nonce, box: row.box };
  }

  putKeyslot(k: Keyslot): void {
    this.db
      .prepare('INSERT OR REPLACE INTO keyslots (slot, kdf, nonce, box) VALUES (?, ?, ?, ?)')
      .run(k.slot, k.kdf === null ? null : JSON.stringify(k.kdf), k.nonce, k.box);
  }

  put(record: SealedRecord): void {
    this.insertOrReplace.run(record);
  }

  delete(id: string): boolean {
    return this.deleteOne.run(id).changes > 0;
  }

  get(id: string): SealedRecord | null {
    return (this.selectOne.get(id) as SealedRecord | undefined) ?? null;
  }

  all(): SealedRecord[] {
    return this.db.prepare('SELECT id, kind, format, schema, nonce, box FROM records').all() as SealedRecord[];
  }

  /** Run fn in one transaction: either every write lands or none does. */
  transaction<T>(fn: () => T): T {
    return this.runInTransaction(fn) as T;
  }
}

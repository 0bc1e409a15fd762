// Keeps one process's journal in step with the disk when other processes (the app, the CLI) write
// to the same vault. Every write holds the vault's write lock, reloads what changed since this
// index was built, and commits with the change counter bumped and the manifest resealed in the same
// transaction; reads first compare the counter (one small query) and reload only the records whose
// version moved. So no process writes from, or backs up, an older copy of a record.
import type { CorruptRecord } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import { StaleWriteError, type RecordStore } from '../store/record-store';
import type { WriteLock } from '../store/write-lock';
import type { RecordCipher, SealedRecord } from '../vault/record-cipher';
import type { JournalIndex } from './journal-index';
import { applyRecord, removeRecord } from './load-journal';
import { boxTag, type RecordLedger } from './record-ledger';

export class JournalSync {
  constructor(
    private readonly store: RecordStore,
    private readonly cipher: RecordCipher,
    private readonly vaultId: string,
    readonly lock: WriteLock,
    readonly ledger: RecordLedger,
  ) {}

  /**
   * Takes into the index every record another process put or deleted since the ledger's counter.
   * Returns the corrupt list updated, and whether anything changed.
   */
  refresh(index: JournalIndex, corrupt: CorruptRecord[]): { changed: boolean; corrupt: CorruptRecord[] } {
    if (this.store.counter() === this.ledger.counter) return { changed: false, corrupt };
    // One read snapshot: the counter, which records exist, and the boxes of those that moved.
    const { counter, present, rows } = this.store.transaction(() => {
      const versions = this.store.versions();
      const moved = versions.filter((v) => this.ledger.records.get(v.id)?.version !== v.version);
      return { counter: this.store.counter(), present: new Set(versions.map((v) => v.id)), rows: moved.map((v) => this.store.get(v.id)!) };
    });
    let nextCorrupt = corrupt;
    for (const [id, entry] of this.ledger.records) {
      if (present.has(id)) continue;
      removeRecord(index, { id, kind: entry.kind });
      this.ledger.records.delete(id);
      nextCorrupt = nextCorrupt.filter((c) => c.id !== id);
    }
    for (const row of rows) {
      nextCorrupt = nextCorrupt.filter((c) => c.id !== row.id);
      try {
        const text = this.cipher.openText(row);
        applyRecord(index, row, JSON.parse(text), text);
      } catch {
        removeRecord(index, row);
        nextCorrupt = [...nextCorrupt, { id: row.id, kind: row.kind }];
      }
      this.ledger.records.set(row.id, { kind: row.kind, version: row.version, tag: boxTag(row.box) });
    }
    this.ledger.counter = counter ?? this.ledger.counter;
    return { changed: true, corrupt: nextCorrupt };
  }

  /** Commits puts and deletes with the counter bumped and the manifest resealed; needs the lock. */
  commit(puts: readonly SealedRecord[], deletes: readonly string[]): void {
    if (!this.lock.held) throw new Error('a write without the vault lock');
    const expected = this.ledger.counter;
    let counter: number;
    try {
      counter = this.store.commit(expected, puts, deletes, (next) => this.cipher.sealManifest(this.vaultId, next, this.ledger.manifestAfter(next, puts, deletes)));
    } catch (e) {
      if (e instanceof StaleWriteError) throw new HearthError('INTERNAL', e.message);
      throw e;
    }
    this.ledger.apply(counter, puts, deletes);
  }
}

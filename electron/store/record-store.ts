// Row access for the vault header, the key slots, the sealed records, the manifest row (the change
// counter and the journal-wide seal's base) and the seal's deltas. No crypto here.
import type { KdfParams } from '../vault/kdf';
import type { Keyslot, SlotName } from '../vault/keyslots';
import type { SealedRecord } from '../vault/record-cipher';
import type { Db } from './database';
import { MarkFile, markPathFor, readMark, writeMark } from './change-mark';

interface KeyslotRow {
  slot: string;
  kdf: string | null;
  nonce: Buffer;
  box: Buffer;
}

/** A record as stored: its box and the change counter of the write that last put it. */
export type StoredRecord = SealedRecord & { version: number };

/** Where each record stands, without its box: what a process compares to find what changed. */
export interface RecordVersion {
  id: string;
  kind: string;
  version: number;
}

export interface SealedBox {
  nonce: Uint8Array;
  box: Uint8Array;
}

/** A sealed part of the manifest log at its counter: the base, or one later write's delta. */
export type ManifestDelta = SealedBox & { counter: number };

/**
 * The manifest row: the change counter and its box, which is the whole manifest (null until first
 * written) when there is no base row, else a head naming the base; then the base row and the deltas
 * of the writes since it, in counter order.
 */
export interface ManifestRow {
  counter: number;
  nonce: Uint8Array | null;
  box: Uint8Array | null;
  base: ManifestDelta | null;
  deltas: ManifestDelta[];
}

/** What a write seals: the whole manifest, or its delta and the head naming the base it follows. */
export type WriteSeal = { whole: SealedBox } | { delta: SealedBox; head: SealedBox };

/** The base is rewritten (and the deltas dropped) once they weigh this fraction of it, or number this many. */
const BASE_SHARE = 4;
const MAX_DELTAS = 2048;

/** What decides a base rewrite: the base's length (null when there is none yet), and the deltas' number and bytes. */
interface LogWeights {
  base: number | null;
  count: number;
  bytes: number;
}

/** Thrown when the counter moved under a write: some process wrote without holding the lock. */
export class StaleWriteError extends Error {
  constructor() {
    super('The journal was changed by another program during this write; nothing was written. Try again.');
    this.name = 'StaleWriteError';
  }
}

const COLUMNS = 'id, kind, format, schema, nonce, box, version';

export class RecordStore {
  private readonly insertOrReplace;
  private readonly deleteOne;
  private readonly selectOne;
  private readonly selectCounter;
  private readonly updateManifest;
  private readonly dropDeltas;
  private readonly dropBase;
  private readonly moveBaseOut;
  private readonly selectBaseCounter;
  private readonly insertDelta;
  private readonly selectWeights;
  private readonly runInTransaction;
  private readonly commitInTransaction;
  /** The change mark beside the database file; none for a database in memory. */
  private readonly markPath: string | null;
  /** The mark as commit() writes it, kept open between commits until closeMark(). */
  private readonly mark: MarkFile | null;
  /**
   * The seal log after this store's last commit, at its counter: its weights and the counter of the
   * base the next delta follows, so the next commit need not sum every delta or look the base up again.
   */
  private logAfter: (LogWeights & { counter: number; baseCounter: number }) | null = null;
  /** The vault id once read; it changes only through changeVaultId. */
  private knownVaultId: string | null = null;

  constructor(readonly db: Db) {
    this.markPath = db.memory ? null : markPathFor(db.name);
    this.mark = this.markPath === null ? null : new MarkFile(this.markPath);
    this.insertOrReplace = db.prepare(
      'INSERT OR REPLACE INTO records (id, kind, format, schema, nonce, box, version) VALUES (@id, @kind, @format, @schema, @nonce, @box, @version)',
    );
    this.deleteOne = db.prepare('DELETE FROM records WHERE id = ?');
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM records WHERE id = ?`);
    this.selectCounter = db.prepare('SELECT counter FROM manifest WHERE singleton = 1').pluck();
    this.updateManifest = db.prepare('UPDATE manifest SET counter = ?, nonce = ?, box = ? WHERE singleton = 1');
    this.dropDeltas = db.prepare('DELETE FROM manifest_deltas');
    this.dropBase = db.prepare('DELETE FROM manifest_base');
    // The whole manifest in the manifest row becomes the base row, once, before the first delta.
    this.moveBaseOut = db.prepare(
      'INSERT INTO manifest_base (singleton, counter, nonce, box) SELECT 1, counter, nonce, box FROM manifest WHERE singleton = 1 AND NOT EXISTS (SELECT 1 FROM manifest_base)',
    );
    this.selectBaseCounter = db.prepare('SELECT coalesce((SELECT counter FROM manifest_base), (SELECT counter FROM manifest))').pluck();
    this.insertDelta = db.prepare('INSERT INTO manifest_deltas (counter, nonce, box) VALUES (?, ?, ?)');
    this.selectWeights = db.prepare(
      'SELECT coalesce((SELECT length(box) FROM manifest_base), (SELECT length(box) FROM manifest)) AS base, (SELECT count(*) FROM manifest_deltas) AS count, (SELECT total(length(box)) FROM manifest_deltas) AS bytes',
    );
    this.runInTransaction = db.transaction((fn: () => unknown) => fn());
    // Made once: better-sqlite3 builds a transaction's wrappers anew on each db.transaction() call.
    this.commitInTransaction = db.transaction(
      (expected: number, puts: readonly SealedRecord[], deletes: readonly string[], seal: (counter: number, base: number | null) => WriteSeal, alongside?: () => void) => {
        if (this.counter() !== expected) throw new StaleWriteError();
        alongside?.();
        const next = expected + 1;
        for (const r of puts) this.put(r, next);
        for (const id of deletes) this.delete(id);
        const w = this.weights(expected);
        const base = baseDue(w) ? null : this.baseCounter(expected);
        const sealed = seal(next, base);
        if ('whole' in sealed) {
          this.setManifest(next, sealed.whole.nonce, sealed.whole.box);
          // The whole manifest is the base the next delta follows.
          return { next, weights: { base: sealed.whole.box.length, count: 0, bytes: 0 }, baseCounter: next };
        }
        // Deltas on disk mean the base row is out already (only the first delta moves it, and a
        // whole manifest drops both), so only the first delta after a whole manifest copies it.
        if (w.count === 0) this.moveBaseOut.run();
        this.updateManifest.run(next, sealed.head.nonce, sealed.head.box);
        this.insertDelta.run(next, sealed.delta.nonce, sealed.delta.box);
        return { next, weights: { base: w.base, count: w.count + 1, bytes: w.bytes + sealed.delta.box.length }, baseCounter: base! };
      },
    );
  }

  vaultId(): string | null {
    if (this.knownVaultId !== null) return this.knownVaultId;
    const row = this.db.prepare('SELECT vault_id FROM vault WHERE singleton = 1').get() as { vault_id: string } | undefined;
    this.knownVaultId = row?.vault_id ?? null;
    return this.knownVaultId;
  }

  initVault(vaultId: string, format: number): void {
    this.db.prepare('INSERT INTO vault (singleton, vault_id, format) VALUES (1, ?, ?)').run(vaultId, format);
    this.knownVaultId = vaultId;
  }

  /** The vault takes another journal's id (adopting a sync folder's journal); call inside a transaction. */
  changeVaultId(vaultId: string): void {
    this.db.prepare('UPDATE vault SET vault_id = ? WHERE singleton = 1').run(vaultId);
    this.knownVaultId = null;
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

  /** Puts one record at the given version; only inside commit() or when creating the journal. */
  put(record: SealedRecord, version: number): void {
    this.insertOrReplace.run({ ...record, version });
  }

  delete(id: string): boolean {
    return this.deleteOne.run(id).changes > 0;
  }

  get(id: string): StoredRecord | null {
    return (this.selectOne.get(id) as StoredRecord | undefined) ?? null;
  }

  all(): StoredRecord[] {
    return this.db.prepare(`SELECT ${COLUMNS} FROM records`).all() as StoredRecord[];
  }

  versions(): RecordVersion[] {
    return this.db.prepare('SELECT id, kind, version FROM records').all() as RecordVersion[];
  }

  /** The change counter, or null when the manifest row is gone (which only tampering does). */
  counter(): number | null {
    return (this.selectCounter.get() as number | undefined) ?? null;
  }

  /** The manifest row with its deltas, read in one snapshot. */
  manifest(): ManifestRow | null {
    return this.transaction(() => {
      const row = this.db.prepare('SELECT counter, nonce, box FROM manifest WHERE singleton = 1').get() as Omit<ManifestRow, 'base' | 'deltas'> | undefined;
      if (!row) return null;
      const base = (this.db.prepare('SELECT counter, nonce, box FROM manifest_base WHERE singleton = 1').get() as ManifestDelta | undefined) ?? null;
      const deltas = this.db.prepare('SELECT counter, nonce, box FROM manifest_deltas ORDER BY counter').all() as ManifestDelta[];
      return { ...row, base, deltas };
    });
  }

  /**
   * The manifest row alone, and whether a base row stands behind it (then the row is a small head,
   * else the whole manifest): what tells a session whether its key still seals this journal.
   */
  manifestTop(): { counter: number; nonce: Uint8Array | null; box: Uint8Array | null; hasBase: boolean } | null {
    const row = this.db
      .prepare('SELECT counter, nonce, box, EXISTS (SELECT 1 FROM manifest_base) AS hasBase FROM manifest WHERE singleton = 1')
      .get() as { counter: number; nonce: Uint8Array | null; box: Uint8Array | null; hasBase: number } | undefined;
    return row ? { ...row, hasBase: row.hasBase === 1 } : null;
  }

  /** Every record, the counter they belong to and the manifest, read in one snapshot. */
  snapshot(): { counter: number | null; rows: StoredRecord[]; manifest: ManifestRow | null; marked: number | null } {
    // And the change mark, read just before: a mark is written after its commit, so one read later
    // could name a commit made after the snapshot and call the journal behind.
    const marked = this.markedCounter();
    return { ...this.transaction(() => ({ counter: this.counter(), rows: this.all(), manifest: this.manifest() })), marked };
  }

  /** Stores the whole manifest sealed at `counter`, which becomes the counter; the base row and the deltas go. */
  setManifest(counter: number, nonce: Uint8Array, box: Uint8Array): void {
    this.logAfter = null;
    this.updateManifest.run(counter, nonce, box);
    this.dropBase.run();
    this.dropDeltas.run();
  }

  /**
   * The seal log's weights at `counter`: as this store's last commit left them when that was the
   * last commit, else summed from the rows (another process wrote since, or nothing was written yet).
   */
  private weights(counter: number): LogWeights {
    if (this.logAfter?.counter === counter) return this.logAfter;
    return this.selectWeights.get() as LogWeights;
  }

  /** The counter of the base the next delta follows, at `counter`: as this store's last commit left it, else read. */
  private baseCounter(counter: number): number {
    if (this.logAfter?.counter === counter) return this.logAfter.baseCounter;
    return this.selectBaseCounter.get() as number;
  }

  /**
   * One write: in one IMMEDIATE transaction, checks that the counter is still `expected` (what the
   * caller's index reflects), bumps it, puts and deletes, and stores what `seal` makes for the new
   * counter: now and then (see baseDue below) the whole manifest, else this write's delta and a head
   * naming the base's counter, which `seal` is given. `alongside` runs first in the same transaction (sync stamps the write there,
   * while the records it deletes are still on disk). Returns the new counter.
   */
  commit(
    expected: number,
    puts: readonly SealedRecord[],
    deletes: readonly string[],
    seal: (counter: number, base: number | null) => WriteSeal,
    alongside?: () => void,
  ): number {
    const { next, weights, baseCounter } = this.commitInTransaction.immediate(expected, puts, deletes, seal, alongside);
    this.logAfter = { ...weights, counter: next, baseCounter };
    const vaultId = this.mark === null ? null : this.vaultId();
    if (vaultId !== null) this.mark!.write(vaultId, next);
    return next;
  }

  /** Records outside the database that the journal reached `counter`; see ./change-mark.ts. */
  markCommitted(counter: number): void {
    const vaultId = this.markPath === null ? null : this.vaultId();
    if (this.markPath !== null && vaultId !== null) writeMark(this.markPath, vaultId, counter);
  }

  /** Lets go of the mark commit() keeps open; call it when the database closes. The next commit opens it again. */
  closeMark(): void {
    this.mark?.close();
  }

  /** The highest counter this journal is known to have reached, or null when nothing says. */
  markedCounter(): number | null {
    const vaultId = this.markPath === null ? null : this.vaultId();
    return this.markPath === null || vaultId === null ? null : readMark(this.markPath, vaultId);
  }

  /** Run fn in one transaction: either every write lands or none does. */
  transaction<T>(fn: () => T): T {
    return this.runInTransaction(fn) as T;
  }
}

/** Whether a write should rewrite the base rather than add a delta: none yet, or the deltas weigh enough. */
function baseDue(w: LogWeights): boolean {
  return w.base === null || w.count >= MAX_DELTAS || w.bytes * BASE_SHARE >= w.base;
}

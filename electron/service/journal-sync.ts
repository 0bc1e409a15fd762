// Keeps one process's journal in step with the disk when other processes (the app, the CLI) write
// to the same vault. Every write holds the vault's write lock, reloads what changed since this
// index was built, and commits with the change counter bumped and the seal brought along in the same
// transaction; reads first compare the counter (one small query) and reload only the records whose
// version moved. So no process writes from, or backs up, an older copy of a record.
import type { CorruptRecord, SealProblem } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import { StaleWriteError, type ManifestRow, type RecordStore, type StoredRecord, type WriteSeal } from '../store/record-store';
import type { WriteLock } from '../store/write-lock';
import type { RecordCipher, SealedRecord } from '../vault/record-cipher';
import type { JournalIndex } from './journal-index';
import { applyRecord, removeRecord } from './load-journal';
import { manifestHead, openManifestLog } from './manifest-log';
import { RecordLedger } from './record-ledger';
import { SyncLocal } from './sync-local';

/** What a session whose key no longer seals the journal is told (see requireSameKey). */
export const KEY_CHANGED = 'Another Hearth changed this journal’s key (a new passphrase or recovery key), or its file was altered. Unlock it again.';

/** What the sync engine (./sync-session.ts) works with; it changes records only through Journal.applySynced. */
export interface SyncParts {
  readonly vaultId: string;
  readonly store: RecordStore;
  readonly cipher: RecordCipher;
  readonly local: SyncLocal;
  /** The kind of the record `id` on disk (corrupt ones too), or undefined: what the ledger knows, with no read. */
  kindOf(id: string): string | undefined;
}

export class JournalSync {
  /** Where the disk differs from the seal, as last checked; while any, nothing is written. */
  private found: SealProblem[] = [];
  /** This device's sync state; every commit stamps its records there when sync is set up. */
  private readonly local: SyncLocal;
  /** The taking of the write lock (WriteLock.taking) in which the ledger was last found or made level with the disk. */
  private levelIn: number | null = null;
  /** How many refreshes took in what other processes wrote. */
  private takenIn = 0;

  constructor(
    private readonly store: RecordStore,
    private readonly cipher: RecordCipher,
    private readonly vaultId: string,
    readonly lock: WriteLock,
    private readonly ledger: RecordLedger,
  ) {
    this.local = new SyncLocal(store, cipher);
  }

  syncParts(): SyncParts {
    return { vaultId: this.vaultId, store: this.store, cipher: this.cipher, local: this.local, kindOf: (id) => this.ledger.kindOf(id) };
  }

  /** Where the disk differed from the seal when last checked. */
  problems(): SealProblem[] {
    return [...this.found];
  }

  /** How many times this process has taken in what others wrote: unchanged, no other process has written since. */
  get othersWrites(): number {
    return this.takenIn;
  }

  /** Whether a record with this id is on disk, as far as this process knows (corrupt ones too). */
  knows(id: string): boolean {
    return this.ledger.has(id);
  }

  /**
   * Takes into the index every record another process put or deleted since the ledger's counter.
   * Returns the corrupt list updated, and whether anything changed.
   */
  refresh(index: JournalIndex, corrupt: CorruptRecord[]): { changed: boolean; corrupt: CorruptRecord[] } {
    // Still the taking of the lock in which the ledger was level: no one else can have written since.
    const taking = this.lock.taking;
    if (taking !== null && taking === this.levelIn) return { changed: false, corrupt };
    if (this.store.counter() === this.ledger.counter) {
      this.levelIn = taking;
      return { changed: false, corrupt };
    }
    // One read snapshot: the counter, which records exist, and the boxes of those that moved.
    const { counter, present, rows } = this.store.transaction(() => {
      this.requireSameKey();
      const versions = this.store.versions();
      const moved = this.ledger.moved(versions);
      return { counter: this.store.counter(), present: new Set(versions.map((v) => v.id)), rows: moved.map((v) => this.store.get(v.id)!) };
    });
    let nextCorrupt = corrupt;
    const gone = this.ledger.gone(present);
    for (const record of gone) {
      removeRecord(index, record);
      nextCorrupt = nextCorrupt.filter((c) => c.id !== record.id);
    }
    for (const row of rows) {
      nextCorrupt = nextCorrupt.filter((c) => c.id !== row.id);
      try {
        applyRecord(index, row, this.cipher.open(row));
      } catch {
        removeRecord(index, row);
        nextCorrupt = [...nextCorrupt, { id: row.id, kind: row.kind }];
      }
    }
    this.ledger.takeIn(counter ?? this.ledger.counter, rows, gone.map((r) => r.id));
    this.levelIn = taking;
    this.takenIn += 1;
    return { changed: true, corrupt: nextCorrupt };
  }

  /**
   * Another process changed the journal: its seal must still open with this session's key. When it
   * does not, another Hearth gave the journal a new data key (a new passphrase with a new key, a new
   * recovery key), or the file was altered. Either way nothing more may be read or written with this
   * key: writing would seal entries no one could open again. The session has to be unlocked afresh.
   */
  private requireSameKey(): void {
    const top = this.store.manifestTop();
    if (!top || top.nonce === null || top.box === null) return;
    const opened = top.hasBase
      ? this.cipher.openManifestHead(this.vaultId, top.counter, top.nonce, top.box)
      : this.cipher.openManifest(this.vaultId, top.counter, top.nonce, top.box);
    if (opened === null) throw new HearthError('LOCKED', KEY_CHANGED);
  }

  /**
   * Commits puts and deletes with the counter bumped and the seal brought along (a delta, or now
   * and then the whole manifest; see ./manifest-log.ts); needs the lock.
   * In the same transaction, the records are stamped for sync, or, for a write a sync round makes
   * (which keeps the other device's stamps), `synced` runs instead.
   */
  commit(puts: readonly SealedRecord[], deletes: readonly string[], synced?: () => void): void {
    if (!this.lock.held) throw new Error('a write without the vault lock');
    // Writing would seal the altered state as if it were the person's.
    if (this.found.length > 0) throw new HearthError('READ_ONLY');
    const expected = this.ledger.counter;
    this.levelIn = null;
    let counter: number;
    try {
      // The callbacks are written in the call, not named first: a named one costs a defineProperty
      // per commit where the code runs through tsx (as the bench does), which keeps names.
      counter = this.store.commit(
        expected,
        puts,
        deletes,
        (next, base) => this.sealWrite(next, base, puts, deletes),
        synced ?? (() => this.local.stampLocal(puts, deletes)),
      );
    } catch (e) {
      if (e instanceof StaleWriteError) throw new HearthError('INTERNAL', e.message);
      throw e;
    }
    this.ledger.apply(counter, puts, deletes);
    this.levelIn = this.lock.taking;
  }

  /** What a write at `next` seals: the whole manifest when `base` is null, else its delta and the head naming the base. */
  private sealWrite(next: number, base: number | null, puts: readonly SealedRecord[], deletes: readonly string[]): WriteSeal {
    return base === null
      ? { whole: this.cipher.sealManifest(this.vaultId, next, this.ledger.manifestAfter(next, puts, deletes)) }
      : {
          delta: this.cipher.sealManifestDelta(this.vaultId, next, RecordLedger.manifestDelta(next, puts, deletes)),
          head: this.cipher.sealManifestHead(this.vaultId, next, manifestHead(next, base)),
        };
  }

  /**
   * Compares rows read in one snapshot with the sealed manifest read in the same one and the change
   * mark read just before it (RecordStore.snapshot), and remembers the outcome. Records that do not
   * open at all are reported as corrupt, not here.
   */
  checkSeal(rows: readonly StoredRecord[], manifest: ManifestRow | null, marked: number | null, corruptIds: ReadonlySet<string>): SealProblem[] {
    return this.keepSealProblems(sealProblems(this.cipher, this.vaultId, rows, manifest, marked), corruptIds);
  }

  /** Remembers the outcome of a seal check made already (sealProblems), but for the records that do not open. */
  keepSealProblems(problems: readonly SealProblem[], corruptIds: ReadonlySet<string>): SealProblem[] {
    this.found = problems.filter((p) => !corruptIds.has(p.id));
    return [...this.found];
  }

  /**
   * A journal from before the seal (its records all at version 0, no manifest yet) is sealed as it
   * is, once, under the lock, unless another process sealed it first.
   */
  sealIfNew(): void {
    this.lock.run(() => {
      this.store.transaction(() => {
        const row = this.store.manifest();
        if (!row || row.box !== null || row.counter !== this.ledger.counter) return;
        const sealed = this.cipher.sealManifest(this.vaultId, row.counter, this.ledger.manifest());
        this.store.setManifest(row.counter, sealed.nonce, sealed.box);
      });
    });
  }
}

/** True for a journal written before the seal existed: nothing to compare yet. */
export function unsealed(rows: readonly StoredRecord[], manifest: ManifestRow | null): boolean {
  return manifest !== null && manifest.box === null && manifest.counter === 0 && rows.every((r) => r.version === 0);
}

/**
 * Where the rows read in one snapshot differ from the sealed manifest read in the same one, and
 * whether the journal is behind `marked`, the highest counter it is known to have reached.
 * `ledger`, when given, is the rows' ledger (its counter is not compared).
 */
export function sealProblems(
  cipher: RecordCipher,
  vaultId: string,
  rows: readonly StoredRecord[],
  manifest: ManifestRow | null,
  marked: number | null,
  ledger?: RecordLedger,
): SealProblem[] {
  const whole = (problem: SealProblem['problem']): SealProblem[] => [{ id: vaultId, kind: 'manifest', problem }];
  const counter = manifest?.counter ?? 0;
  const behind: SealProblem[] = marked !== null && marked > counter ? [{ id: vaultId, kind: 'manifest', problem: 'behind', missingChanges: marked - counter }] : [];
  // A journal made to look as if from before the seal is still behind its mark.
  if (unsealed(rows, manifest)) return behind;
  if (!manifest || manifest.box === null || manifest.nonce === null) return whole('seal-missing');
  const sealed = openManifestLog(cipher, vaultId, { ...manifest, nonce: manifest.nonce, box: manifest.box });
  if (sealed === null) return whole('seal-damaged');
  return [...behind, ...(ledger ?? RecordLedger.of(manifest.counter, rows)).compareEntries(sealed)];
}

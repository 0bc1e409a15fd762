// What this process knows of the records on disk: each one's kind, version (the change counter of
// the write that last put it) and tag (the last 16 bytes of its box, its Poly1305 tag, which differs
// for every sealing). It is the body of the journal-wide manifest, and what a refresh compares with
// the disk to reload only what another process changed.
import type { SealProblem } from '../../shared/domain';
import type { RecordVersion, StoredRecord } from '../store/record-store';
import type { SealedRecord } from '../vault/record-cipher';

export interface LedgerEntry {
  kind: string;
  version: number;
  tag: string;
}

/** One record in the seal: [id, kind, version, tag]. */
export type ManifestEntry = [string, string, number, string];

/** The manifest as sealed: format, counter, and the entry of every record. */
export interface ManifestBody {
  format: 1;
  counter: number;
  records: ManifestEntry[];
}

/** One write's delta to the manifest (see ./manifest-log.ts): the entries it put and the ids it deleted. */
export interface ManifestDeltaBody {
  format: 1;
  counter: number;
  puts: ManifestEntry[];
  deletes: string[];
}

const TAG_BYTES = 16;

function boxTag(box: Uint8Array): string {
  return Buffer.from(box.subarray(box.length - TAG_BYTES)).toString('base64');
}

function ledgerEntry(row: StoredRecord): LedgerEntry {
  return { kind: row.kind, version: row.version, tag: boxTag(row.box) };
}

export class RecordLedger {
  constructor(
    private current: number,
    private readonly records: Map<string, LedgerEntry>,
  ) {}

  static of(counter: number, rows: readonly StoredRecord[]): RecordLedger {
    return new RecordLedger(counter, new Map(rows.map((r) => [r.id, ledgerEntry(r)])));
  }

  /** The change counter of the last write this ledger knows of. */
  get counter(): number {
    return this.current;
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  /** The kind of the record `id`, or undefined when there is none. */
  kindOf(id: string): string | undefined {
    return this.records.get(id)?.kind;
  }

  /** Of the records on disk, those whose version differs from this ledger's: another process put them. */
  moved(onDisk: readonly RecordVersion[]): RecordVersion[] {
    return onDisk.filter((v) => this.records.get(v.id)?.version !== v.version);
  }

  /** Records this ledger holds that are no longer on disk: another process deleted them. */
  gone(present: ReadonlySet<string>): Array<{ id: string; kind: string }> {
    const gone: Array<{ id: string; kind: string }> = [];
    for (const [id, e] of this.records) if (!present.has(id)) gone.push({ id, kind: e.kind });
    return gone;
  }

  /** Takes in what another process wrote: records read from disk, deletions, and the counter they reached. */
  takeIn(counter: number, rows: readonly StoredRecord[], deleted: readonly string[]): void {
    for (const id of deleted) this.records.delete(id);
    for (const row of rows) this.records.set(row.id, ledgerEntry(row));
    this.current = counter;
  }

  /** The manifest text after a write of `puts` and `deletes` at `counter`, without changing this ledger. */
  manifestAfter(counter: number, puts: readonly SealedRecord[], deletes: readonly string[]): string {
    const replaced = new Set([...deletes, ...puts.map((r) => r.id)]);
    const records: ManifestBody['records'] = [];
    for (const [id, e] of this.records) if (!replaced.has(id)) records.push([id, e.kind, e.version, e.tag]);
    for (const r of puts) records.push([r.id, r.kind, counter, boxTag(r.box)]);
    return JSON.stringify({ format: 1, counter, records } satisfies ManifestBody);
  }

  /** The delta a write of `puts` and `deletes` at `counter` adds to the manifest. */
  static manifestDelta(counter: number, puts: readonly SealedRecord[], deletes: readonly string[]): string {
    const body: ManifestDeltaBody = { format: 1, counter, puts: puts.map((r) => [r.id, r.kind, counter, boxTag(r.box)]), deletes: [...deletes] };
    return JSON.stringify(body);
  }

  /** The manifest of the ledger as it is. */
  manifest(): string {
    return this.manifestAfter(this.counter, [], []);
  }

  /** Takes in this process's own write of `puts` and `deletes` at `counter`. */
  apply(counter: number, puts: readonly SealedRecord[], deletes: readonly string[]): void {
    for (const id of deletes) this.records.delete(id);
    for (const r of puts) this.records.set(r.id, { kind: r.kind, version: counter, tag: boxTag(r.box) });
    this.current = counter;
  }

  /** Where the disk (this ledger, read from it) differs from a sealed manifest, record by record. */
  compare(manifestJson: string): SealProblem[] {
    return this.compareEntries(new Map((JSON.parse(manifestJson) as ManifestBody).records.map((e) => [e[0], e])));
  }

  /**
   * compare() for the sealed entries already read, by id. A record here is looked for in the seal
   * only when fewer of the seal's entries were found here than there are records: at unlock, with
   * every record sealed, that saves a set of every id.
   */
  compareEntries(entries: ReadonlyMap<string, ManifestEntry>): SealProblem[] {
    const problems: SealProblem[] = [];
    let found = 0;
    for (const [id, kind, version, tag] of entries.values()) {
      const here = this.records.get(id);
      if (!here) problems.push({ id, kind, problem: 'missing' });
      else {
        found += 1;
        if (here.kind !== kind || here.version !== version || here.tag !== tag) problems.push({ id, kind, problem: 'rolled-back' });
      }
    }
    if (found < this.records.size) for (const [id, e] of this.records) if (!entries.has(id)) problems.push({ id, kind: e.kind, problem: 'added' });
    return problems;
  }
}

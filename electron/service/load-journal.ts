// Decrypts every record once into the in-memory index. A record that fails to open is listed as
// corrupt and skipped, so the rest of the journal stays readable. With an unlock worker, both
// threads open chunks of records, and this one parses what either opened.
import { DEFAULT_SETTINGS, type CorruptRecord } from '../../shared/domain';
import type { RecordCipher, SealedRecord } from '../vault/record-cipher';
import type { RecordOpener } from '../vault/record-opener';
import { CHUNK_RECORDS, type OpenedChunk, type UnlockWorker } from '../vault/unlock-worker';
import type { SavedDraft } from '../../shared/api';
import type { StoredCheckin } from '../../shared/checkins';
import { TextScanner, TextScans, scanEntry } from '../../shared/search/text-scan';
import { JournalIndex } from './journal-index';
import type { ScannedText } from './search-index';
import type { StoredEntry, StoredPerson, StoredSettings } from './stored-records';

export interface Helper {
  /** Started with these same rows. */
  worker: UnlockWorker;
  /** A copy of the data key for the worker; it is moved there and zeroed. */
  dataKey: Uint8Array;
}

class Loading {
  readonly index = new JournalIndex(DEFAULT_SETTINGS);
  readonly corrupt: CorruptRecord[] = [];
  private readonly scanner = new TextScanner();
  /** Made when this thread first opens a chunk; wiped by done(). */
  private opener: RecordOpener | null = null;

  constructor(
    private readonly rows: SealedRecord[],
    private readonly cipher: RecordCipher,
  ) {}

  /** Opens rows [from, to) on this thread, and scans their entries' search texts together, as the worker does. */
  open(from: number, to: number): void {
    const opener = (this.opener ??= this.cipher.opener());
    const values: unknown[] = [];
    for (let i = from; i < to; i++) {
      const value = parsed(opener.open(this.rows[i]!));
      values.push(value);
      scanEntry(this.scanner, this.rows[i]!.kind, value);
    }
    const scans = new TextScans(this.scanner.take());
    values.forEach((value, k) => this.add(from + k, value, { scans, at: k }));
  }

  /** What the worker opened, from row `from` on, with its entries' search texts scanned. */
  opened(from: number, texts: Array<string | null>, scans: TextScans): void {
    texts.forEach((text, k) => this.add(from + k, parsed(text), { scans, at: k }));
  }

  /** Wipes this thread's copies of the subkeys. */
  done(): void {
    this.opener?.wipe();
  }

  private add(i: number, value: unknown, scanned: ScannedText): void {
    const row = this.rows[i]!;
    if (value === UNREADABLE) this.corrupt.push({ id: row.id, kind: row.kind });
    else applyRecord(this.index, row, value, scanned);
  }
}

const UNREADABLE = Symbol('unreadable');

/** A record's JSON text parsed, or UNREADABLE when it did not open or is not JSON. */
function parsed(text: string | null): unknown {
  if (text === null) return UNREADABLE;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return UNREADABLE;
  }
}

/**
 * Puts one opened record into the index (also how a refresh takes in another process's change);
 * `scanned`, for an entry, is its search text scanned already.
 */
export function applyRecord(index: JournalIndex, row: { id: string; kind: string }, value: unknown, scanned?: ScannedText): void {
  if (row.kind === 'entry') index.putEntry(row.id, value as StoredEntry, scanned);
  else if (row.kind === 'person') {
    const person = value as Partial<StoredPerson> & Omit<StoredPerson, 'aliases'>;
    // Records sealed before people had other names have none.
    index.putPerson({ id: row.id, ...person, aliases: person.aliases ?? [] });
  } else if (row.kind === 'draft') index.putDraft(row.id, value as SavedDraft);
  else if (row.kind === 'checkin') index.putCheckin(row.id, value as StoredCheckin);
  else if (row.kind === 'settings') {
    const { autoBackupKey, ...settings } = value as Partial<StoredSettings>;
    index.replaceSettings(row.id, { ...DEFAULT_SETTINGS, ...settings }, autoBackupKey ?? null);
  }
}

/** Takes a record out of the index: another process deleted it. */
export function removeRecord(index: JournalIndex, row: { id: string; kind: string }): void {
  if (row.kind === 'entry') index.removeEntry(row.id);
  else if (row.kind === 'person') index.removePerson(row.id);
  else if (row.kind === 'draft') index.removeDraft(row.id);
  else if (row.kind === 'checkin') index.removeCheckin(row.id);
}

/**
 * `meanwhile` runs on this thread once the worker has the key, before this thread opens anything:
 * work that needs the key but not the records (the seal check) then overlaps the worker's opening,
 * and the worker simply opens more chunks. Without a helper it runs first.
 */
export async function loadJournal(
  rows: SealedRecord[],
  cipher: RecordCipher,
  helper?: Helper,
  meanwhile?: () => void,
): Promise<{ index: JournalIndex; corrupt: CorruptRecord[] }> {
  const loading = new Loading(rows, cipher);
  try {
    if (helper) await shareWith(helper, rows.length, loading, meanwhile);
    else {
      meanwhile?.();
      loading.open(0, rows.length);
    }
  } finally {
    loading.done();
  }
  loading.index.settle();
  return { index: loading.index, corrupt: loading.corrupt };
}

async function shareWith({ worker, dataKey }: Helper, count: number, loading: Loading, meanwhile?: () => void): Promise<void> {
  const done = new Uint8Array(worker.chunks);
  let remaining = worker.chunks;
  const finish = (chunk: number) => {
    done[chunk] = 1;
    remaining -= 1;
  };
  const received = ({ chunk, texts, scans }: OpenedChunk) => {
    loading.opened(chunk * CHUNK_RECORDS, texts, scans);
    finish(chunk);
  };
  const openHere = (chunk: number) => {
    loading.open(chunk * CHUNK_RECORDS, Math.min(count, (chunk + 1) * CHUNK_RECORDS));
    finish(chunk);
  };
  try {
    worker.begin(dataKey);
    meanwhile?.();
    for (let chunk = worker.claim(); chunk !== -1; chunk = worker.claim()) {
      for (let opened = worker.take(); opened; opened = worker.take()) received(opened);
      openHere(chunk);
    }
    try {
      while (remaining > 0) received(await worker.next());
    } catch {
      // The worker died: its unfinished chunks are opened here instead, so the unlock still succeeds.
      for (let chunk = 0; chunk < done.length; chunk++) if (!done[chunk]) openHere(chunk);
    }
  } finally {
    void worker.terminate();
  }
}

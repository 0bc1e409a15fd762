// Decrypts every record once into the in-memory index. A record that fails to open is listed as
// corrupt and skipped, so the rest of the journal stays readable. With an unlock worker, half of
// the records are opened on the other core at the same time.
import { DEFAULT_SETTINGS, type CorruptRecord } from '../../shared/domain';
import type { RecordCipher, SealedRecord } from '../vault/record-cipher';
import type { UnlockWorker } from '../vault/unlock-worker';
import { JournalIndex, type StoredEntry, type StoredPerson, type StoredSettings } from './journal-index';

export interface Helper {
  worker: UnlockWorker;
  /** A copy of the data key for the worker; it is moved there and zeroed. */
  dataKey: Uint8Array;
}

function addRecord(index: JournalIndex, row: SealedRecord, value: unknown, text: string): void {
  if (row.kind === 'entry') index.putEntry(row.id, value as StoredEntry, text);
  else if (row.kind === 'person') index.putPerson({ id: row.id, ...(value as StoredPerson) });
  else {
    const { autoBackupKey, ...settings } = value as Partial<StoredSettings>;
    index.settingsId = row.id;
    index.settings = { ...DEFAULT_SETTINGS, ...settings };
    index.autoBackupKey = autoBackupKey ?? null;
  }
}

export async function loadJournal(rows: SealedRecord[], cipher: RecordCipher, helper?: Helper): Promise<{ index: JournalIndex; corrupt: CorruptRecord[] }> {
  const index = new JournalIndex(DEFAULT_SETTINGS);
  const corrupt: CorruptRecord[] = [];
  // The worker's share also pays for copying the rows there and the texts back; about half is even.
  const split = helper ? Math.floor(rows.length / 2) : rows.length;
  const theirs = helper ? helper.worker.open(helper.dataKey, rows.slice(split)) : Promise.resolve([]);
  for (let i = 0; i < split; i++) {
    const row = rows[i]!;
    let text: string;
    let value: unknown;
    try {
      text = cipher.openText(row);
      value = JSON.parse(text);
    } catch {
      corrupt.push({ id: row.id, kind: row.kind });
      continue;
    }
    addRecord(index, row, value, text);
  }
  const texts = await theirs;
  texts.forEach((text, i) => {
    const row = rows[split + i]!;
    if (text === null) corrupt.push({ id: row.id, kind: row.kind });
    else addRecord(index, row, JSON.parse(text), text);
  });
  return { index, corrupt };
}

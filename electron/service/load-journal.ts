// Decrypts every record once into the in-memory index. A record that fails to open is listed as
// corrupt and skipped, so the rest of the journal stays readable.
import { DEFAULT_SETTINGS, type CorruptRecord, type Settings } from '../../shared/domain';
import type { RecordCipher, SealedRecord } from '../vault/record-cipher';
import { JournalIndex, type StoredEntry, type StoredPerson } from './journal-index';

export function loadJournal(rows: SealedRecord[], cipher: RecordCipher): { index: JournalIndex; corrupt: CorruptRecord[] } {
  const index = new JournalIndex(DEFAULT_SETTINGS);
  const corrupt: CorruptRecord[] = [];
  for (const row of rows) {
    let value: unknown;
    try {
      value = cipher.open(row);
    } catch {
      corrupt.push({ id: row.id, kind: row.kind });
      continue;
    }
    if (row.kind === 'entry') index.putEntry(row.id, value as StoredEntry);
    else if (row.kind === 'person') index.putPerson({ id: row.id, ...(value as StoredPerson) });
    else {
      index.settingsId = row.id;
      index.settings = { ...DEFAULT_SETTINGS, ...(value as Partial<Settings>) };
    }
  }
  return { index, corrupt };
}

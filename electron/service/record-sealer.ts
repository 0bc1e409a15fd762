// From what the index holds to sealed records: each kind sealed under its id and the schema version
// of its JSON, as the journal writes them.
import type { SavedDraft } from '../../shared/api';
import type { StoredCheckin } from '../../shared/checkins';
import type { Person, Settings } from '../../shared/domain';
import type { RecordCipher, SealedRecord } from '../vault/record-cipher';
import { SCHEMA, type AutoBackupKey, type StoredEntry, type StoredSettings } from './stored-records';

export class RecordSealer {
  constructor(private readonly cipher: RecordCipher) {}

  entries(entries: ReadonlyArray<{ id: string; data: StoredEntry }>): SealedRecord[] {
    return entries.map(({ id, data }) => this.cipher.seal('entry', id, SCHEMA, data));
  }

  person({ id, ...stored }: Person): SealedRecord {
    return this.cipher.seal('person', id, SCHEMA, stored);
  }

  /** The automatic-backup key is sealed with the settings, where only the main process sees it. */
  settings(id: string, settings: Settings, autoBackupKey: AutoBackupKey | null): SealedRecord {
    const stored: StoredSettings = autoBackupKey ? { ...settings, autoBackupKey } : settings;
    return this.cipher.seal('settings', id, SCHEMA, stored);
  }

  draft(id: string, draft: SavedDraft): SealedRecord {
    return this.cipher.seal('draft', id, SCHEMA, draft);
  }

  checkin(id: string, checkin: StoredCheckin): SealedRecord {
    return this.cipher.seal('checkin', id, SCHEMA, checkin);
  }
}

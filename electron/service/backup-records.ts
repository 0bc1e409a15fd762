// The journal as a backup holds it: every readable record, read from the index.
import { randomUUID } from 'node:crypto';
import type { BackupRecord } from '../backup/backup-format';
import type { JournalReader } from './journal-index';
import { SCHEMA } from './stored-records';

/** Every readable record; this machine's automatic-backup details stay behind. */
export function backupRecordsOf(index: JournalReader): BackupRecord[] {
  const { autoBackup: _machineSpecific, ...settings } = index.settings;
  const draft = index.draft();
  return [
    ...(draft ? [{ kind: 'draft' as const, id: draft.id, schema: SCHEMA, data: draft.data }] : []),
    ...index.allPeople().map(({ id, ...data }) => ({ kind: 'person' as const, id, schema: SCHEMA, data })),
    ...index.checkins().map(({ id, data }) => ({ kind: 'checkin' as const, id, schema: SCHEMA, data })),
    // Serialised as the journal sealed it (each sealed text is JSON.stringify of the same data), so
    // the backup holds the text on disk without the index keeping a second copy of every entry.
    ...index.storedEntries().map(({ id, data }) => ({ kind: 'entry' as const, id, schema: SCHEMA, data })),
    { kind: 'settings' as const, id: index.settingsId ?? randomUUID(), schema: SCHEMA, data: settings },
  ];
}

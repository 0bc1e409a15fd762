// What restoring a backup would change, worked out before anything is written: the summary the
// person confirms and the records the commit writes are the same plan.
import type { SavedDraft } from '../../shared/api';
import type { Person, Settings } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import type { RestoreMode } from '../../shared/exchange';
import { settingsPatchSchema } from '../../shared/schemas';
import { careSettingsSchema } from '../../shared/contract/care';
import type { BackupRecord } from '../backup/backup-format';
import type { JournalReader } from './journal-index';
import { checkinSettingsSchema, type StoredCheckin } from '../../shared/checkins';
import { storedCheckinSchema, storedDraftSchema, storedEntrySchema, storedPersonSchema, type StoredEntry } from './stored-records';

/** The settings a backup may hold: the preferences, the care cards' and which check-ins are on. */
const backupSettingsSchema = settingsPatchSchema.extend({ care: careSettingsSchema.optional(), checkins: checkinSettingsSchema.optional() });

export interface RestorePlan {
  entries: Array<{ id: string; data: StoredEntry }>;
  people: Person[];
  /** Preferences from the backup (replace only; a merge keeps this journal's own). */
  settings: Partial<Settings> | null;
  /** The backup's draft, when it is newer than this journal's (or this journal has none). */
  draft: RestoredDraft | null;
  /** Check-ins this journal does not have yet (one is never edited, so an id here already is the same). */
  checkins: Array<{ id: string; data: StoredCheckin }>;
  added: number;
  updated: number;
  skipped: number;
  newPeople: number;
}

export interface RestoredDraft {
  id: string;
  data: SavedDraft;
}

export interface BackupContents {
  entries: Array<{ id: string; data: StoredEntry }>;
  people: Person[];
  settings: Partial<Settings> | null;
  draft: RestoredDraft | null;
  checkins: Array<{ id: string; data: StoredCheckin }>;
}

/** Checks every record of an opened backup; one that does not fit refuses the whole backup. */
export function readBackupContents(records: readonly BackupRecord[]): BackupContents {
  const contents: BackupContents = { entries: [], people: [], settings: null, draft: null, checkins: [] };
  records.forEach((r, i) => {
    const bad = (what: string) => new HearthError('BACKUP_UNREADABLE', `This backup holds a record Hearth cannot use (record ${i + 1}, ${what}); nothing was restored.`);
    if (r.kind === 'entry') {
      const parsed = storedEntrySchema.safeParse(r.data);
      if (!parsed.success) throw bad('an entry');
      contents.entries.push({ id: r.id, data: parsed.data });
    } else if (r.kind === 'person') {
      const parsed = storedPersonSchema.safeParse(r.data);
      if (!parsed.success) throw bad('a person');
      contents.people.push({ id: r.id, ...parsed.data });
    } else if (r.kind === 'draft') {
      const parsed = storedDraftSchema.safeParse(r.data);
      if (!parsed.success) throw bad('an unfinished entry');
      if (!contents.draft || contents.draft.data.savedAt < parsed.data.savedAt) contents.draft = { id: r.id, data: parsed.data };
    } else if (r.kind === 'checkin') {
      const parsed = storedCheckinSchema.safeParse(r.data);
      if (!parsed.success) throw bad('a check-in');
      contents.checkins.push({ id: r.id, data: parsed.data });
    } else {
      const parsed = backupSettingsSchema.safeParse(r.data);
      if (!parsed.success) throw bad('the settings');
      contents.settings = parsed.data as Partial<Settings>;
    }
  });
  return contents;
}

/**
 * Merge: by id, the newer `updatedAt` wins; a backup person whose name is already taken by another
 * person here becomes that person. Replace: only into an empty journal, everything as it was.
 */
export function planRestore(index: JournalReader, backup: BackupContents, mode: RestoreMode): RestorePlan {
  // Either way, the journal keeps one draft: the one saved last.
  const current = index.draft();
  const draft = backup.draft && (!current || current.data.savedAt < backup.draft.data.savedAt) ? backup.draft : null;
  if (mode === 'replace') {
    if (index.entryCount() > 0 || index.allPeople().length > 0) {
      throw new HearthError('INVALID_INPUT', 'Replace restores into an empty journal; this one has entries, so choose Merge.', { field: 'mode' });
    }
    return { ...backup, draft, added: backup.entries.length, updated: 0, skipped: 0, newPeople: backup.people.length };
  }

  const people: Person[] = [];
  const personIdMap = new Map<string, string>();
  let newPeople = 0;
  for (const p of backup.people) {
    const here = index.person(p.id);
    const sameName = index.findPersonByName(p.name);
    if (!here && sameName) {
      personIdMap.set(p.id, sameName.id);
    } else if (!here) {
      people.push(p);
      newPeople += 1;
    } else if (p.updatedAt > here.updatedAt && (!sameName || sameName.id === p.id)) {
      people.push(p);
    }
  }

  const entries: RestorePlan['entries'] = [];
  let added = 0;
  let updated = 0;
  let skipped = 0;
  for (const e of backup.entries) {
    const here = index.storedEntry(e.id);
    if (here && e.data.updatedAt <= here.updatedAt) {
      skipped += 1;
      continue;
    }
    const interactions = e.data.interactions.map((i) => ({ ...i, personId: personIdMap.get(i.personId) ?? i.personId }));
    entries.push({ id: e.id, data: { ...e.data, interactions } });
    if (here) updated += 1;
    else added += 1;
  }
    const checkins = backup.checkins.filter((c) => !index.checkin(c.id));
  return { entries, people, settings: null, draft, checkins, added, updated, skipped, newPeople };
}

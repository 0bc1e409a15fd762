// Hearth's portable data, read by ../imports/hearth-json.ts or hearth-csv.ts, as the contents of a
// backup: every entry and person keeps its id and its times, and goes through the same merge as a
// restored backup (by id, the newer version wins; a person whose name is taken becomes that person).
// So importing an export into a new journal gives back the same journal, and importing it again adds
// nothing. Every value is checked against the stored records' schemas; one that does not fit
// refuses the whole file, naming the item.
import type { Entry, Person } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import type { PortableCheckin, PortableJournal } from '../imports/portable-journal';
import { idSchema } from '../../shared/schemas';
import type { BackupContents } from './restore-plan';
import { storedCheckinSchema, storedEntrySchema, storedPersonSchema } from './stored-records';

function refuse(what: string, issue: { message: string; path: PropertyKey[] } | undefined): HearthError {
  const field = issue && issue.path.length > 0 ? ` (${issue.path.map(String).join('.')})` : '';
  return new HearthError('IMPORT_INVALID', `${what} cannot be imported: ${issue?.message ?? 'it is not valid'}${field}.`);
}

function checkId(id: string, what: string): void {
  if (!idSchema.safeParse(id).success) throw new HearthError('IMPORT_INVALID', `${what} cannot be imported: its id "${id.slice(0, 40)}" is not one Hearth gives.`);
}

function storedEntry(e: Entry, i: number): BackupContents['entries'][number] {
  const { id, interactions, ...rest } = e;
  checkId(id, `Entry ${i + 1}`);
  const data = { ...rest, interactions: interactions.map(({ person: _name, relationship: _relationship, ...stored }) => stored) };
  const parsed = storedEntrySchema.safeParse(data);
  if (!parsed.success) throw refuse(`Entry ${i + 1} (${e.occurredAt.slice(0, 10)})`, parsed.error.issues[0]);
  return { id, data: parsed.data };
}

function storedPerson(p: Person, i: number): Person {
  const { id, ...rest } = p;
  checkId(id, `Person ${i + 1}`);
  const parsed = storedPersonSchema.safeParse(rest);
  if (!parsed.success) throw refuse(`Person ${i + 1}`, parsed.error.issues[0]);
  return { id, ...parsed.data };
}

function storedCheckin(c: PortableCheckin, i: number): BackupContents['checkins'][number] {
  const { id, ...rest } = c;
  checkId(id, `Check-in ${i + 1}`);
  const parsed = storedCheckinSchema.safeParse(rest);
  if (!parsed.success) throw refuse(`Check-in ${i + 1} (${c.date.slice(0, 10)})`, parsed.error.issues[0] ?? { message: 'its answers do not fit its questionnaire', path: ['answers'] });
  return { id, data: parsed.data };
}

export function portableContents(journal: PortableJournal): BackupContents {
  return {
    entries: journal.entries.map(storedEntry),
    people: journal.people.map(storedPerson),
    settings: null,
    draft: null,
    checkins: journal.checkins.map(storedCheckin),
  };
}

// Hearth's own portable data read back (../exports/portable-data.ts writes it): entries and people
// as the app shows them, ids and times included, so importing an export gives back the same journal.
// The readers check the shape and name the item; the service checks every value against the
// stored records' schemas before anything is written.
import type { Entry, Person } from '../../shared/domain';
import { invalid } from './imported-entry';

/** A check-in as the export writes it; its scores are worked out again from the answers. */
export interface PortableCheckin {
  id: string;
  instrument: string;
  date: string;
  answers: number[];
  createdAt: string;
}

export interface PortableJournal {
  entries: Entry[];
  people: Person[];
  checkins: PortableCheckin[];
}

/** The format number of the portable data this Hearth reads (PORTABLE_FORMAT of the export). */
export const READABLE_FORMAT = 1;

/**
 * Every interaction names a person of the file, and no id is used twice: ids are what a later
 * import of the same file recognises, so a file that repeats one is not Hearth's.
 */
export function checkPortable(journal: PortableJournal, where: (i: number) => string): PortableJournal {
  const people = new Set<string>();
  for (const p of journal.people) {
    if (people.has(p.id)) throw invalid(`The person ${p.id} is listed twice; a Hearth export lists each person once.`);
    people.add(p.id);
  }
  const checkins = new Set<string>();
  for (const c of journal.checkins) {
    if (checkins.has(c.id)) throw invalid(`The check-in ${c.id} is listed twice; a Hearth export lists each check-in once.`);
    checkins.add(c.id);
  }
  const entries = new Set<string>();
  journal.entries.forEach((e, i) => {
    if (entries.has(e.id)) throw invalid(`${where(i)}: the id ${e.id} is used by an earlier entry; a Hearth export gives each entry its own.`);
    entries.add(e.id);
    const stranger = e.interactions.find((x) => !people.has(x.personId));
    if (stranger) throw invalid(`${where(i)}: it names the person ${stranger.personId}, who is not in the file's list of people.`);
  });
  return journal;
}

/**
 * How many entries say exactly what an earlier one of the file says (the same moment, values, note,
 * tags and interactions): each is kept, with its own id, and the summary counts them.
 */
export function repeatedEntries(entries: readonly Entry[]): number {
  const seen = new Set<string>();
  let repeated = 0;
  for (const { id: _id, createdAt: _created, updatedAt: _updated, ...content } of entries) {
    const key = JSON.stringify(content);
    if (seen.has(key)) repeated += 1;
    seen.add(key);
  }
  return repeated;
}

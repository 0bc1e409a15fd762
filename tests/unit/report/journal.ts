// Journals for the report tests: a realistic generated year (bench/generate-journal) turned into
// stored entries and people, and a hand-written one whose every value a test can name.
import { generateJournal, generatePeople, type JournalShape } from '../../../bench/generate-journal';
import type { Entry, Interaction, Person, Relationship } from '../../../shared/domain';

const STAMP = '2026-01-01T00:00:00.000Z';

/** A deterministic UUIDv4-shaped id, as reportOptionsSchema expects of excluded entries. */
export function uuid(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function person(n: number, name: string, relationship: Relationship = 'friend'): Person {
  return { id: uuid(2, n), name, relationship, aliases: [], archived: false, createdAt: STAMP, updatedAt: STAMP };
}

export function interaction(p: Person, extra: Partial<Interaction> = {}): Interaction {
  return {
    personId: p.id,
    person: p.name,
    relationship: p.relationship,
    kinds: ['emotional'],
    direction: 'received',
    felt: 1,
    cost: 0,
    channel: 'in-person',
    askedForHelp: false,
    ...extra,
  };
}

let nextEntry = 0;

export function entry(occurredAt: string, extra: Partial<Omit<Entry, 'id' | 'occurredAt'>> = {}): Entry {
  nextEntry += 1;
  return { id: uuid(1, nextEntry), occurredAt, mood: 5, support: 5, note: '', tags: [], interactions: [], createdAt: STAMP, updatedAt: STAMP, ...extra };
}

/** A year of generated entries (about one a day) ending on `endDate`, with people to match. */
export function generatedYear(endDate = '2026-11-24', entries = 365): { entries: Entry[]; people: Person[] } {
  const shape: JournalShape = { entries, people: 30, years: 1, endDate, seed: 7 };
  const people = generatePeople(shape).map((p, i) => person(i + 1, p.name, p.relationship));
  const byName = new Map(people.map((p) => [p.name, p]));
  const journal = generateJournal(shape).map((e): Entry => {
    const { interactions, occurredAt, ...rest } = e;
    return {
      ...entry(occurredAt!),
      ...rest,
      interactions: interactions.map((i) => {
        const p = byName.get(i.person)!;
        return { ...i, personId: p.id, relationship: p.relationship };
      }),
    };
  });
  return { entries: journal, people };
}

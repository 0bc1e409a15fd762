// An entry as callers read it: its people named rather than referred to by id.
import type { Entry, Person } from '../../shared/domain';
import { ENTRY_SCALES, type StoredEntry } from './stored-records';

const UNKNOWN_PERSON: Pick<Person, 'name' | 'relationship'> = { name: 'Unreadable person' };

/** A fresh copy of the stored entry with its people's names and relationships: the caller may change it. */
export function namedEntry(id: string, data: StoredEntry, people: ReadonlyMap<string, Person>): Entry {
  const entry: Entry = {
    id,
    occurredAt: data.occurredAt,
    note: data.note,
    tags: [...data.tags],
    interactions: data.interactions.map((i) => {
      const p = people.get(i.personId) ?? UNKNOWN_PERSON;
      const interaction: Entry['interactions'][number] = { ...i, kinds: [...i.kinds], person: p.name };
      if (p.relationship !== undefined) interaction.relationship = p.relationship;
      return interaction;
    }),
    createdAt: data.createdAt,
    updatedAt: data.updatedAt,
  };
  // A scale not recorded stays absent, not undefined.
  for (const scale of ENTRY_SCALES) if (data[scale] !== undefined) entry[scale] = data[scale];
  return entry;
}

/**
 * Freezes the entry and everything in it, so that one form can be handed to every caller: a caller
 * that changes a shared entry fails at once instead of changing what the next caller reads.
 */
export function frozen(entry: Entry): Entry {
  Object.freeze(entry.tags);
  for (const i of entry.interactions) {
    Object.freeze(i.kinds);
    Object.freeze(i);
  }
  Object.freeze(entry.interactions);
  return Object.freeze(entry);
}

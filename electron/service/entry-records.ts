// From a validated entry input to what is sealed on disk: people named in interactions become ids,
// and a name nobody has yet becomes a new person, created in the same transaction as the entry.
import { randomUUID } from 'node:crypto';
import type { Entry, Person } from '../../shared/domain';
import type { EntryData } from '../../shared/schemas';
import { HearthError } from '../../shared/errors';
import type { JournalReader } from './journal-index';
import { ENTRY_SCALES, type StoredEntry, type StoredInteraction } from './stored-records';

/**
 * `pending` holds people created earlier in the same batch, so one new name used in several
 * entries of an import becomes one person.
 */
export function resolveInteractions(index: JournalReader, inputs: EntryData['interactions'], stamp: string, pending: Person[] = []) {
  const newPeople: Person[] = [];
  const interactions: StoredInteraction[] = inputs.map((i) => {
    const wanted = i.person.toLowerCase();
    let person = index.findPersonByName(i.person) ?? [...pending, ...newPeople].find((p) => p.name.toLowerCase() === wanted);
    if (!person) {
      person = { id: randomUUID(), name: i.person, aliases: [], archived: false, createdAt: stamp, updatedAt: stamp };
      // Not given is not recorded: the new person gets no relationship rather than a guessed one.
      if (i.relationship !== undefined) person.relationship = i.relationship;
      newPeople.push(person);
    }
    // The index owns what it stores (it shares strings in place): never the caller's array.
    const stored: StoredInteraction = { personId: person.id, kinds: [...i.kinds] };
    // Only what was recorded is sealed: no key at all for a field left untouched.
    if (i.direction !== undefined) stored.direction = i.direction;
    if (i.felt !== undefined) stored.felt = i.felt;
    if (i.cost !== undefined) stored.cost = i.cost;
    if (i.channel !== undefined) stored.channel = i.channel;
    if (i.askedForHelp !== undefined) stored.askedForHelp = i.askedForHelp;
    return stored;
  });
  return { interactions, newPeople };
}

export function storedEntry(
  input: EntryData,
  interactions: StoredInteraction[],
  occurredAt: string,
  createdAt: string,
  updatedAt: string,
  importKey?: string,
): StoredEntry {
  const data: StoredEntry = {
    occurredAt,
    note: input.note,
    // The same tag twice says nothing more.
    tags: [...new Set(input.tags)],
    interactions,
    createdAt,
    updatedAt,
  };
  for (const scale of ENTRY_SCALES) if (input[scale] !== undefined) data[scale] = input[scale];
  if (importKey !== undefined) data.importKey = importKey;
  return data;
}

/**
 * Whether `input` is what `existing` already says: how a retried add with the caller's id is told
 * from a clash. An omitted time matches any (the first attempt used its own "now"); people match
 * by name regardless of case, as when they were resolved.
 */
export function sameEntry(existing: Entry, input: EntryData): boolean {
  const scales = ENTRY_SCALES.every((k) => existing[k] === input[k]);
  const tags = [...new Set(input.tags)];
  return (
    (input.occurredAt === undefined || input.occurredAt === existing.occurredAt) &&
    scales &&
    existing.note === input.note &&
    existing.tags.length === tags.length &&
    existing.tags.every((t, i) => t === tags[i]) &&
    existing.interactions.length === input.interactions.length &&
    existing.interactions.every((had, i) => {
      const want = input.interactions[i]!;
      return (
        had.person.toLowerCase() === want.person.trim().toLowerCase() &&
        had.kinds.length === want.kinds.length &&
        had.kinds.every((k, j) => k === want.kinds[j]) &&
        had.direction === want.direction &&
        had.felt === want.felt &&
        had.cost === want.cost &&
        had.channel === want.channel &&
        had.askedForHelp === want.askedForHelp
      );
    })
  );
}

/**
 * The entry stored under a caller's id when `input` says the same (a retry); null when no record
 * has the id; an error when another record, or another entry of the same `batch`, has it.
 * `onDisk` says whether any record on disk has the id, corrupt ones too.
 */
export function alreadyAdded(
  index: JournalReader,
  onDisk: (id: string) => boolean,
  id: string,
  input: EntryData,
  batch: ReadonlyArray<{ id: string }>,
): Entry | null {
  const clash = (why: string) => new HearthError('INVALID_INPUT', `The id ${id} ${why}; choose a new id for a new entry.`, { field: 'id' });
  if (batch.some((e) => e.id === id)) throw clash('is given to two entries here');
  const stored = index.storedEntry(id);
  if (!stored) {
    if (index.person(id) || onDisk(id)) throw clash('already belongs to another record');
    return null;
  }
  const existing = index.toEntry(id, stored);
  if (!sameEntry(existing, input)) throw clash('already belongs to an entry with different content');
  return existing;
}

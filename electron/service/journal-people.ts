// The people of an unlocked journal: adding, renaming, archiving and merging them, each sealed and
// committed in one transaction before the index is updated. The Journal runs each of these under
// its write lock, on an index just brought up to date.
import { randomUUID } from 'node:crypto';
import type { Person } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import type { Arg } from '../../shared/schemas';
import type { JournalWriter } from './journal-writer';

export function addPerson(j: JournalWriter, { name, relationship, aliases }: Arg<'addPerson'>): Person {
  assertNameFree(j, name, null);
  const stamp = j.now().toISOString();
  const person: Person = { id: randomUUID(), name, aliases: aliases ?? [], archived: false, createdAt: stamp, updatedAt: stamp };
  if (relationship !== undefined) person.relationship = relationship;
  return savePerson(j, person);
}

export function updatePerson(j: JournalWriter, { id, name, relationship, aliases }: Arg<'updatePerson'>): Person {
  const person = requirePerson(j, id);
  if (name !== undefined) assertNameFree(j, name, id);
  const updated: Person = { ...person, name: name ?? person.name, aliases: aliases ?? person.aliases, updatedAt: j.now().toISOString() };
  // null clears the relationship back to not recorded; absent leaves it as it was.
  if (relationship === null) delete updated.relationship;
  else if (relationship !== undefined) updated.relationship = relationship;
  return savePerson(j, updated);
}

export function archivePerson(j: JournalWriter, { id, archived }: Arg<'archivePerson'>): Person {
  const person = requirePerson(j, id);
  return savePerson(j, { ...person, archived, updatedAt: j.now().toISOString() });
}

/** Moves every interaction of source to target and removes source, in one transaction. */
export function mergePeople(j: JournalWriter, { sourceId, targetId }: Arg<'mergePeople'>): Person {
  requirePerson(j, sourceId);
  const target = requirePerson(j, targetId);
  const stamp = j.now().toISOString();
  const rewritten = j.index.entriesWithPerson(sourceId).map(({ id, data }) => ({
    id,
    data: {
      ...data,
      interactions: data.interactions.map((i) => (i.personId === sourceId ? { ...i, personId: targetId } : i)),
      updatedAt: stamp,
    },
  }));
  j.write(j.seal.entries(rewritten), [sourceId]);
  for (const { id, data } of rewritten) j.index.putEntry(id, data);
  j.index.removePerson(sourceId);
  return target;
}

function requirePerson(j: JournalWriter, id: string): Person {
  const person = j.index.person(id);
  if (!person) throw new HearthError('NOT_FOUND', 'That person no longer exists.');
  return person;
}

function assertNameFree(j: JournalWriter, name: string, selfId: string | null): void {
  const other = j.index.findPersonByName(name);
  if (other && other.id !== selfId) {
    // Merging needs two people: a rename has them, a new person does not exist yet.
    const advice = selfId === null ? '' : '; merge them instead';
    throw new HearthError('INVALID_INPUT', `There is already someone called ${other.name}${advice}.`, { field: 'name' });
  }
}

function savePerson(j: JournalWriter, person: Person): Person {
  j.write([j.seal.person(person)], []);
  j.index.putPerson(person);
  return { ...person };
}

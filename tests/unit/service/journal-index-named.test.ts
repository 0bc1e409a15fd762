// The entries with people named (what lists, the care cards and the report read) after each write:
// only what the write touched is named again, the result is what a fresh index names, and the forms
// handed out are shared and frozen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Person } from '../../../shared/domain';
import { JournalIndex } from '../../../electron/service/journal-index';
import type { StoredEntry } from '../../../electron/service/stored-records';

const person = (id: string, name: string, relationship?: Person['relationship']): Person => ({
  id,
  name,
  aliases: [],
  archived: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...(relationship ? { relationship } : {}),
});

/** Entry i on day i of March, with Ana on every third entry and Ben on every other. */
function entry(i: number, note = `entry ${i}`): StoredEntry {
  const interactions = [...(i % 3 === 0 ? ['ana'] : []), ...(i % 2 === 0 ? ['ben'] : [])].map((personId) => ({ personId, kinds: [] }));
  const at = `2026-03-${String(i + 1).padStart(2, '0')}T10:00:00+01:00`;
  return { occurredAt: at, mood: i % 11, note, tags: [], interactions, createdAt: at, updatedAt: at };
}

const PEOPLE = [person('ana', 'Ana', 'friend'), person('ben', 'Ben')];

function indexOf(people: Person[], entries: Array<[string, StoredEntry]>): JournalIndex {
  const index = new JournalIndex(DEFAULT_SETTINGS);
  for (const p of people) index.putPerson(p);
  for (const [id, data] of entries) index.putEntry(id, data);
  return index;
}

const ENTRIES: Array<[string, StoredEntry]> = Array.from({ length: 24 }, (_, i) => [`e${i}`, entry(i)]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('named entries after a write', () => {
  it('name again only the entry written, and equal a fresh index', () => {
    const index = indexOf(PEOPLE, ENTRIES);
    expect(index.namedEntries()).toHaveLength(24);
    const toEntry = vi.spyOn(index, 'toEntry');
    index.putEntry('e5', entry(5, 'edited'));
    index.putEntry('new', entry(25));
    index.removeEntry('e7');
    const named = index.namedEntries();
    expect(toEntry).toHaveBeenCalledTimes(2);
    const after = ENTRIES.filter(([id]) => id !== 'e7').map(([id, data]): [string, StoredEntry] => [id, id === 'e5' ? entry(5, 'edited') : data]);
    expect(named).toEqual(indexOf(PEOPLE, [...after, ['new', entry(25)]]).namedEntries());
    expect(named[0]!.id).toBe('new');
    // Asked again with nothing written: the very same array.
    expect(index.namedEntries()).toBe(named);
    expect(toEntry).toHaveBeenCalledTimes(2);
  });

  it('name again the entries of a renamed person only; archiving names nothing again', () => {
    const index = indexOf(PEOPLE, ENTRIES);
    index.namedEntries();
    const toEntry = vi.spyOn(index, 'toEntry');
    index.putPerson({ ...PEOPLE[0]!, archived: true });
    index.namedEntries();
    expect(toEntry).not.toHaveBeenCalled();
    const renamed = [person('ana', 'Anna', 'partner'), PEOPLE[1]!];
    index.putPerson(renamed[0]!);
    const named = index.namedEntries();
    // Ana is on entries 0, 3, …, 21.
    expect(toEntry).toHaveBeenCalledTimes(8);
    expect(named).toEqual(indexOf(renamed, ENTRIES).namedEntries());
    expect(named.find((e) => e.id === 'e3')!.interactions[0]).toMatchObject({ person: 'Anna', relationship: 'partner' });
  });

  it('show a removed person as unreadable, and their name again once their record is back', () => {
    const index = indexOf(PEOPLE, ENTRIES);
    index.namedEntries();
    index.removePerson('ben');
    expect(index.namedEntries().find((e) => e.id === 'e2')!.interactions[0]!.person).toBe('Unreadable person');
    index.putPerson(PEOPLE[1]!);
    expect(index.namedEntries()).toEqual(indexOf(PEOPLE, ENTRIES).namedEntries());
  });
});

describe('listed entries', () => {
  it('are made once and then shared: a second list of everything names nothing again', () => {
    const index = indexOf(PEOPLE, ENTRIES);
    const toEntry = vi.spyOn(index, 'toEntry');
    const first = index.list(undefined).entries;
    expect(toEntry).toHaveBeenCalledTimes(24);
    const second = index.list(undefined).entries;
    expect(toEntry).toHaveBeenCalledTimes(24);
    expect(second).not.toBe(first);
    second.forEach((e, k) => expect(e).toBe(first[k]));
    // The report's and the lists' forms are the same objects.
    expect(index.namedEntries()).toEqual(first);
    index.namedEntries().forEach((e, k) => expect(e).toBe(first[k]));
    expect(toEntry).toHaveBeenCalledTimes(24);
  });

  it('are frozen all the way down, so that no caller changes what the next one reads', () => {
    const index = indexOf(PEOPLE, ENTRIES);
    const [e] = index.list({ search: 'entry 0', limit: 1 }).entries;
    expect(e!.interactions).toHaveLength(2);
    expect(() => Object.assign(e!, { note: 'changed' })).toThrow(TypeError);
    expect(() => e!.tags.push('x')).toThrow(TypeError);
    expect(() => e!.interactions.pop()).toThrow(TypeError);
    expect(() => Object.assign(e!.interactions[0]!, { felt: 1 })).toThrow(TypeError);
    expect(() => e!.interactions[0]!.kinds.push('emotional')).toThrow(TypeError);
    expect(index.list({ search: 'entry 0', limit: 1 }).entries[0]).toEqual(indexOf(PEOPLE, ENTRIES).toEntry('e0', entry(0)));
  });

  it('give an entry written or a person renamed as a fresh index gives it', () => {
    const index = indexOf(PEOPLE, ENTRIES);
    index.list(undefined);
    index.putEntry('e4', entry(4, 'edited'));
    const renamed = [person('ana', 'Anna', 'partner'), PEOPLE[1]!];
    index.putPerson(renamed[0]!);
    const after = ENTRIES.map(([id, data]): [string, StoredEntry] => [id, id === 'e4' ? entry(4, 'edited') : data]);
    expect(index.list(undefined)).toEqual(indexOf(renamed, after).list(undefined));
    expect(index.list({ search: 'edited' }).entries.map((e) => e.id)).toEqual(['e4']);
  });

  it('leave toEntry a fresh copy the caller may change', () => {
    const index = indexOf(PEOPLE, ENTRIES);
    const listed = index.list({ search: 'entry 3', limit: 1 }).entries[0]!;
    const copy = index.toEntry('e3', index.storedEntry('e3')!);
    expect(Object.isFrozen(copy)).toBe(false);
    copy.interactions[0]!.kinds.push('emotional');
    copy.tags.push('mine');
    expect(listed.interactions[0]!.kinds).toEqual([]);
    expect(listed.tags).toEqual([]);
    expect(index.toEntry('e3', index.storedEntry('e3')!)).toEqual(listed);
  });
});

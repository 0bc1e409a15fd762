// Small constructors for hand-written journals: only the fields a test cares about are spelled out.
import type { Entry, Interaction, Person, Relationship } from '../../../shared/domain';

let nextId = 0;

/** `null` for a mood or support that was not recorded: the entry then has no such field at all. */
export function entry(occurredAt: string, mood: number | null, support: number | null, extra: Partial<Omit<Entry, 'occurredAt' | 'mood' | 'support'>> = {}): Entry {
  nextId += 1;
  const e: Entry = {
    id: `entry-${String(nextId).padStart(6, '0')}`,
    occurredAt,
    note: '',
    tags: [],
    interactions: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
  if (mood !== null) e.mood = mood;
  if (support !== null) e.support = support;
  return e;
}

export function withStress(e: Entry, stress: number): Entry {
  return { ...e, stress };
}

export function interaction(personId: string, extra: Partial<Omit<Interaction, 'personId'>> = {}): Interaction {
  return {
    personId,
    person: `Name of ${personId}`,
    relationship: 'friend',
    kinds: [],
    direction: 'received',
    felt: 0,
    cost: 0,
    channel: 'in-person',
    askedForHelp: false,
    ...extra,
  };
}

export function person(id: string, name: string, relationship: Relationship = 'friend'): Person {
  return { id, name, relationship, aliases: [], archived: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
}

/** One entry per day at noon UTC from `firstDate`, with the given supports and moods (null: not recorded). */
export function dailyEntries(firstDate: string, support: readonly (number | null)[], mood: readonly (number | null)[]): Entry[] {
  const start = Date.parse(`${firstDate}T12:00:00Z`);
  return support.map((s, i) => entry(`${new Date(start + i * 86_400_000).toISOString().slice(0, 10)}T12:00:00Z`, mood[i]!, s));
}

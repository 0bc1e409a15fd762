// Entries and people as the CLI prints them in JSON: a value that was not recorded is an explicit
// null, so a script reading the output sees "not recorded" rather than a key it has to know might be
// missing.
import type { Channel, Direction, Entry, Interaction, PersonSummary, Relationship } from '../../shared/domain';

export type InteractionJson = Omit<Interaction, 'relationship' | 'direction' | 'felt' | 'cost' | 'channel' | 'askedForHelp'> & {
  relationship: Relationship | null;
  direction: Direction | null;
  felt: number | null;
  cost: number | null;
  channel: Channel | null;
  askedForHelp: boolean | null;
};

export type EntryJson = Omit<Entry, 'mood' | 'support' | 'stress' | 'interactions'> & {
  mood: number | null;
  support: number | null;
  stress: number | null;
  interactions: InteractionJson[];
};

export function entryJson(entry: Entry): EntryJson {
  return {
    ...entry,
    mood: entry.mood ?? null,
    support: entry.support ?? null,
    stress: entry.stress ?? null,
    interactions: entry.interactions.map((i) => ({
      ...i,
      relationship: i.relationship ?? null,
      direction: i.direction ?? null,
      felt: i.felt ?? null,
      cost: i.cost ?? null,
      channel: i.channel ?? null,
      askedForHelp: i.askedForHelp ?? null,
    })),
  };
}

export type PersonJson = Omit<PersonSummary, 'relationship'> & { relationship: Relationship | null };

export function personJson(person: PersonSummary): PersonJson {
  return { ...person, relationship: person.relationship ?? null };
}

// Pure helpers for the People screens: labels, dates, sorting and the per-person summary.
import { formatDate } from '../ui/date-locale';
import {
  DIRECTIONS,
  SUPPORT_KINDS,
  type Direction,
  type Entry,
  type Interaction,
  type PersonSummary,
  type SupportKind,
} from '../../../shared/domain';

export const DIRECTION_LABELS: Record<Direction, string> = {
  received: 'You received support',
  gave: 'You gave support',
  both: 'Both ways',
};

// occurredAt is shown as recorded: its wall-clock time, under the offset it carries.
export function formatDay(occurredAt: string): string {
  return formatDate(occurredAt, 'date');
}

export function formatDayTime(occurredAt: string): string {
  return formatDate(occurredAt, 'dateTime');
}

/** A signed number with one decimal: +1.2, 0.0, -0.5. */
export function signed(v: number): string {
  const text = v.toFixed(1);
  if (text === '-0.0' || text === '0.0') return '0.0';
  return v > 0 ? `+${text}` : text;
}

export function signedInt(v: number): string {
  return v > 0 ? `+${v}` : String(v);
}

export interface PersonStats {
  count: number;
  kinds: Record<SupportKind, number>;
  directions: Record<Direction, number>;
  /** Interactions whose direction was not recorded. */
  directionNotRecorded: number;
  /** Simple means over the interactions that have the value, or null when none has. */
  averageFelt: number | null;
  averageCost: number | null;
  /** The interactions behind each mean. */
  feltCount: number;
  costCount: number;
}

/** One interaction with this person, with the entry it belongs to. */
export interface PersonInteraction {
  entry: Entry;
  interaction: Interaction;
  /** Position of the interaction within its entry, for a stable key. */
  index: number;
}

/** The interactions with one person, in the entries' order (the service lists newest first). */
export function interactionsWith(personId: string, entries: Entry[]): PersonInteraction[] {
  const out: PersonInteraction[] = [];
  for (const entry of entries) {
    entry.interactions.forEach((interaction, index) => {
      if (interaction.personId === personId) out.push({ entry, interaction, index });
    });
  }
  return out;
}

export function summarize(interactions: Interaction[]): PersonStats {
  const kinds = Object.fromEntries(SUPPORT_KINDS.map((k) => [k, 0])) as Record<SupportKind, number>;
  const directions = Object.fromEntries(DIRECTIONS.map((d) => [d, 0])) as Record<Direction, number>;
  let directionNotRecorded = 0;
  let felt = 0;
  let feltCount = 0;
  let cost = 0;
  let costCount = 0;
  for (const i of interactions) {
    for (const k of i.kinds) kinds[k] += 1;
    if (i.direction === undefined) directionNotRecorded += 1;
    else directions[i.direction] += 1;
    if (i.felt !== undefined) {
      felt += i.felt;
      feltCount += 1;
    }
    if (i.cost !== undefined) {
      cost += i.cost;
      costCount += 1;
    }
  }
  return {
    count: interactions.length,
    kinds,
    directions,
    directionNotRecorded,
    averageFelt: feltCount === 0 ? null : felt / feltCount,
    averageCost: costCount === 0 ? null : cost / costCount,
    feltCount,
    costCount,
  };
}

export type SortKey = 'name' | 'lastContact' | 'interactions';
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

/** The direction a column sorts in when first chosen: names A to Z, the rest most first. */
export const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  name: 'ascending',
  lastContact: 'descending',
  interactions: 'descending',
};

function byName(a: PersonSummary, b: PersonSummary): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
}

function instant(s: string | null): number {
  return s === null ? Number.NEGATIVE_INFINITY : Date.parse(s);
}

export function sortPeople(people: PersonSummary[], sort: Sort): PersonSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: PersonSummary, b: PersonSummary): number => {
    switch (sort.key) {
      case 'name':
        return sign * byName(a, b);
      case 'lastContact':
        return sign * (instant(a.lastContact) - instant(b.lastContact)) || byName(a, b);
      case 'interactions':
        return sign * (a.interactionCount - b.interactionCount) || byName(a, b);
    }
  };
  return [...people].sort((a, b) => {
    // Infinity - Infinity is NaN: two people never contacted tie.
    const c = compare(a, b);
    return Number.isNaN(c) ? byName(a, b) : c;
  });
}

const NOTE_START_CHARS = 100;

export function noteStart(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  return flat.length > NOTE_START_CHARS ? `${flat.slice(0, NOTE_START_CHARS)}…` : flat;
}

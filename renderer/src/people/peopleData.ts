// Pure helpers for the People screens: labels, dates, sorting and the interactions with one person.
import { excerpt, signed as signedFigure } from '../../../shared/format';
import { formatDate } from '../ui/date-locale';
import type { Direction, Entry, Interaction, PersonSummary } from '../../../shared/domain';

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
  return signedFigure(v, 1);
}

/** A whole felt value: +2, 0, -1. */
export function signedInt(v: number): string {
  return signedFigure(v, 0);
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
  return excerpt(note, NOTE_START_CHARS);
}

// The day is the unit of every analysis: the calendar date of occurredAt in its own offset, so an
// entry written at 23:30 belongs to that evening wherever UTC says it is.
import type { Entry } from '../../shared/domain';
import type { KindCounts } from '../../shared/insights';
import { dayNumber } from './dates';
import { addKinds, emptyKindCounts } from './kinds';

export interface DayGroup {
  date: string;
  /** Days since 1970-01-01. */
  day: number;
  entries: Entry[];
  /** Means over the day's entries that have the value; null when none has (not recorded is not 0). */
  mood: number | null;
  support: number | null;
  /** Mean over the day's entries that have stress; null when none has. */
  stress: number | null;
  interactions: number;
  /** Interactions that include each kind. */
  kinds: KindCounts;
  /** Distinct ids of the people in the day's interactions. */
  personIds: string[];
}

export function dateOf(entry: Entry): string {
  return entry.occurredAt.slice(0, 10);
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** YYYYMMDD as a number: orders like the date, and a number key hashes faster than a fresh substring. */
function dateKey(occurredAt: string): number {
  const year = ((digit(occurredAt, 0) * 10 + digit(occurredAt, 1)) * 10 + digit(occurredAt, 2)) * 10 + digit(occurredAt, 3);
  return (year * 100 + digit(occurredAt, 5) * 10 + digit(occurredAt, 6)) * 100 + digit(occurredAt, 8) * 10 + digit(occurredAt, 9);
}

/**
 * Everything later passes need from the interactions is tallied here, while the day's entries are
 * in cache: walking 11,000 entries in date order (scattered in memory) costs more than the sums.
 */
function summarise(entries: Entry[]): DayGroup {
  const date = dateOf(entries[0]!);
  let mood = 0;
  let moodCount = 0;
  let support = 0;
  let supportCount = 0;
  let stress = 0;
  let stressCount = 0;
  let interactions = 0;
  const kinds = emptyKindCounts();
  const personIds: string[] = [];
  for (const e of entries) {
    if (e.mood !== undefined) {
      mood += e.mood;
      moodCount += 1;
    }
    if (e.support !== undefined) {
      support += e.support;
      supportCount += 1;
    }
    if (e.stress !== undefined) {
      stress += e.stress;
      stressCount += 1;
    }
    for (const i of e.interactions) {
      interactions += 1;
      addKinds(kinds, i);
      if (!personIds.includes(i.personId)) personIds.push(i.personId);
    }
  }
  return {
    date,
    day: dayNumber(date),
    entries,
    mood: moodCount === 0 ? null : mood / moodCount,
    support: supportCount === 0 ? null : support / supportCount,
    stress: stressCount === 0 ? null : stress / stressCount,
    interactions,
    kinds,
    personIds,
  };
}

/**
 * The grouping of an entries array, remembered while that array lives. The service hands the same
 * read-only array to every call until the journal changes, so switching the Insights range does
 * not group 11,000 entries again. Callers must not mutate the array or the groups.
 */
const grouped = new WeakMap<readonly Entry[], readonly DayGroup[]>();

export function groupByDayMemo(entries: readonly Entry[]): readonly DayGroup[] {
  let days = grouped.get(entries);
  if (!days) {
    days = groupByDay(entries);
    grouped.set(entries, days);
  }
  return days;
}

/** Entries grouped by local date, oldest day first; days without entries do not exist here. */
export function groupByDay(entries: readonly Entry[]): DayGroup[] {
  const byDate = new Map<number, Entry[]>();
  for (const e of entries) {
    const key = dateKey(e.occurredAt);
    const list = byDate.get(key);
    if (list) list.push(e);
    else byDate.set(key, [e]);
  }
  return [...byDate.keys()].sort((a, b) => a - b).map((key) => summarise(byDate.get(key)!));
}

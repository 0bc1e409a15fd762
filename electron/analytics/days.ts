// The day is the unit of every analysis: the calendar date of occurredAt in its own offset, so an
// entry written at 23:30 belongs to that evening wherever UTC says it is.
import type { Entry } from '../../shared/domain';
import { summariseDay, type DayEntry, type DaySummary } from './day-summary';

/** A day with entries and its sums (day-summary.ts): the analytics read these, never the entries' interactions. */
export type DayGroup = DaySummary;

export function dateOf(entry: Pick<Entry, 'occurredAt'>): string {
  return entry.occurredAt.slice(0, 10);
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** YYYYMMDD as a number: orders like the date, and a number key hashes faster than a fresh substring. */
export function dateKey(occurredAt: string): number {
  const year = ((digit(occurredAt, 0) * 10 + digit(occurredAt, 1)) * 10 + digit(occurredAt, 2)) * 10 + digit(occurredAt, 3);
  return (year * 100 + digit(occurredAt, 5) * 10 + digit(occurredAt, 6)) * 100 + digit(occurredAt, 8) * 10 + digit(occurredAt, 9);
}

/**
 * The grouping of an entries array, remembered while that array lives. Callers hand the same
 * read-only array to every call until it changes, so switching the Insights range does not group
 * the entries again. Callers must not mutate the array or the groups.
 */
const grouped = new WeakMap<readonly DayEntry[], readonly DayGroup[]>();

export function groupByDayMemo(entries: readonly DayEntry[]): readonly DayGroup[] {
  let days = grouped.get(entries);
  if (!days) {
    days = groupByDay(entries);
    grouped.set(entries, days);
  }
  return days;
}

/** Entries grouped by local date, oldest day first; days without entries do not exist here. */
export function groupByDay(entries: readonly DayEntry[]): DayGroup[] {
  const byDate = new Map<number, DayEntry[]>();
  for (const e of entries) {
    const key = dateKey(e.occurredAt);
    const list = byDate.get(key);
    if (list) list.push(e);
    else byDate.set(key, [e]);
  }
  return [...byDate.keys()].sort((a, b) => a - b).map((key) => summariseDay(byDate.get(key)!));
}

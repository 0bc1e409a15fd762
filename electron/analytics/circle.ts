// How wide the circle is: distinct people per week, and how long since anyone was logged.
import { QUIET_AFTER_DAYS, type Circle, type CircleWeek } from '../../shared/insights';
import { bucketSpans } from './buckets';
import { formatDate } from './dates';
import type { DayGroup } from './days';

/** Distinct people per week over [fromDay, toDay]; `days` must lie in that range. */
export function circleWeeks(days: readonly DayGroup[], fromDay: number, toDay: number, weekStartsOn: 0 | 1): CircleWeek[] {
  let next = 0;
  return bucketSpans(fromDay, toDay, 'week', weekStartsOn).map(({ start, end }) => {
    const people = new Set<string>();
    for (; next < days.length && days[next]!.day <= end; next++) for (const id of days[next]!.personIds) people.add(id);
    return { start: formatDate(start), people: people.size };
  });
}

/** Whole days from the latest day with an interaction, on or before today, to today; `allDays` in order. */
export function daysSinceLastInteraction(allDays: readonly DayGroup[], today: number): number | null {
  for (let k = allDays.length - 1; k >= 0; k--) {
    const d = allDays[k]!;
    if (d.day <= today && d.interactions > 0) return today - d.day;
  }
  return null;
}

/** `days` is the range's, `allDays` the whole journal's (for the days since the last interaction). */
export function circle(days: readonly DayGroup[], fromDay: number, toDay: number, weekStartsOn: 0 | 1, allDays: readonly DayGroup[], today: number): Circle {
  const people = new Set<string>();
  for (const d of days) for (const id of d.personIds) people.add(id);
  const since = daysSinceLastInteraction(allDays, today);
  return {
    weeks: toDay >= fromDay ? circleWeeks(days, fromDay, toDay, weekStartsOn) : [],
    people: people.size,
    daysSinceLastInteraction: since,
    quiet: since !== null && since >= QUIET_AFTER_DAYS,
  };
}

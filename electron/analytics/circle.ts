// How wide the circle is: distinct people per week, and how long since anyone was logged.
import { QUIET_AFTER_DAYS, type Circle, type CircleWeek } from '../../shared/insights';
import { bucketSpans } from './buckets';
import { formatDate } from './dates';
import { personNumberCount } from './day-summary';
import type { DayGroup } from './days';

/**
 * Distinct people per week over [fromDay, toDay], and in the whole range; `days` must lie in that
 * range. One pass: each person (by number) remembers the last week they were counted in, so a week
 * costs its days' people, with no set made per week.
 */
function circleCounts(days: readonly DayGroup[], fromDay: number, toDay: number, weekStartsOn: 0 | 1): { weeks: CircleWeek[]; people: number } {
  const lastWeek = new Int32Array(personNumberCount()).fill(-1);
  let everyone = 0;
  let next = 0;
  const weeks = bucketSpans(fromDay, toDay, 'week', weekStartsOn).map(({ start, end }, week) => {
    let people = 0;
    for (; next < days.length && days[next]!.day <= end; next++) {
      for (const n of days[next]!.personNumbers) {
        if (lastWeek[n] === week) continue;
        if (lastWeek[n] === -1) everyone += 1;
        lastWeek[n] = week;
        people += 1;
      }
    }
    return { start: formatDate(start), people };
  });
  return { weeks, people: everyone };
}

/** Distinct people per week over [fromDay, toDay]; `days` must lie in that range. */
export function circleWeeks(days: readonly DayGroup[], fromDay: number, toDay: number, weekStartsOn: 0 | 1): CircleWeek[] {
  return circleCounts(days, fromDay, toDay, weekStartsOn).weeks;
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
  // An empty range has no days either: no weeks, nobody.
  const { weeks, people } = toDay >= fromDay ? circleCounts(days, fromDay, toDay, weekStartsOn) : { weeks: [], people: 0 };
  const since = daysSinceLastInteraction(allDays, today);
  return {
    weeks,
    people,
    daysSinceLastInteraction: since,
    quiet: since !== null && since >= QUIET_AFTER_DAYS,
  };
}

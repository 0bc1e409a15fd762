// Mood and support over time: the daily points with a trailing week, and calendar buckets.
import type { DailyPoint, Granularity, Series, SeriesBucket } from '../../shared/insights';
import { bucketSpans, granularityFor } from './buckets';
import { formatDate } from './dates';
import type { DayGroup } from './days';
import { countKinds } from './kinds';
import { mean, present } from './stats';

const TRAILING_DAYS = 7;

/**
 * The mean of the values days[first..last] have, added in order as mean(present(...)) adds them
 * (so the same to the last bit), without making arrays for each day's window.
 */
function windowMean(days: readonly DayGroup[], first: number, last: number, value: (d: DayGroup) => number | null): number | null {
  let total = 0;
  let count = 0;
  for (let k = first; k <= last; k++) {
    const x = value(days[k]!);
    if (x === null) continue;
    total += x;
    count += 1;
  }
  return count === 0 ? null : total / count;
}

const moodOf = (d: DayGroup) => d.mood;
const supportOf = (d: DayGroup) => d.support;

/** Each day with entries, with the mean over the days in [d - 6, d] that have the value. */
export function dailyPoints(days: readonly DayGroup[]): DailyPoint[] {
  let first = 0;
  return days.map((d, i) => {
    while (days[first]!.day <= d.day - TRAILING_DAYS) first++;
    return {
      date: d.date,
      entries: d.entries.length,
      mood: d.mood,
      support: d.support,
      stress: d.stress,
      mood7: windowMean(days, first, i, moodOf),
      support7: windowMean(days, first, i, supportOf),
    };
  });
}

/** Every bucket overlapping the range, each the mean of the daily values it has; `days` must lie in [fromDay, toDay]. */
export function seriesBuckets(days: readonly DayGroup[], fromDay: number, toDay: number, granularity: Granularity, weekStartsOn: 0 | 1): SeriesBucket[] {
  let next = 0;
  return bucketSpans(fromDay, toDay, granularity, weekStartsOn).map(({ start, end }) => {
    const inBucket: DayGroup[] = [];
    while (next < days.length && days[next]!.day <= end) inBucket.push(days[next++]!);
    return {
      start: formatDate(start),
      end: formatDate(end),
      days: inBucket.length,
      entries: inBucket.reduce((n, d) => n + d.entries.length, 0),
      mood: mean(present(inBucket.map((d) => d.mood))),
      support: mean(present(inBucket.map((d) => d.support))),
      stress: mean(present(inBucket.map((d) => d.stress))),
      kinds: countKinds(inBucket),
    };
  });
}

/** `toDay < fromDay` is an empty range: no buckets. */
export function series(days: readonly DayGroup[], fromDay: number, toDay: number, weekStartsOn: 0 | 1): Series {
  const calendarDays = Math.max(0, toDay - fromDay + 1);
  const granularity = granularityFor(calendarDays);
  return {
    granularity,
    daily: dailyPoints(days),
    buckets: calendarDays > 0 ? seriesBuckets(days, fromDay, toDay, granularity, weekStartsOn) : [],
  };
}

// The time axis of the mood chart: it spans the chosen range (not only the days with entries), and
// its labels carry the year whenever the range crosses a new year.
import type { InsightsRange } from '../../../shared/insights';
import { longDate, monthLabel, shortDate } from '../ui/format';
import { dateOfDay, dayNumber } from '../ui/range';

/** Longer than this, the ticks name months. */
const MONTH_TICKS_AFTER_DAYS = 200;

/**
 * [first, last] day number of the axis: the range's own days, widened to a bucket that starts
 * before the range (a week or month is drawn at its first day). Without a range, the data's.
 */
export function timeDomain(range: InsightsRange | null, xs: readonly number[]): [number, number] {
  const lo = Math.min(...xs, range ? dayNumber(range.from) : Infinity);
  const hi = Math.max(...xs, range ? dayNumber(range.to) : -Infinity);
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : [0, 0];
}

/** The tick label of a day number, for an axis spanning `domain`. */
export function timeTickFormatter(domain: [number, number]): (x: number) => string {
  const [lo, hi] = domain;
  if (hi - lo > MONTH_TICKS_AFTER_DAYS) return (x) => monthLabel(dateOfDay(x));
  const spansYears = dateOfDay(lo).slice(0, 4) !== dateOfDay(hi).slice(0, 4);
  return (x) => (spansYears ? longDate(dateOfDay(x)) : shortDate(dateOfDay(x)));
}

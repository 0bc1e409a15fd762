// Dates as both report formats write them: '25 Nov 2026', the same in every locale.
import type { Granularity } from '../../shared/insights';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function parts(date: string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** '2026-11-25' → '25 Nov 2026': unambiguous in every locale. */
export function formatDate(date: string): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** '2026-11-25' → 'Wed 25 Nov 2026'. A calendar date has no time zone, so UTC names its weekday. */
export function formatDay(date: string): string {
  const { year, month, day } = parts(date);
  return `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${formatDate(date)}`;
}

/**
 * The PDF timeline's labels: '3 Feb' with the year on the first label, or on every label when the
 * chart spans years (only some labels fit, so a year change could fall between two that are
 * shown); months as 'Feb 2026'.
 */
export function categoryLabels(starts: string[], granularity: Granularity): string[] {
  const years = new Set(starts.map((start) => start.slice(0, 4)));
  return starts.map((start, i) => {
    const { year, month, day } = parts(start);
    if (granularity === 'month') return `${MONTHS[month - 1]} ${year}`;
    return i === 0 || years.size > 1 ? formatDate(start) : `${day} ${MONTHS[month - 1]}`;
  });
}

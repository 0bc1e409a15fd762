// One way to show numbers and dates on the Insights screen: charts, labels and tables agree. Dates
// follow the app's date locale (app/date-locale.ts).
import { fixed, plural, signed } from '../../../shared/format';
import { MIN_CORRELATION_DAYS } from '../../../shared/insights';
import { formatDate } from './date-locale';

/** One decimal, the same rounding everywhere; '–' for a missing value. */
export function fmt1(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '–' : fixed(n);
}

/** Signed, one decimal: '+1.2', '-0.5', '0.0'. */
export function fmtSigned(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '–' : signed(n);
}

/** Rounds a chart value the way the table shows it, so a tooltip and the table never differ. */
export function round1(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10) / 10;
}

/** '5 Jan 2026' in en-GB */
export function longDate(date: string): string {
  return formatDate(date, 'date');
}

/** '5 Jan' in en-GB */
export function shortDate(date: string): string {
  return formatDate(date, 'dayMonth');
}

/** 'Jan 2026' in en-GB */
export function monthLabel(date: string): string {
  return formatDate(date, 'month');
}

export { plural };

/** The empty state of a chart that needs MIN_CORRELATION_DAYS days with entries. */
export function needDaysMessage(have: number, need = MIN_CORRELATION_DAYS): string {
  const missing = Math.max(0, need - have);
  return `Insights need at least ${need} days with entries; you have ${have}. Write on ${plural(missing, 'more day', 'more days')} to see this.`;
}

// One way to show numbers and dates on the Insights screen: charts, labels and tables agree.
import { MIN_CORRELATION_DAYS } from '../../../shared/insights';

/** One decimal, the same rounding everywhere; '–' for a missing value. */
export function fmt1(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  const s = n.toFixed(1);
  return s === '-0.0' ? '0.0' : s;
}

/** Signed, one decimal: '+1.2', '-0.5', '0.0'. */
export function fmtSigned(n: number | null | undefined): string {
  const s = fmt1(n);
  return n !== null && n !== undefined && Number(s) > 0 ? `+${s}` : s;
}

/** Rounds a chart value the way the table shows it, so a tooltip and the table never differ. */
export function round1(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10) / 10;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** '5 Jan 2026' */
export function longDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** '5 Jan' */
export function shortDate(date: string): string {
  const [, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]}`;
}

/** 'Jan 2026' */
export function monthLabel(date: string): string {
  const [y, m] = parts(date);
  return `${MONTHS[m - 1]} ${y}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The empty state of a chart that needs MIN_CORRELATION_DAYS days with entries. */
export function needDaysMessage(have: number, need = MIN_CORRELATION_DAYS): string {
  const missing = Math.max(0, need - have);
  return `Insights need at least ${need} days with entries; you have ${have}. Write on ${plural(missing, 'more day', 'more days')} to see this.`;
}

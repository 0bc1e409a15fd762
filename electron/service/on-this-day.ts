// Which earlier days "on this day" looks at: pure calendar arithmetic on local dates.
//
// One month (or year) back is the same day of the month. Shorter months are the hard part, and the
// rule is that every day is remembered exactly once:
// - when the earlier month has no such day (31 May → April; 29 Feb → a common year), nothing: that
//   month's last day was already remembered the day before;
// - on the last day of a month, the earlier month's remaining days come along (30 Apr → 30 and 31
//   Mar; 28 Feb 2027 → 28 and 29 Feb 2026).

export interface DayRange {
  /** Inclusive 'YYYY-MM-DD'. */
  from: string;
  to: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
/** Days in month m (1-12) of year y. */
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The days `back` before `today` ('YYYY-MM-DD') that are remembered on it, or null. */
export function daysBack(today: string, back: 'month' | 'year'): DayRange | null {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const [py, pm] = back === 'year' ? [y - 1, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
  const earlierLength = daysIn(py, pm);
  if (d > earlierLength) return null;
  const to = d === daysIn(y, m) ? earlierLength : d;
  return { from: iso(py, pm, d), to: iso(py, pm, to) };
}

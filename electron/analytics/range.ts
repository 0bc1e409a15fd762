// Which days an analysis covers: [from, to] inclusive by local date, with open ends resolved.
import type { InsightsRange } from '../../shared/insights';
import { dayNumber, parseDate } from './dates';
import type { DayGroup } from './days';

export interface Selection {
  days: DayGroup[];
  range: InsightsRange | null;
  /** Day numbers of range.from and range.to; toDay < fromDay when range is null. */
  fromDay: number;
  toDay: number;
}

/** Filters first, then resolves: no `to` means today, no `from` means the first day with entries left. */
export function selectDays(allDays: readonly DayGroup[], options: { from?: string; to?: string; today: string }): Selection {
  const to = options.to ?? options.today;
  const toDay = parseDate(to);
  const minDay = options.from === undefined ? Number.NEGATIVE_INFINITY : parseDate(options.from);
  const days = allDays.filter((d) => d.day >= minDay && d.day <= toDay);
  const from = options.from ?? days[0]?.date;
  if (from === undefined || from > to) return { days: [], range: null, fromDay: 0, toDay: -1 };
  const fromDay = dayNumber(from);
  return { days, range: { from, to, calendarDays: toDay - fromDay + 1 }, fromDay, toDay };
}

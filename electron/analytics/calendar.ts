// A year in pixels: every day of the range, with its values or null (no entries, or none with that value).
import type { CalendarDay } from '../../shared/insights';
import { formatDate } from './dates';
import type { DayGroup } from './days';

/** `days` must lie in [fromDay, toDay] and be in order. */
export function calendar(days: readonly DayGroup[], fromDay: number, toDay: number): CalendarDay[] {
  const out: CalendarDay[] = [];
  let next = 0;
  for (let day = fromDay; day <= toDay; day++) {
    const d = days[next]?.day === day ? days[next++] : undefined;
    out.push(d ? { date: d.date, entries: d.entries.length, mood: d.mood, support: d.support } : { date: formatDate(day), entries: 0, mood: null, support: null });
  }
  return out;
}

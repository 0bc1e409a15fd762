// Felt support week by week beside the days help was received, and the days that did not match
// (helped but felt alone, felt supported without help), so the person can open them.
import type { HelpOverTime, HelpWeek, MismatchedDay } from '../../shared/insights';
import { bucketSpans } from './buckets';
import { formatDate } from './dates';
import type { DayEntry } from './day-summary';
import type { DayGroup } from './days';
import { helpOn, mismatchOf } from './perceived';
import { mean, present } from './stats';

/** The journal's chronological order: instant, then createdAt, then id. */
function oldestFirst(a: DayEntry, b: DayEntry): number {
  return Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** `days` must lie in [fromDay, toDay] and be in order; `toDay < fromDay` is an empty range. */
export function helpOverTime(days: readonly DayGroup[], fromDay: number, toDay: number, weekStartsOn: 0 | 1): HelpOverTime {
  const mismatched: MismatchedDay[] = [];
  for (const d of days) {
    const help = d.support === null ? null : helpOn(d);
    if (help === null) continue;
    const kind = mismatchOf(help, d.support!);
    if (kind === null) continue;
    const entries = [...d.entries].sort(oldestFirst).map((e) => ({ id: e.id, occurredAt: e.occurredAt }));
    mismatched.push({ date: d.date, kind, support: d.support!, entries });
  }
  let next = 0;
  const weeks: HelpWeek[] =
    toDay < fromDay
      ? []
      : bucketSpans(fromDay, toDay, 'week', weekStartsOn).map(({ start, end }) => {
          const inWeek: DayGroup[] = [];
          while (next < days.length && days[next]!.day <= end) inWeek.push(days[next++]!);
          const support = present(inWeek.map((d) => d.support));
          return {
            start: formatDate(start),
            end: formatDate(end),
            support: mean(support),
            supportDays: support.length,
            daysWithHelp: inWeek.filter((d) => helpOn(d) === true).length,
          };
        });
  return { weeks, mismatched };
}

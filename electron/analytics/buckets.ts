// Calendar buckets for charts: days, weeks or months, chosen by how long the range is.
import { DAY_BUCKETS_UP_TO, WEEK_BUCKETS_UP_TO, type Granularity } from '../../shared/insights';
import { startOfMonth, startOfNextMonth, startOfWeek } from './dates';

export function granularityFor(calendarDays: number): Granularity {
  if (calendarDays <= DAY_BUCKETS_UP_TO) return 'day';
  if (calendarDays <= WEEK_BUCKETS_UP_TO) return 'week';
  return 'month';
}

export function bucketStart(day: number, granularity: Granularity, weekStartsOn: 0 | 1): number {
  if (granularity === 'day') return day;
  if (granularity === 'week') return startOfWeek(day, weekStartsOn);
  return startOfMonth(day);
}

export function nextBucketStart(start: number, granularity: Granularity): number {
  if (granularity === 'day') return start + 1;
  if (granularity === 'week') return start + 7;
  return startOfNextMonth(start);
}

export interface BucketSpan {
  /** First and last day of the whole bucket, as day numbers. */
  start: number;
  end: number;
}

/** Every bucket that overlaps [fromDay, toDay], in order. */
export function bucketSpans(fromDay: number, toDay: number, granularity: Granularity, weekStartsOn: 0 | 1): BucketSpan[] {
  const spans: BucketSpan[] = [];
  for (let start = bucketStart(fromDay, granularity, weekStartsOn); start <= toDay; ) {
    const next = nextBucketStart(start, granularity);
    spans.push({ start, end: next - 1 });
    start = next;
  }
  return spans;
}

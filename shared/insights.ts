// What Hearth's Insights compute from the journal: the result of computeInsights, shared by the
// renderer's charts, the CLI (`hearth stats --json`) and the therapy report. Plain data: every
// number is finite or null, so it survives JSON unchanged. Dates are 'YYYY-MM-DD' local calendar
// dates: the date part of an entry's occurredAt, in the offset it was written in.
import type { Relationship, SupportKind } from './domain';

/** Fewer days (or day pairs) than this and a correlation is not reported. */
export const MIN_CORRELATION_DAYS = 10;
/** A day whose mean stress is at least this is a stress day. */
export const STRESS_DAY_THRESHOLD = 7;
/** A received interaction felt at least this good counts as support on a stress day. */
export const SUPPORTIVE_FELT = 1;
/** This many days or more without a logged interaction raises the quiet flag. */
export const QUIET_AFTER_DAYS = 7;
/** Ranges up to this many calendar days are bucketed by day, up to WEEK_BUCKETS_UP_TO by week, longer by month. */
export const DAY_BUCKETS_UP_TO = 90;
export const WEEK_BUCKETS_UP_TO = 730;

export interface InsightsOptions {
  /** First day (inclusive); default: the first day with entries. */
  from?: string;
  /** Last day (inclusive); default: today. */
  to?: string;
  /** The person's local date today. */
  today: string;
  /** 0 = Sunday, 1 = Monday (default). */
  weekStartsOn?: 0 | 1;
}

export type Granularity = 'day' | 'week' | 'month';

export type KindCounts = Record<SupportKind, number>;

export interface InsightsRange {
  from: string;
  to: string;
  /** Calendar days in [from, to], with or without entries. */
  calendarDays: number;
}

export type CorrelationReason =
  /** Fewer than MIN_CORRELATION_DAYS days (or pairs); see `needed`. */
  | 'not-enough-data'
  /** Enough days, but one variable never changes, so no correlation exists. */
  | 'support-constant'
  | 'mood-constant'
  | 'both-constant';

export interface Correlation {
  enough: boolean;
  /** Days (same-day) or consecutive-day pairs (next-day) used. */
  n: number;
  /** How many more days or pairs are needed before numbers are shown; 0 when enough. */
  needed: number;
  pearson: number | null;
  /** Pearson correlation of average ranks (ties share the mean of their ranks). */
  spearman: number | null;
  /** 95% interval for the Pearson r (Fisher z). */
  ciLow: number | null;
  ciHigh: number | null;
  reason: CorrelationReason | null;
}

export interface DailyPoint {
  date: string;
  entries: number;
  /** Means of the day's entries. */
  mood: number;
  support: number;
  /** Mean of the day's entries that have a stress value; null when none has. */
  stress: number | null;
  /** Mean of the daily values over the days with entries among the seven days ending on this one. */
  mood7: number;
  support7: number;
}

export interface SeriesBucket {
  /** First and last calendar day of the bucket (a whole week or month, even where the range cuts it). */
  start: string;
  end: string;
  /** Days with entries in the bucket (within the range). */
  days: number;
  entries: number;
  /** Means of the bucket's daily values; null when the bucket has no days. */
  mood: number | null;
  support: number | null;
  /** Mean over the bucket's days that have stress; null when none has. */
  stress: number | null;
  /** Interactions that include each kind. */
  kinds: KindCounts;
}

export interface Series {
  granularity: Granularity;
  /** One point per day with entries; days without entries are absent, never interpolated. */
  daily: DailyPoint[];
  /** Every bucket that overlaps the range, in order, empty ones included. */
  buckets: SeriesBucket[];
}

export interface PersonInsight {
  personId: string;
  name: string;
  relationship: Relationship;
  interactions: number;
  kinds: KindCounts;
  meanFelt: number;
  meanCost: number;
  received: number;
  gave: number;
  both: number;
  /** occurredAt of the latest interaction in the range. */
  lastContact: string;
  /** Mean daily mood over the days with at least one interaction with this person, and over the other days with entries. */
  moodWith: number | null;
  moodWithout: number | null;
  daysWith: number;
  daysWithout: number;
}

export interface StressInsight {
  /** Mean of the daily stress means, over the days that have stress; null when none has. */
  mean: number | null;
  /** Days with at least one stress value. */
  days: number;
  /** Over stress days: mean daily mood on days with a received (or mutual) interaction felt ≥ SUPPORTIVE_FELT, and on the others. */
  moodSupported: number | null;
  daysSupported: number;
  moodUnsupported: number | null;
  daysUnsupported: number;
}

export interface CircleWeek {
  start: string;
  /** Distinct people with an interaction in the week (within the range). */
  people: number;
}

export interface Circle {
  weeks: CircleWeek[];
  /** Distinct people over the whole range. */
  people: number;
  /**
   * Days from today back to the day of the latest interaction on or before today, over the whole
   * journal (not only the range: it describes now); null when none was ever logged.
   */
  daysSinceLastInteraction: number | null;
  /** daysSinceLastInteraction ≥ QUIET_AFTER_DAYS. */
  quiet: boolean;
}

export interface CalendarDay {
  date: string;
  entries: number;
  mood: number | null;
  support: number | null;
}

export interface Insights {
  /** null when there is nothing to cover: no entries and no `from`, or `from` after `to`. */
  range: InsightsRange | null;
  weekStartsOn: 0 | 1;
  /** Days with entries. */
  days: number;
  entries: number;
  interactions: number;
  /** Means of the daily means. */
  mood: { mean: number | null };
  support: { mean: number | null };
  /** Daily support against daily mood on the same day. */
  correlation: Correlation;
  /** Support on day d against mood on day d + 1, over consecutive days that both have entries. */
  nextDay: Correlation;
  kinds: KindCounts;
  /** People with at least one interaction in the range: most interactions first. */
  people: PersonInsight[];
  stress: StressInsight;
  series: Series;
  circle: Circle;
  /** Every day of the range, for a year-in-pixels view. */
  calendar: CalendarDay[];
}

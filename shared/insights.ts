// What Hearth's Insights compute from the journal: the result of computeInsights, shared by the
// renderer's charts, the CLI (`hearth stats --json`) and the therapy report. Plain data: every
// number is finite or null, so it survives JSON unchanged. Dates are 'YYYY-MM-DD' local calendar
// dates: the date part of an entry's occurredAt, in the offset it was written in.
//
// Not recorded is not zero. An entry may lack a mood or a felt-support value (imported from a
// journal that has none), and nothing here invents one:
// - a day's mood is the mean over that day's entries that have a mood; a day with entries but no
//   mood has mood null (likewise support, and stress as before);
// - every later figure takes the daily values that exist: trailing and bucket means, range means,
//   mood with and without a person, mood on stress days, each over the days that have the value,
//   and null when none has; the day counts beside a mood mean count exactly those days;
// - a correlation uses only the days (or consecutive-day pairs) that have both values;
// - an interaction's felt, cost and direction may be not recorded too: each per-person figure is
//   over the interactions that have the value, with its count beside it.
import type { Channel, Relationship, SupportKind } from './domain';

/** Fewer days (or day pairs) than this and a correlation is not reported. */
export const MIN_CORRELATION_DAYS = 10;
/** A comparison of two groups of days needs at least this many days in each. */
export const MIN_GROUP_DAYS = 5;
/** A day whose mean stress is at least this is a stress day. */
export const STRESS_DAY_THRESHOLD = 7;
/** A received interaction felt at least this good counts as support on a stress day. */
export const SUPPORTIVE_FELT = 1;
/** This many days or more without a logged interaction raises the quiet flag. */
export const QUIET_AFTER_DAYS = 7;
/** Ranges up to this many calendar days are bucketed by day, up to WEEK_BUCKETS_UP_TO by week, longer by month. */
export const DAY_BUCKETS_UP_TO = 90;
export const WEEK_BUCKETS_UP_TO = 730;
/** A day with help received and felt support at most this is "helped, but felt alone". */
export const HELPED_BUT_LOW_AT_MOST = 3;
/** A day without help and felt support at least this is "felt supported without help". */
export const SUPPORTED_WITHOUT_HELP_FROM = 7;
/** An interaction that cost at least this much counts as costly for a mixed tie. */
export const COSTLY_FROM = 2;
/** A tie is mixed with at least this many nourishing and this many draining-or-costly interactions. */
export const MIXED_AT_LEAST = 2;

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

/**
 * How far a figure may be put into words (DESIGN.md, "One statistics rule everywhere"):
 * - 'tendency': enough days or pairs, and the 95% interval excludes zero;
 * - 'no-clear-pattern': enough days or pairs, but the interval includes zero (or a value never varied);
 * - 'not-enough-days': fewer than MIN_CORRELATION_DAYS pairs, or MIN_GROUP_DAYS days in a group.
 */
export type ClaimVerdict = 'tendency' | 'no-clear-pattern' | 'not-enough-days';

/** One group's mean minus another's, with the 95% Welch t interval of the difference. */
export interface MeanDifference {
  verdict: ClaimVerdict;
  /** null when either group has fewer than MIN_GROUP_DAYS days. */
  difference: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/** How the interactions with someone felt, counted; interactions without a felt value count in none. */
export interface FeltSpread {
  /** felt > 0 */
  nourishing: number;
  /** felt = 0 */
  neutral: number;
  /** felt < 0 */
  draining: number;
}

export interface Correlation {
  verdict: ClaimVerdict;
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
  /** Means over the day's entries that have the value; null when none has. */
  mood: number | null;
  support: number | null;
  /** Mean of the day's entries that have a stress value; null when none has. */
  stress: number | null;
  /** Mean of the daily values among the seven days ending on this one; null when none of them has one. */
  mood7: number | null;
  support7: number | null;
}

export interface SeriesBucket {
  /** First and last calendar day of the bucket (a whole week or month, even where the range cuts it). */
  start: string;
  end: string;
  /** Days with entries in the bucket (within the range). */
  days: number;
  entries: number;
  /** Means of the bucket's daily values; null when no day in the bucket has one. */
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
  /** null when the person's relationship was not recorded. */
  relationship: Relationship | null;
  interactions: number;
  kinds: KindCounts;
  /** Means over the interactions that have the value; null when none has. */
  meanFelt: number | null;
  /** The interactions behind meanFelt (those with felt recorded). */
  feltInteractions: number;
  meanCost: number | null;
  costInteractions: number;
  /** Interactions by recorded direction; those without one count in none (see `interactions`). */
  received: number;
  gave: number;
  both: number;
  /** occurredAt of the latest interaction in the range. */
  lastContact: string;
  /**
   * Mean daily mood over the days that have a mood and at least one interaction with this person,
   * and over the other days that have a mood; null when there are no such days.
   */
  moodWith: number | null;
  moodWithout: number | null;
  /** The days behind moodWith and moodWithout: a day without a mood counts in neither. */
  daysWith: number;
  daysWithout: number;
  /** moodWith − moodWithout, and whether it may be described. */
  moodDifference: MeanDifference;
  /** Over the same interactions as meanFelt: its three counts add up to feltInteractions. */
  feltSpread: FeltSpread;
  /**
   * At least MIXED_AT_LEAST interactions felt nourishing and at least MIXED_AT_LEAST were draining
   * (felt < 0) or costly (cost ≥ COSTLY_FROM); one interaction may be both nourishing and costly.
   */
  mixed: boolean;
}

/**
 * Felt support (the day's 0–10) on days with help received and without, over the days where felt
 * support was recorded. A day has help when at least one interaction went `received` or `both`;
 * it has none when it has no interaction or every interaction is recorded as `gave`.
 */
export interface PerceivedVsReceived {
  daysWithHelp: number;
  /** Mean felt support on those days; null when there are none. */
  feltWithHelp: number | null;
  daysWithoutHelp: number;
  feltWithoutHelp: number | null;
  /** Days with help and felt support ≤ HELPED_BUT_LOW_AT_MOST. */
  helpedButLow: number;
  /** Days without help and felt support ≥ SUPPORTED_WITHOUT_HELP_FROM. */
  supportedWithoutHelp: number;
  /**
   * Days with felt support left out of both groups: no interaction is recorded as received and one
   * lacks its direction, so whether help came is not known.
   */
  daysHelpNotRecorded: number;
  /** feltWithHelp − feltWithoutHelp, and whether it may be described. */
  difference: MeanDifference;
}

export type MismatchKind = 'helped-but-low' | 'supported-without-help';

/** A day where being helped and feeling supported did not go together. */
export interface MismatchedDay {
  date: string;
  kind: MismatchKind;
  /** The day's felt support (mean of its entries that have one). */
  support: number;
  /** The day's entries, oldest first, so the person can open them. */
  entries: { id: string; occurredAt: string }[];
}

export interface HelpWeek {
  /** First and last day of the whole week. */
  start: string;
  end: string;
  /** Mean felt support over the week's days that have one; null when none has. */
  support: number | null;
  supportDays: number;
  /** Days in the week (within the range) with at least one interaction received or both ways. */
  daysWithHelp: number;
}

/** Weekly felt support beside help received, and the days that did not match, oldest first. */
export interface HelpOverTime {
  weeks: HelpWeek[];
  mismatched: MismatchedDay[];
}

/** A group of interactions and how they felt: the mean over those with felt recorded. */
export interface FeltOfGroup {
  interactions: number;
  meanFelt: number | null;
  /** The interactions behind meanFelt. */
  feltInteractions: number;
}

/** Interactions where the person asked for help, and where they did not. */
export interface AskedInsight {
  asked: FeltOfGroup;
  offered: FeltOfGroup;
}

/** Every channel, those without interactions included. */
export type ChannelsInsight = Record<Channel, FeltOfGroup>;

/** Interactions over the range by recorded direction; those without one count in none. */
export interface Reciprocity {
  received: number;
  gave: number;
  both: number;
}

export interface StressInsight {
  /** Mean of the daily stress means, over the days that have stress; null when none has. */
  mean: number | null;
  /** Days with at least one stress value. */
  days: number;
  /**
   * Over stress days that have a mood: mean daily mood on days with a received (or mutual)
   * interaction felt ≥ SUPPORTIVE_FELT, and on the others; the day counts are the days behind each.
   */
  moodSupported: number | null;
  daysSupported: number;
  moodUnsupported: number | null;
  daysUnsupported: number;
  /** moodSupported − moodUnsupported, and whether it may be described. */
  moodDifference: MeanDifference;
  /**
   * Stress days with a mood left out of both groups: no interaction that day is known to be
   * support, and one lacks the direction or felt that would tell.
   */
  daysSupportNotRecorded: number;
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
  /** null on a day without entries, and on a day whose entries have no such value (tell them apart by `entries`). */
  mood: number | null;
  support: number | null;
}

export interface ScaleSummary {
  /** Mean of the daily values, over the days that have one; null when none has. */
  mean: number | null;
  /** Days with at least one entry that has the value. */
  days: number;
}

export interface Insights {
  /** null when there is nothing to cover: no entries and no `from`, or `from` after `to`. */
  range: InsightsRange | null;
  weekStartsOn: 0 | 1;
  /** Days with entries. */
  days: number;
  entries: number;
  interactions: number;
  mood: ScaleSummary;
  support: ScaleSummary;
  /** Daily support against daily mood on the same day, over the days that have both. */
  correlation: Correlation;
  /** Support on day d against mood on day d + 1, over consecutive days where d has a support and d + 1 a mood. */
  nextDay: Correlation;
  kinds: KindCounts;
  /** People with at least one interaction in the range: most interactions first. */
  people: PersonInsight[];
  stress: StressInsight;
  series: Series;
  circle: Circle;
  /** Every day of the range, for a year-in-pixels view. */
  calendar: CalendarDay[];
  perceivedVsReceived: PerceivedVsReceived;
  helpOverTime: HelpOverTime;
  asked: AskedInsight;
  channels: ChannelsInsight;
  reciprocity: Reciprocity;
}

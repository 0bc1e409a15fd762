// Does feeling supported go with a better mood, the same day and the day after?
import { MIN_CORRELATION_DAYS, type Correlation, type CorrelationReason } from '../../shared/insights';
import { relationshipVerdict } from './claims';
import type { DayGroup } from './days';
import { fisherInterval, isConstant, pearson, spearman } from './stats';

/** The correlation of paired daily values, or why there is none yet. */
export function correlate(support: readonly number[], mood: readonly number[]): Correlation {
  const n = support.length;
  const none = (reason: CorrelationReason): Correlation => ({
    verdict: relationshipVerdict(n, null, null),
    enough: reason !== 'not-enough-data',
    n,
    needed: Math.max(0, MIN_CORRELATION_DAYS - n),
    pearson: null,
    spearman: null,
    ciLow: null,
    ciHigh: null,
    reason,
  });
  if (n < MIN_CORRELATION_DAYS) return none('not-enough-data');
  const flatSupport = isConstant(support);
  const flatMood = isConstant(mood);
  if (flatSupport && flatMood) return none('both-constant');
  if (flatSupport) return none('support-constant');
  if (flatMood) return none('mood-constant');
  const r = pearson(support, mood)!;
  const { low, high } = fisherInterval(r, n);
  return { verdict: relationshipVerdict(n, low, high), enough: true, n, needed: 0, pearson: r, spearman: spearman(support, mood), ciLow: low, ciHigh: high, reason: null };
}

/** Over the days that have both values: a day with only one of them says nothing about the pair. */
export function sameDayCorrelation(days: readonly DayGroup[]): Correlation {
  const support: number[] = [];
  const mood: number[] = [];
  for (const d of days) {
    if (d.support === null || d.mood === null) continue;
    support.push(d.support);
    mood.push(d.mood);
  }
  return correlate(support, mood);
}

/** Support on day d against mood on d + 1, for each pair of consecutive calendar days where d has a support and d + 1 a mood. */
export function nextDayCorrelation(days: readonly DayGroup[]): Correlation {
  const support: number[] = [];
  const mood: number[] = [];
  for (let i = 1; i < days.length; i++) {
    const prev = days[i - 1]!;
    const day = days[i]!;
    if (day.day === prev.day + 1 && prev.support !== null && day.mood !== null) {
      support.push(prev.support);
      mood.push(day.mood);
    }
  }
  return correlate(support, mood);
}

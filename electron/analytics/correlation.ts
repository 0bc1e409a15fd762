// Does feeling supported go with a better mood, the same day and the day after?
import { MIN_CORRELATION_DAYS, type Correlation, type CorrelationReason } from '../../shared/insights';
import type { DayGroup } from './days';
import { fisherInterval, isConstant, pearson, spearman } from './stats';

/** The correlation of paired daily values, or why there is none yet. */
export function correlate(support: readonly number[], mood: readonly number[]): Correlation {
  const n = support.length;
  const none = (reason: CorrelationReason): Correlation => ({
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
  return { enough: true, n, needed: 0, pearson: r, spearman: spearman(support, mood), ciLow: low, ciHigh: high, reason: null };
}

export function sameDayCorrelation(days: readonly DayGroup[]): Correlation {
  return correlate(
    days.map((d) => d.support),
    days.map((d) => d.mood),
  );
}

/** Support on day d against mood on d + 1, for each pair of consecutive calendar days that both have entries. */
export function nextDayCorrelation(days: readonly DayGroup[]): Correlation {
  const support: number[] = [];
  const mood: number[] = [];
  for (let i = 1; i < days.length; i++) {
    const prev = days[i - 1]!;
    const day = days[i]!;
    if (day.day === prev.day + 1) {
      support.push(prev.support);
      mood.push(day.mood);
    }
  }
  return correlate(support, mood);
}

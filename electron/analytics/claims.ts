// The one statistics rule (DESIGN.md): when a relationship or a difference may be told as a
// tendency. Every surface (screen, CLI, HTML and PDF reports) reads the verdict computed here.
import { MIN_CORRELATION_DAYS, MIN_GROUP_DAYS, type ClaimVerdict, type MeanDifference } from '../../shared/insights';
import { studentTQuantile } from './student-t';

/** A correlation is a tendency only from enough pairs and when its 95% interval excludes zero. */
export function relationshipVerdict(n: number, ciLow: number | null, ciHigh: number | null): ClaimVerdict {
  if (n < MIN_CORRELATION_DAYS) return 'not-enough-days';
  if (ciLow === null || ciHigh === null) return 'no-clear-pattern';
  return ciLow > 0 || ciHigh < 0 ? 'tendency' : 'no-clear-pattern';
}

/** A group of daily values: how many, their mean, and the sum of squared deviations from the mean. */
export interface GroupSummary {
  n: number;
  mean: number;
  squares: number;
}

/** Two passes, so a constant group has exactly zero spread. */
export function summariseGroup(xs: readonly number[]): GroupSummary {
  const n = xs.length;
  let total = 0;
  for (const x of xs) total += x;
  const mean = n === 0 ? 0 : total / n;
  let squares = 0;
  for (const x of xs) squares += (x - mean) * (x - mean);
  return { n, mean, squares };
}

const NOT_ENOUGH: MeanDifference = { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null };

/**
 * a.mean − b.mean with Welch's 95% t interval: d ± t(0.975, ν) · √(s²a/na + s²b/nb), with
 * ν = (s²a/na + s²b/nb)² / ((s²a/na)²/(na − 1) + (s²b/nb)²/(nb − 1)) (Welch–Satterthwaite).
 * Welch rather than the pooled-variance t: the groups are usually of very different sizes (8 days
 * with someone, 34 without) and their spreads differ, where the pooled interval loses its coverage;
 * with equal spreads Welch costs almost nothing. The t quantile, not the normal 1.96, because a group
 * can have 5 days. Two constant groups have a zero-width interval: every day on one side differed
 * from every day on the other by exactly d.
 */
export function compareGroups(a: GroupSummary, b: GroupSummary): MeanDifference {
  if (a.n < MIN_GROUP_DAYS || b.n < MIN_GROUP_DAYS) return NOT_ENOUGH;
  const difference = a.mean - b.mean;
  const va = a.squares / (a.n - 1) / a.n;
  const vb = b.squares / (b.n - 1) / b.n;
  const se2 = va + vb;
  let half = 0;
  if (se2 > 0) {
    const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
    // Squares of crumb-sized variances can underflow; Welch's ν is never below the smaller n − 1.
    half = studentTQuantile(0.975, df > 0 ? df : Math.min(a.n, b.n) - 1) * Math.sqrt(se2);
  }
  const ciLow = difference - half;
  const ciHigh = difference + half;
  return { verdict: ciLow > 0 || ciHigh < 0 ? 'tendency' : 'no-clear-pattern', difference, ciLow, ciHigh };
}

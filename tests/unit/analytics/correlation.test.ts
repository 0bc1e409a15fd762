// Same-day and next-day correlation of daily support with daily mood, through computeInsights.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { dailyEntries, entry } from './builders';

const TODAY = '2026-04-30';

describe('same-day correlation', () => {
  it('waits for ten days and says how many more are needed', () => {
    const nine = dailyEntries('2026-03-01', [1, 2, 3, 4, 5, 6, 7, 8, 9], [2, 1, 4, 3, 6, 5, 8, 7, 10]);
    expect(computeInsights(nine, [], { today: TODAY }).correlation).toEqual({
      verdict: 'not-enough-days',
      enough: false,
      n: 9,
      needed: 1,
      pearson: null,
      spearman: null,
      ciLow: null,
      ciHigh: null,
      reason: 'not-enough-data',
    });
    expect(computeInsights(nine.slice(0, 1), [], { today: TODAY }).correlation).toMatchObject({ enough: false, n: 1, needed: 9 });
  });

  it('computes r, ρ and the Fisher interval over ten days by hand', () => {
    // support s = 1 … 10, mood m = s + e with e = +1, −1, +1, … (so m = 2, 1, 4, 3, …, 10, 9)
    // both means 5.5; ds = −4.5 … 4.5; Σds² = 2·(4.5² + 3.5² + 2.5² + 1.5² + 0.5²) = 82.5
    // Σds·e = (−4.5 + 3.5) + (−2.5 + 1.5) + (−0.5 − 0.5) + (1.5 − 2.5) + (3.5 − 4.5) = −5
    // Σds·dm = 82.5 − 5 = 77.5; Σdm² = 82.5 − 2·5 + 10 = 82.5; r = 77.5 / 82.5 = 31/33
    // No ties and ranks equal values, so ρ = r = 31/33 (also 1 − 6·Σd²/(n(n² − 1)) = 1 − 60/990).
    // z = atanh(31/33) = 1.7328679514, se = 1/√7; tanh(z ∓ 1.959964·se) = 0.7582441004 … 0.9858954733
    const days = dailyEntries('2026-03-01', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 4, 3, 6, 5, 8, 7, 10, 9]);
    const c = computeInsights(days, [], { today: TODAY }).correlation;
    expect(c).toMatchObject({ verdict: 'tendency', enough: true, n: 10, needed: 0, reason: null });
    expect(c.pearson).toBeCloseTo(31 / 33, 12);
    expect(c.spearman).toBeCloseTo(31 / 33, 12);
    expect(c.ciLow).toBeCloseTo(0.7582441004007181, 12);
    expect(c.ciHigh).toBeCloseTo(0.9858954733072884, 12);
  });

  it('gives ties their average rank', () => {
    // support [1,1,2,2,3,3,4,4,5,5] has ranks [1.5,1.5,3.5,3.5,5.5,5.5,7.5,7.5,9.5,9.5]; mood 1 … 10 has ranks 1 … 10
    // rank deviations: [−4,−4,−2,−2,0,0,2,2,4,4] and [−4.5 … 4.5]
    // Σ products = (18 + 14) + (5 + 3) + 0 + (3 + 5) + (14 + 18) = 80; Σ squares = 80 and 82.5
    // ρ = 80 / √(80 · 82.5) = √(80/82.5) = 0.9847319278346619 (r is the same: the ranks are linear in support)
    const days = dailyEntries('2026-03-01', [1, 1, 2, 2, 3, 3, 4, 4, 5, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const c = computeInsights(days, [], { today: TODAY }).correlation;
    expect(c.spearman).toBeCloseTo(0.9847319278346619, 12);
    expect(c.pearson).toBeCloseTo(0.9847319278346619, 12);
  });

  it('correlates daily means, not entries', () => {
    // Day 1 has two entries (support 0 and 4 → 2, mood 1 and 3 → 2); the other nine days one each.
    const rest = dailyEntries('2026-03-02', [3, 4, 5, 6, 7, 8, 9, 10, 1], [3, 4, 5, 6, 7, 8, 9, 10, 1]);
    const journal = [entry('2026-03-01T08:00:00Z', 1, 0), entry('2026-03-01T20:00:00Z', 3, 4), ...rest];
    const c = computeInsights(journal, [], { today: TODAY }).correlation;
    // every day's mood equals its support, so r = ρ = 1 over n = 10 days (11 entries)
    expect(c.n).toBe(10);
    expect(c.pearson).toBe(1);
    expect(c.spearman).toBe(1);
    expect(c).toMatchObject({ ciLow: 1, ciHigh: 1 });
  });

  it('says which variable never changes instead of dividing by zero', () => {
    const flatSupport = dailyEntries('2026-03-01', Array(10).fill(5), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(computeInsights(flatSupport, [], { today: TODAY }).correlation).toEqual({
      verdict: 'no-clear-pattern',
      enough: true,
      n: 10,
      needed: 0,
      pearson: null,
      spearman: null,
      ciLow: null,
      ciHigh: null,
      reason: 'support-constant',
    });
    const flatMood = dailyEntries('2026-03-01', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Array(10).fill(7));
    expect(computeInsights(flatMood, [], { today: TODAY }).correlation.reason).toBe('mood-constant');
    const flatBoth = dailyEntries('2026-03-01', Array(10).fill(3), Array(10).fill(7));
    expect(computeInsights(flatBoth, [], { today: TODAY }).correlation.reason).toBe('both-constant');
  });

  it('treats equal daily means of a third as constant (no rounding crumbs)', () => {
    // Each day: three entries with support 0, 0, 1 → mean 1/3 every day.
    const journal = Array.from({ length: 10 }, (_, d) => {
      const date = `2026-03-${String(d + 1).padStart(2, '0')}`;
      return [entry(`${date}T08:00:00Z`, d, 0), entry(`${date}T12:00:00Z`, d, 0), entry(`${date}T16:00:00Z`, d, 1)];
    }).flat();
    expect(computeInsights(journal, [], { today: TODAY }).correlation).toMatchObject({ pearson: null, reason: 'support-constant' });
  });
});

describe('days without both values', () => {
  // support s = 1 … 10, mood m = 2, 1, 4, 3, …, 10, 9: r = ρ = 31/33 (worked out above)
  const support = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const mood = [2, 1, 4, 3, 6, 5, 8, 7, 10, 9];

  it('are left out of the same-day correlation', () => {
    // The same ten days, with a day missing a mood, one missing a support and one missing both
    // wedged between them; were they read as 0 the correlation would change.
    const days = dailyEntries('2026-03-01', [1, 2, 3, 4, 0, 5, 6, null, 7, 8, null, 9, 10], [2, 1, 4, 3, null, 6, 5, 0, 8, 7, null, 10, 9]);
    const insights = computeInsights(days, [], { today: TODAY });
    expect(insights.days).toBe(13);
    const c = insights.correlation;
    expect(c).toMatchObject({ verdict: 'tendency', enough: true, n: 10, needed: 0, reason: null });
    expect(c.pearson).toBeCloseTo(31 / 33, 12);
    expect(c.spearman).toBeCloseTo(31 / 33, 12);
    expect(computeInsights(dailyEntries('2026-03-01', support, mood), [], { today: TODAY }).correlation).toEqual(c);
  });

  it('count toward the days with entries but not toward the days a correlation needs', () => {
    // Nine days with both and three without a mood: still one day short.
    const days = dailyEntries('2026-03-01', [...support.slice(0, 9), 1, 2, 3], [...mood.slice(0, 9), null, null, null]);
    const insights = computeInsights(days, [], { today: TODAY });
    expect(insights.days).toBe(12);
    expect(insights.correlation).toMatchObject({ enough: false, n: 9, needed: 1, reason: 'not-enough-data' });
  });

  it('break next-day pairs: support on d needs a mood on d + 1', () => {
    // 12 consecutive days: d1 has no support (pair d1→d2 dropped), d6 has no mood (pair d5→d6 dropped),
    // d9 has neither (pairs d8→d9 and d9→d10 dropped): 11 − 4 = 7 pairs.
    const s = [null, 2, 3, 4, 5, 6, 7, 8, null, 10, 1, 0];
    const m = [1, 2, 3, 4, 5, null, 7, 8, null, 10, 3, 6];
    const nextDay = computeInsights(dailyEntries('2026-03-01', s, m), [], { today: TODAY }).nextDay;
    expect(nextDay).toMatchObject({ n: 7, needed: 3, reason: 'not-enough-data' });
    // A day without a mood still lends its support to the pair with the next day.
    const pairs = computeInsights(dailyEntries('2026-03-01', [5, 6], [null, 7]), [], { today: TODAY }).nextDay;
    expect(pairs.n).toBe(1);
  });
});

describe('next-day correlation', () => {
  it('pairs support on a day with mood on the next calendar day only', () => {
    // Ten consecutive days give nine pairs: not enough.
    const ten = dailyEntries('2026-03-01', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 4, 3, 6, 5, 8, 7, 10, 9]);
    expect(computeInsights(ten, [], { today: TODAY }).nextDay).toMatchObject({ enough: false, n: 9, needed: 1 });
    // Eleven consecutive days give ten pairs (s_d, m_{d+1}).
    // s = 1 … 10 (days 1–10), next moods = 1 … 10 (days 2–11): a perfect r = 1
    const eleven = dailyEntries('2026-03-01', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(computeInsights(eleven, [], { today: TODAY }).nextDay).toMatchObject({ enough: true, n: 10, pearson: 1, spearman: 1 });
  });

  it('skips gaps: days two apart are not a pair', () => {
    // 12 days, every other day: no consecutive pair at all.
    const journal = Array.from({ length: 12 }, (_, i) => entry(`2026-03-${String(1 + 2 * i).padStart(2, '0')}T12:00:00Z`, i % 5, i % 3));
    const insights = computeInsights(journal, [], { today: TODAY });
    expect(insights.correlation.n).toBe(12);
    expect(insights.nextDay).toMatchObject({ n: 0, needed: 10, pearson: null, reason: 'not-enough-data' });
  });

  it('pairs across a month end and a leap day', () => {
    const journal = [entry('2024-02-28T12:00:00Z', 5, 1), entry('2024-02-29T12:00:00Z', 6, 2), entry('2024-03-01T12:00:00Z', 7, 3)];
    expect(computeInsights(journal, [], { today: '2024-03-01' }).nextDay.n).toBe(2);
  });
});

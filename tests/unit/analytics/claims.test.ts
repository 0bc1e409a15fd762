// The one statistics rule at its thresholds, computed by hand: 9 against 10 pairs, an interval
// that includes zero against one that excludes it, 4 against 5 days in a group, and Welch's interval.
import { describe, expect, it } from 'vitest';
import { compareGroups, relationshipVerdict, summariseGroup } from '../../../electron/analytics/claims';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import type { Interaction } from '../../../shared/domain';
import { dailyEntries, entry, interaction, person } from './builders';

const TODAY = '2026-04-30';

/** The same interaction with how it felt not recorded. */
function feltNotRecorded({ felt: _felt, ...rest }: Interaction): Interaction {
  return rest;
}

describe('a relationship (correlation)', () => {
  it('is a tendency only from 10 pairs and an interval that excludes zero', () => {
    expect(relationshipVerdict(9, 0.7, 0.98)).toBe('not-enough-days');
    expect(relationshipVerdict(10, 0.01, 0.6)).toBe('tendency');
    expect(relationshipVerdict(10, -0.9, -0.2)).toBe('tendency');
    // The next-day interval the issue quotes: it includes zero, so no tendency however many pairs.
    expect(relationshipVerdict(40, -0.3, 0.59)).toBe('no-clear-pattern');
    expect(relationshipVerdict(10, 0, 0.6)).toBe('no-clear-pattern');
    expect(relationshipVerdict(10, null, null)).toBe('no-clear-pattern');
  });

  it('says nothing from 9 days, even of a strong r, and a tendency from 10', () => {
    // Support 1 … n, mood swapped in pairs (2, 1, 4, 3, …): r = 31/33 over 10 days, Fisher interval 0.758 … 0.986.
    const ten = dailyEntries('2026-03-01', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 4, 3, 6, 5, 8, 7, 10, 9]);
    expect(computeInsights(ten.slice(0, 9), [], { today: TODAY }).correlation.verdict).toBe('not-enough-days');
    expect(computeInsights(ten, [], { today: TODAY }).correlation).toMatchObject({ verdict: 'tendency', n: 10 });
  });

  it('is no clear pattern when the Fisher interval of r includes zero', () => {
    // Mood is support 1 … 10 with positions 1↔6 and 3↔7 swapped: Σd² = 25 + 16 + 25 + 16 = 82 and
    // no ties, so r = ρ = 1 − 6·82 / (10·99) = 83/165 ≈ 0.503. z = atanh(83/165), se = 1/√7:
    // tanh(z − 1.959964/√7) ≈ −0.186 < 0, so the interval includes zero.
    const days = dailyEntries('2026-03-01', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [6, 2, 7, 4, 5, 1, 3, 8, 9, 10]);
    const c = computeInsights(days, [], { today: TODAY }).correlation;
    const z = Math.atanh(83 / 165);
    expect(c.pearson).toBeCloseTo(83 / 165, 12);
    expect(c.ciLow).toBeCloseTo(Math.tanh(z - 1.959964 / Math.sqrt(7)), 12);
    expect(c.ciHigh).toBeCloseTo(Math.tanh(z + 1.959964 / Math.sqrt(7)), 12);
    expect(c.ciLow!).toBeLessThan(0);
    expect(c.verdict).toBe('no-clear-pattern');
  });
});

describe('a comparison of two groups of days (Welch’s t interval)', () => {
  it('needs 5 days in each group', () => {
    expect(compareGroups(summariseGroup([8, 10, 6, 9]), summariseGroup([4, 6, 2, 5, 3]))).toEqual({ verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null });
    expect(compareGroups(summariseGroup([8, 10, 6, 9, 7]), summariseGroup([4, 6, 2, 5]))).toMatchObject({ verdict: 'not-enough-days' });
    expect(compareGroups(summariseGroup([8, 10, 6, 9, 7]), summariseGroup([4, 6, 2, 5, 3])).verdict).toBe('tendency');
  });

  it('computes the interval by hand with equal spreads (ν = 8, t = 2.306004)', () => {
    // A = 8, 10, 6, 9, 7: mean 8, squares 0 + 4 + 4 + 1 + 1 = 10, s² = 2.5, s²/n = 0.5; B = 4, 6, 2, 5, 3: mean 4, the same spread.
    // d = 4, se = √(0.5 + 0.5) = 1, ν = 1² / (0.5²/4 + 0.5²/4) = 8, t(0.975, 8) = 2.306004135 → 4 ± 2.306004.
    const d = compareGroups(summariseGroup([8, 10, 6, 9, 7]), summariseGroup([4, 6, 2, 5, 3]));
    expect(d.difference).toBe(4);
    expect(d.ciLow).toBeCloseTo(4 - 2.306004135, 8);
    expect(d.ciHigh).toBeCloseTo(4 + 2.306004135, 8);
    expect(d.verdict).toBe('tendency');
  });

  it('is no clear pattern when the interval includes zero', () => {
    // A = 5, 7, 3, 6, 4 (mean 5) against B = 4, 6, 2, 5, 3 (mean 4): d = 1, se = 1, ν = 8 → 1 ± 2.306004 includes zero.
    const d = compareGroups(summariseGroup([5, 7, 3, 6, 4]), summariseGroup([4, 6, 2, 5, 3]));
    expect(d.difference).toBe(1);
    expect(d.ciLow).toBeCloseTo(1 - 2.306004135, 8);
    expect(d.ciHigh).toBeCloseTo(1 + 2.306004135, 8);
    expect(d.verdict).toBe('no-clear-pattern');
  });

  it('uses Welch’s fractional degrees of freedom when the spreads differ', () => {
    // A = 6, 7, 8, 7, 7: mean 7, squares 2, s²/n = 0.1. B = 4, 5, 3, 5, 3: mean 4, squares 4, s²/n = 0.2.
    // d = 3, se = √0.3, ν = 0.3² / (0.1²/4 + 0.2²/4) = 7.2, t(0.975, 7.2) = 2.3513738506 (scipy.stats.t.ppf):
    // 3 ± 2.3513738506·√0.3 = 1.7120995009 … 4.2879004991 (scipy.stats.ttest_ind(equal_var=False) agrees).
    const d = compareGroups(summariseGroup([6, 7, 8, 7, 7]), summariseGroup([4, 5, 3, 5, 3]));
    expect(d.difference).toBe(3);
    expect(d.ciLow).toBeCloseTo(1.7120995008900037, 9);
    expect(d.ciHigh).toBeCloseTo(4.2879004991099965, 9);
  });

  it('stays finite when the variances are too small to square', () => {
    // s²/n ≈ 1e-170 on each side: (s²/n)² underflows to 0, and ν falls back to the smaller n − 1 = 4.
    const tiny = { n: 5, mean: 1, squares: 4e-169 };
    const d = compareGroups(tiny, { ...tiny, mean: 0 });
    expect(d.verdict).toBe('tendency');
    expect(d.ciLow).toBeCloseTo(1, 12);
  });

  it('gives two constant groups a zero-width interval instead of dividing by zero', () => {
    expect(compareGroups(summariseGroup([7, 7, 7, 7, 7]), summariseGroup([5, 5, 5, 5, 5]))).toEqual({ verdict: 'tendency', difference: 2, ciLow: 2, ciHigh: 2 });
    expect(compareGroups(summariseGroup([5, 5, 5, 5, 5]), summariseGroup([5, 5, 5, 5, 5]))).toEqual({ verdict: 'no-clear-pattern', difference: 0, ciLow: 0, ciHigh: 0 });
  });
});

describe('the comparisons in the Insights', () => {
  const sam = person('id-sam', 'Sam');
  /** One entry a day from 1 March; `withSam` days carry an interaction with Sam. */
  function days(moods: number[], withSam: boolean[], extra: (i: number) => { stress?: number; felt?: number } = () => ({})) {
    return moods.map((mood, i) => {
      const { stress, felt } = extra(i);
      const interactions = withSam[i] ? [interaction('id-sam', { direction: 'received', felt: felt ?? 1 })] : [];
      return entry(`2026-03-${String(i + 1).padStart(2, '0')}T12:00:00Z`, mood, 5, { interactions, ...(stress === undefined ? {} : { stress }) });
    });
  }

  it('compares mood with and without a person from 5 days on each side, by hand', () => {
    // With Sam: 8, 10, 6, 9, 7; without: 4, 6, 2, 5, 3 → 4 ± 2.306004 as above.
    const journal = days([8, 4, 10, 6, 6, 2, 9, 5, 7, 3], [true, false, true, false, true, false, true, false, true, false]);
    const p = computeInsights(journal, [sam], { today: TODAY }).people[0]!;
    expect(p).toMatchObject({ daysWith: 5, daysWithout: 5, moodWith: 8, moodWithout: 4 });
    expect(p.moodDifference.verdict).toBe('tendency');
    expect(p.moodDifference.difference).toBeCloseTo(4, 12);
    expect(p.moodDifference.ciLow).toBeCloseTo(4 - 2.306004135, 8);
    expect(p.moodDifference.ciHigh).toBeCloseTo(4 + 2.306004135, 8);
    // Drop one day with Sam: 4 days with and 5 without is not enough.
    const four = computeInsights(journal.slice(1), [sam], { today: TODAY }).people[0]!;
    expect(four).toMatchObject({ daysWith: 4, daysWithout: 5 });
    expect(four.moodDifference.verdict).toBe('not-enough-days');
  });

  it('compares stress days with and without nourishing support the same way', () => {
    // Ten stress days (8): supported moods 5, 7, 3, 6, 4 (mean 5); unsupported 4, 6, 2, 5, 3 (mean 4) → 1 ± 2.306004.
    const journal = days([5, 4, 7, 6, 3, 2, 6, 5, 4, 3], [true, false, true, false, true, false, true, false, true, false], () => ({ stress: 8 }));
    const s = computeInsights(journal, [sam], { today: TODAY }).stress;
    expect(s).toMatchObject({ daysSupported: 5, daysUnsupported: 5, moodSupported: 5, moodUnsupported: 4 });
    expect(s.moodDifference.verdict).toBe('no-clear-pattern');
    expect(s.moodDifference.ciLow).toBeCloseTo(1 - 2.306004135, 8);
    expect(s.moodDifference.ciHigh).toBeCloseTo(1 + 2.306004135, 8);
  });

  it('leaves stress days whose support is not known out of both groups, and out of the interval', () => {
    // The ten days above, and two more stress days (moods 10 and 0) with Sam received but felt not
    // recorded: whether that was nourishing support is open, so the comparison is the same 1 ± 2.306004.
    const journal = days([5, 4, 7, 6, 3, 2, 6, 5, 4, 3, 10, 0], [true, false, true, false, true, false, true, false, true, false, true, true], () => ({ stress: 8 }));
    for (const e of journal.slice(10)) e.interactions = e.interactions.map(feltNotRecorded);
    const s = computeInsights(journal, [sam], { today: TODAY }).stress;
    expect(s).toMatchObject({ days: 12, daysSupported: 5, daysUnsupported: 5, daysSupportNotRecorded: 2, moodSupported: 5, moodUnsupported: 4 });
    expect(s.moodDifference.verdict).toBe('no-clear-pattern');
    expect(s.moodDifference.ciLow).toBeCloseTo(1 - 2.306004135, 8);
    expect(s.moodDifference.ciHigh).toBeCloseTo(1 + 2.306004135, 8);
  });

  it('counts how each interaction felt, leaving out the ones without a felt value', () => {
    const journal = [
      entry('2026-03-01T12:00:00Z', 5, 5, { interactions: [interaction('id-sam', { felt: 2 }), interaction('id-sam', { felt: -2 })] }),
      entry('2026-03-02T12:00:00Z', 5, 5, { interactions: [interaction('id-sam', { felt: 0 }), interaction('id-sam', { felt: 1 })] }),
      // Felt not recorded: left untouched in the form, or an imported interaction.
      entry('2026-03-03T12:00:00Z', 5, 5, { interactions: [feltNotRecorded(interaction('id-sam'))] }),
    ];
    // +2 and +1 nourishing, 0 neutral, −2 draining; the fifth has no felt value and counts in none.
    expect(computeInsights(journal, [sam], { today: TODAY }).people[0]!.feltSpread).toEqual({ nourishing: 2, neutral: 1, draining: 1 });
  });
});

// The statistics on their own, against published and hand-worked examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, fisherInterval, mean, pearson, spearman } from '../../../electron/analytics/stats';

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    // sorted: 5 (rank 1), 6 (2), 7 and 7 (ranks 3 and 4 → 3.5 each), 8 (5)
    expect(averageRanks([5, 6, 7, 8, 7])).toEqual([1, 2, 3.5, 5, 3.5]);
    // three-way tie over ranks 2, 3, 4 → 3
    expect(averageRanks([4, 1, 4, 4, 9])).toEqual([3, 1, 3, 3, 5]);
    expect(averageRanks([2, 2, 2])).toEqual([2, 2, 2]);
    expect(averageRanks([])).toEqual([]);
  });

  it('ranks as a sort by a - b does, with -0 tied to 0 and fractions among whole numbers', () => {
    // The ranks by the definition: 1 + how many values are smaller, plus half of the others equal to it.
    const byDefinition = (xs: number[]) => xs.map((x) => 1 + xs.filter((y) => y < x).length + (xs.filter((y) => y === x).length - 1) / 2);
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-0, 0.5, 17 / 3, 1e-300));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (xs) => {
        expect(averageRanks(xs)).toEqual(byDefinition(xs));
      }),
    );
  });
});

describe('spearman', () => {
  it('matches the textbook example with a tie (scipy.stats.spearmanr docs: 0.8207826816681233)', () => {
    // ranks x = [1, 2, 3, 4, 5], ranks y = [1, 2, 3.5, 5, 3.5]; both mean 3
    // dx = [-2, -1, 0, 1, 2], dy = [-2, -1, 0.5, 2, 0.5]
    // Σdx·dy = 4 + 1 + 0 + 2 + 1 = 8; Σdx² = 10; Σdy² = 4 + 1 + 0.25 + 4 + 0.25 = 9.5
    // ρ = 8 / √(10 · 9.5) = 8 / √95 = 0.8207826816681233
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 14);
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 14);
  });

  it('matches the classic IQ / hours of television example without ties (ρ = −29/165)', () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    // Σd² = 194, so ρ = 1 − 6·194 / (10·(10² − 1)) = 1 − 1164/990 = −29/165 = −0.17575…
    expect(spearman(iq, tv)).toBeCloseTo(-29 / 165, 14);
  });
});

describe('pearson', () => {
  it('computes r by hand', () => {
    // means 3 and 4; dx = [-2, -1, 0, 1, 2], dy = [-2, 0, 1, 0, 1]
    // Σdx·dy = 4 + 0 + 0 + 0 + 2 = 6; Σdx² = 10; Σdy² = 6; r = 6/√60 = 0.7745966692414834
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 14);
  });

  it('is null for a constant variable, even one whose mean does not round-trip', () => {
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(pearson([1 / 3, 1 / 3, 1 / 3, 1 / 3], [1, 2, 3, 4])).toBeNull();
    expect(pearson([1], [2])).toBeNull();
  });

  it('stays within [-1, 1] where rounding would push a perfect correlation past 1', () => {
    const xs = [0, 7.9, 5.3, 7.5, 2, 3.1, 2.8, 0.7, 0.8, 6.1, 3, 1.2];
    const ys = xs.map((x) => 5 * x + 0.4); // unclamped, Σdx·dy / √(Σdx²·Σdy²) = 1.0000000000000002
    expect(pearson(xs, ys)).toBe(1);
    expect(fisherInterval(pearson(xs, ys)!, xs.length)).toEqual({ low: 1, high: 1 });
    expect(pearson(xs, xs)).toBe(1);
  });
});

describe('fisherInterval', () => {
  it('computes the 95% interval by hand', () => {
    // r = 0.5, n = 28: z = atanh(0.5) = 0.5493061443340549, se = 1/√25 = 0.2
    // z ± 1.959964·0.2 = 0.1573133443 … 0.9412989443; tanh → 0.1560283595 … 0.7358184809
    const { low, high } = fisherInterval(0.5, 28);
    expect(low).toBeCloseTo(0.15602835951237076, 12);
    expect(high).toBeCloseTo(0.7358184808618345, 12);
  });

  it('is [1, 1] at r = 1 instead of NaN', () => {
    expect(fisherInterval(1, 12)).toEqual({ low: 1, high: 1 });
    expect(fisherInterval(-1, 12)).toEqual({ low: -1, high: -1 });
  });
});

describe('mean', () => {
  it('is null for nothing', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
  });
});

// The t quantile behind every small-sample interval, against closed forms and printed tables.
import { describe, expect, it } from 'vitest';
import { logGamma, studentTCdf, studentTQuantile } from '../../../electron/analytics/student-t';

describe('studentTQuantile', () => {
  it('matches the closed forms for one and two degrees of freedom', () => {
    // df = 1 is Cauchy: F⁻¹(p) = tan(π(p − ½)). df = 2: F(t) = ½ + t / (2√(2 + t²)), so t = a·√(2 / (1 − a²)) with a = 2p − 1.
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(0.475 * Math.PI), 9);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(0.95 * Math.sqrt(2 / (1 - 0.95 * 0.95)), 10);
  });

  it('matches the 97.5% column of a t table', () => {
    const table: [number, number][] = [
      [3, 3.182446305],
      [4, 2.776445105],
      [5, 2.570581836],
      [8, 2.306004135],
      [9, 2.262157163],
      [10, 2.228138852],
      [30, 2.042272456],
      [100, 1.983971519],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df), `df ${df}`).toBeCloseTo(t, 8);
  });

  it('handles Welch’s fractional degrees of freedom (scipy.stats.t.ppf) and tends to the normal 1.959964', () => {
    expect(studentTQuantile(0.975, 4.5)).toBeCloseTo(2.6589123472044034, 9);
    expect(studentTQuantile(0.975, 7.2)).toBeCloseTo(2.3513738506156905, 9);
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
  });

  it('is symmetric and inverts the distribution function', () => {
    expect(studentTQuantile(0.025, 6)).toBeCloseTo(-studentTQuantile(0.975, 6), 12);
    expect(studentTQuantile(0.5, 3)).toBeCloseTo(0, 12);
    expect(studentTCdf(studentTQuantile(0.9, 12.5), 12.5)).toBeCloseTo(0.9, 12);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('logGamma', () => {
  it('gives ln of factorials and of Γ(½) = √π', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(10.5)).toBeCloseTo(Math.log(1133278.388948785), 10);
  });
});

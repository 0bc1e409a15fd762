// computeInsights against the naive implementation on random journals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { journalArb, PEOPLE } from './arbitraries';
import { expectAllFinite, expectClose } from './assertions';
import { naiveInsights } from './naive';

describe('computeInsights on random journals', () => {
  it('agrees with the naive implementation (floats within 1e-9)', () => {
    fc.assert(
      fc.property(journalArb, ({ entries, options }) => {
        expectClose(computeInsights(entries, PEOPLE, options), naiveInsights(entries, PEOPLE, options));
      }),
      { numRuns: 100 },
    );
  });

  it('never produces NaN or Infinity, and does not depend on entry order', () => {
    fc.assert(
      fc.property(journalArb, ({ entries, options }) => {
        const insights = computeInsights(entries, PEOPLE, options);
        expectAllFinite(insights);
        expect(computeInsights([...entries].reverse(), PEOPLE, options)).toEqual(insights);
      }),
      { numRuns: 100 },
    );
  });
});

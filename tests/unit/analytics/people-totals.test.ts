// Each person's sums kept up to date as days are summed again after random adds, edits and deletes,
// against the same figures computed afresh from the entries left, and against the naive
// implementation. Reads between writes make the totals take days away as well as add them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain';
import { computeInsights, insightsOfDays } from '../../../electron/analytics/compute-insights';
import { DayAggregates } from '../../../electron/analytics/day-aggregates';
import { PeopleTotals } from '../../../electron/analytics/people';
import { MoodSums } from '../../../electron/analytics/mood-sums';
import { PEOPLE } from './arbitraries';
import { expectClose } from './assertions';
import { naiveInsights } from './naive';
import { replay, writtenJournalArb, type WrittenJournal } from './writes';

/** Every day of `entries` (today is the last): the range in which the totals answer. */
function everything(entries: readonly Entry[]): { today: string } {
  const last = entries.reduce((max, e) => (e.occurredAt.slice(0, 10) > max ? e.occurredAt.slice(0, 10) : max), '2024-01-01');
  return { today: last };
}

/** Replays the writes on day aggregates, reading them after a write when `readAfter(k)` says so. */
function written(j: WrittenJournal, readAfter: (k: number) => boolean): { days: DayAggregates; entries: Entry[] } {
  const days = new DayAggregates();
  const model = new Map<string, Entry>();
  let k = 0;
  const read = () => {
    if (readAfter(k++)) days.people();
  };
  replay(j, model, {
    put: (e, old) => {
      if (old) days.remove(old.id, old.occurredAt);
      days.put(e);
      read();
    },
    remove: (old) => {
      days.remove(old.id, old.occurredAt);
      read();
    },
  });
  return { days, entries: [...model.values()] };
}

describe('people totals kept up to date on each write', () => {
  it('give exactly the Insights computed afresh over every day, and agree with the naive implementation', () => {
    fc.assert(
      fc.property(writtenJournalArb, fc.boolean(), (j, everyWrite) => {
        // Read after every write, or now and then: each day summed again takes its old sums away.
        const { days, entries } = written(j, (k) => everyWrite || k % 7 === 3);
        const all = everything(entries);
        const kept = insightsOfDays(days.days(), PEOPLE, all, days.people());
        expect(kept).toEqual(computeInsights(entries, PEOPLE, all));
        expectClose(kept.people, naiveInsights(entries, PEOPLE, all).people);
        // Any other range leaves the totals aside and sums its own days.
        expect(insightsOfDays(days.days(), PEOPLE, j.options, days.people())).toEqual(computeInsights(entries, PEOPLE, j.options));
      }),
      { numRuns: 150 },
    );
  });

  it('equal totals built afresh from the same days', () => {
    fc.assert(
      fc.property(writtenJournalArb, (j) => {
        const { days } = written(j, (k) => k % 3 === 0);
        const all = days.days();
        expect(days.people().insights(all, PEOPLE)).toEqual(PeopleTotals.of(all).insights(all, PEOPLE));
      }),
      { numRuns: 100 },
    );
  });

  it('answer with copies: a later write does not change figures already handed out', () => {
    const days = new DayAggregates();
    const at = '2026-03-01T10:00:00+01:00';
    const interaction = { personId: 'p1', kinds: ['emotional' as const], felt: 2 };
    days.put({ id: 'a', occurredAt: at, createdAt: at, mood: 6, interactions: [interaction] });
    const all = { today: '2026-03-01' };
    const before = insightsOfDays(days.days(), PEOPLE, all, days.people()).people[0]!;
    expect([before.interactions, before.kinds.emotional, before.feltSpread.nourishing, before.moodWith]).toEqual([1, 1, 1, 6]);
    days.put({ id: 'b', occurredAt: at, createdAt: at, mood: 3, interactions: [interaction] });
    const after = insightsOfDays(days.days(), PEOPLE, all, days.people()).people[0]!;
    expect([after.interactions, after.kinds.emotional, after.feltSpread.nourishing, after.moodWith]).toEqual([2, 2, 2, 4.5]);
    expect([before.interactions, before.kinds.emotional, before.feltSpread.nourishing]).toEqual([1, 1, 1]);
  });
});

describe('mood sums', () => {
  it('add day means by hand, and take a day away exactly', () => {
    const sums = new MoodSums();
    sums.add(7, 1); // a day with one mood of 7
    sums.add(9, 2); // a day of 4 and 5: 4.5
    sums.add(3, 1);
    expect(sums.count).toBe(3);
    expect(sums.total()).toBe(7 + 4.5 + 3);
    // Σ(mean − 5)² = 4 + 0.25 + 4
    expect(sums.shiftedSquares(5)).toBeCloseTo(8.25, 12);
    sums.add(3, 1, -1);
    expect([sums.count, sums.total(), sums.shiftedSquares(5)]).toEqual([2, 11.5, 4.25]);
  });
});

// The day aggregates kept up to date on each write against the Insights computed afresh from the
// entries left after the writes, and against the naive implementation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain';
import { computeInsights, insightsOfDays } from '../../../electron/analytics/compute-insights';
import { DayAggregates } from '../../../electron/analytics/day-aggregates';
import { PEOPLE } from './arbitraries';
import { expectClose } from './assertions';
import { naiveInsights } from './naive';
import { replay, writtenJournalArb } from './writes';

function aggregated(): { days: DayAggregates; sink: Parameters<typeof replay>[2] } {
  const days = new DayAggregates();
  return {
    days,
    sink: {
      put: (e, old) => {
        if (old) days.remove(old.id, old.occurredAt);
        days.put(e);
      },
      remove: (old) => days.remove(old.id, old.occurredAt),
    },
  };
}

describe('day aggregates after random adds, edits and deletes', () => {
  it('give exactly the Insights computed afresh, and agree with the naive implementation', () => {
    fc.assert(
      fc.property(writtenJournalArb, (j) => {
        const model = new Map<string, Entry>();
        const { days, sink } = aggregated();
        replay(j, model, sink);
        const entries = [...model.values()];
        const fromDays = insightsOfDays(days.days(), PEOPLE, j.options);
        expect(fromDays).toEqual(computeInsights(entries, PEOPLE, j.options));
        expectClose(fromDays, naiveInsights(entries, PEOPLE, j.options));
      }),
      { numRuns: 150 },
    );
  });

  it('read between writes still match: a day summed once is summed again after it changes', () => {
    fc.assert(
      fc.property(writtenJournalArb, (j) => {
        const model = new Map<string, Entry>();
        const { days, sink } = aggregated();
        // Reading after every write caches summaries that later writes must drop.
        replay(j, model, {
          put: (e, old) => {
            sink.put(e, old);
            days.days();
          },
          remove: (old) => {
            sink.remove(old);
            days.days();
          },
        });
        expect(insightsOfDays(days.days(), PEOPLE, j.options)).toEqual(computeInsights([...model.values()], PEOPLE, j.options));
      }),
      { numRuns: 60 },
    );
  });

  it('forget a day whose last entry left, and ignore removing what is not there', () => {
    const days = new DayAggregates();
    const entry: Entry = { id: 'a', occurredAt: '2026-03-01T10:00:00+01:00', mood: 4, note: '', tags: [], interactions: [], createdAt: '2026-03-01T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z' };
    days.put(entry);
    days.remove('b', entry.occurredAt);
    days.remove('a', '2026-03-02T10:00:00Z');
    expect(days.days().map((d) => [d.date, d.entries.length, d.mood])).toEqual([['2026-03-01', 1, 4]]);
    days.remove('a', entry.occurredAt);
    expect(days.days()).toEqual([]);
  });
});

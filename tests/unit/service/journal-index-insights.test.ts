// The journal index keeps its day aggregates up to date through every write it takes (entries put,
// edited, removed; people renamed or gone): its Insights equal those computed afresh from its entries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Entry } from '../../../shared/domain';
import { computeInsights, insightsOfDays } from '../../../electron/analytics/compute-insights';
import { JournalIndex } from '../../../electron/service/journal-index';
import type { StoredEntry } from '../../../electron/service/stored-records';
import { PEOPLE } from '../analytics/arbitraries';
import { replay, writtenJournalArb } from '../analytics/writes';

/** An entry as sealed: people by id only. */
function stored({ id: _id, interactions, ...rest }: Entry): StoredEntry {
  return { ...rest, interactions: interactions.map(({ person: _p, relationship: _r, ...i }) => i) };
}

describe('the journal index Insights', () => {
  it('equal those computed afresh from its entries after random writes, renames and a person gone', () => {
    fc.assert(
      fc.property(writtenJournalArb, (j) => {
        const index = new JournalIndex(DEFAULT_SETTINGS);
        for (const p of PEOPLE) index.putPerson(p);
        replay(j, new Map(), { put: (e) => index.putEntry(e.id, stored(e)), remove: (old) => index.removeEntry(old.id) });
        const check = () => expect(insightsOfDays(index.dayGroups(), index.allPeople(), j.options)).toEqual(computeInsights(index.namedEntries(), index.allPeople(), j.options));
        check();
        index.putPerson({ ...PEOPLE[0]!, name: 'Ana Renamed', relationship: 'friend' });
        check();
        // Someone the journal can no longer read is named as the index names them.
        index.removePerson(PEOPLE[1]!.id);
        check();
      }),
      { numRuns: 60 },
    );
  });
});

// The care cards and the People list read the journal index's day aggregates, kept up to date on
// each write: after random adds, edits, deletes, renames, an archive and a merge, they equal
// exactly what the former computation from every entry gives (care-reference.ts), for many todays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CareSettings, Entry } from '../../../shared/domain';
import { gentleCheckIn } from '../../../electron/analytics/care/hard-days';
import { nourishers } from '../../../electron/analytics/care/nourishing';
import { reachOutSuggestions } from '../../../electron/analytics/care/reach-out';
import { JournalIndex } from '../../../electron/service/journal-index';
import type { StoredEntry } from '../../../electron/service/stored-records';
import { DEFAULT_SETTINGS } from '../../../shared/domain';
import { PEOPLE } from '../analytics/arbitraries';
import * as reference from '../analytics/care-reference';
import { replay, writtenJournalArb, type WrittenJournal } from '../analytics/writes';

/** An entry as sealed: people by id only. */
function stored({ id: _id, interactions, ...rest }: Entry): StoredEntry {
  return { ...rest, interactions: interactions.map(({ person: _p, relationship: _r, ...i }) => i) };
}

/** Moods of 0 to 3 make runs of hard days (at most 2) common; the arbitrary's 0 to 10 rarely does. */
function harder(j: WrittenJournal): WrittenJournal {
  const low = (e: Entry): Entry => (e.mood === undefined ? e : { ...e, mood: e.mood % 4 });
  return { ...j, entries: j.entries.map(low), pool: j.pool.map(low) };
}

/** Today's candidates: the range's today, each entry's date and the day after, and a day before them all. */
function todays(j: WrittenJournal, entries: readonly Entry[]): string[] {
  const dates = entries.map((e) => e.occurredAt.slice(0, 10));
  const after = dates.map((d) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
  return [...new Set([j.options.today, '2023-12-01', ...dates.slice(0, 6), ...after.slice(0, 6)])];
}

const careArb: fc.Arbitrary<CareSettings> = fc.record(
  {
    reachOut: fc.boolean(),
    gentleDismissedOn: fc.constantFrom('2023-12-25', '2024-01-10', '2024-03-01'),
    reachOutDismissed: fc.dictionary(fc.constantFrom('p0', 'p1', 'p3'), fc.constantFrom('2023-12-25', '2024-01-10', '2024-02-20')),
  },
  { requiredKeys: [] },
);

function check(index: JournalIndex, j: WrittenJournal, care: CareSettings, flagged: string | undefined): void {
  const entries = index.namedEntries();
  const people = index.allPeople();
  const days = index.dayGroups();
  const input = flagged === undefined ? {} : { flaggedCheckinDate: flagged };
  for (const today of todays(j, entries)) {
    expect(nourishers(days, people, today)).toEqual(reference.nourishers(entries, people, today));
    expect(gentleCheckIn(days, people, today, care, input)).toEqual(reference.gentleCheckIn(entries, people, today, care, input));
    expect(reachOutSuggestions(days, people, today, care)).toEqual(reference.reachOutSuggestions(entries, people, today, care));
  }
  for (const archived of [false, true]) expect(index.peopleSummaries(archived)).toEqual(reference.peopleSummaries(entries, people, archived));
}

describe('care cards and the People list from the day aggregates', () => {
  it('equal the computation from every entry after random writes, renames, an archive and a merge', () => {
    fc.assert(
      fc.property(writtenJournalArb, fc.boolean(), careArb, fc.option(fc.constantFrom('2024-01-02', '2024-02-01'), { nil: undefined }), (written, hard, care, flagged) => {
        const j = hard ? harder(written) : written;
        const index = new JournalIndex(DEFAULT_SETTINGS);
        for (const p of PEOPLE) index.putPerson(p);
        // Read between writes too, so that the aggregates take days away as well as add them.
        let k = 0;
        const read = () => {
          if (k++ % 9 === 0) check(index, j, care, flagged);
        };
        replay(j, new Map(), {
          put: (e) => {
            index.putEntry(e.id, stored(e));
            read();
          },
          remove: (old) => {
            index.removeEntry(old.id);
            read();
          },
        });
        check(index, j, care, flagged);
        index.putPerson({ ...PEOPLE[0]!, name: 'Zoe Renamed', relationship: 'friend' });
        check(index, j, care, flagged);
        index.putPerson({ ...PEOPLE[2]!, archived: false });
        index.putPerson({ ...PEOPLE[1]!, archived: true });
        check(index, j, care, flagged);
        // A merge: Sam (p3) into Ana (p0), as the journal does it, entry by entry, then Sam is gone.
        for (const { id, data } of index.entriesWithPerson('p3')) {
          index.putEntry(id, { ...data, interactions: data.interactions.map((i) => (i.personId === 'p3' ? { ...i, personId: 'p0' } : i)) });
        }
        index.removePerson('p3');
        check(index, j, care, flagged);
        // Everything deleted: no card, nobody seen.
        for (const { id } of index.storedEntries()) index.removeEntry(id);
        check(index, j, care, flagged);
      }),
      { numRuns: 120 },
    );
  });

  it('suggest reaching out and name people on a hard run, so the comparison above is not only of empty cards', () => {
    const index = new JournalIndex(DEFAULT_SETTINGS);
    for (const p of PEOPLE) index.putPerson(p);
    const at = (date: string, mood: number, personId: string): StoredEntry => ({
      occurredAt: `${date}T12:00:00+01:00`,
      mood,
      note: '',
      tags: [],
      interactions: [{ personId, kinds: ['emotional'], felt: 2, cost: 0 }],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    ['2024-01-01', '2024-01-03', '2024-01-05'].forEach((d, n) => index.putEntry(`a${n}`, at(d, 6, 'p0')));
    ['2024-03-01', '2024-03-02', '2024-03-03'].forEach((d, n) => index.putEntry(`h${n}`, at(d, 1, 'p1')));
    const days = index.dayGroups();
    // Ana: seen every 2 days, last on 5 January, 58 days before 3 March (threshold 14).
    expect(reachOutSuggestions(days, index.allPeople(), '2024-03-03', { reachOut: true })).toEqual([
      { personId: 'p0', name: 'Ana', lastSeen: '2024-01-05', daysSince: 58, usualGapDays: 2 },
    ]);
    // Ben's three nourishing interactions came on the hard days themselves: seen later than Ana, named first.
    expect(gentleCheckIn(days, index.allPeople(), '2024-03-03')).toEqual({
      reason: 'hard-days',
      people: [
        { personId: 'p1', name: 'Ben' },
        { personId: 'p0', name: 'Ana' },
      ],
    });
    expect(index.peopleSummaries(false).map((p) => [p.name, p.interactionCount, p.lastContact])).toEqual([
      ['Ana', 3, '2024-01-05T12:00:00+01:00'],
      ['Ben', 3, '2024-03-03T12:00:00+01:00'],
      ['Sam', 0, null],
    ]);
  });
});

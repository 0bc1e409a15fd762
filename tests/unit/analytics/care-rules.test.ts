// The care rules against hand-made journals at their thresholds: who usually nourishes (at least 3
// rated interactions, more than half nourishing, mean recorded cost at most 1), reach out (3× the
// usual gap and at least 14 days), and the gentle check-in (3 hard days in a row, or a flagged check-in).
import { describe, expect, it } from 'vitest';
import * as hardDays from '../../../electron/analytics/care/hard-days';
import * as nourishing from '../../../electron/analytics/care/nourishing';
import * as reachOut from '../../../electron/analytics/care/reach-out';
import { groupByDay } from '../../../electron/analytics/days';
import type { CareSettings, Entry, Interaction, Person } from '../../../shared/domain';
import { entry, interaction, person } from './builders';

// The rules read the journal's days; these hand them the days of hand-made entries.
const inHardRun = (entries: Entry[], today: string) => hardDays.inHardRun(groupByDay(entries), today);
const gentleCheckIn = (entries: Entry[], people: Person[], today: string, care?: CareSettings, input?: hardDays.HardDaysInput) =>
  hardDays.gentleCheckIn(groupByDay(entries), people, today, care, input);
const nourishers = (entries: Entry[], people: Person[], today: string) => nourishing.nourishers(groupByDay(entries), people, today);
const reachOutSuggestions = (entries: Entry[], people: Person[], today: string, care?: CareSettings) => reachOut.reachOutSuggestions(groupByDay(entries), people, today, care);

const SAM = person('p-sam', 'Sam');
const ALEX = person('p-alex', 'Alex');
const KIM = person('p-kim', 'Kim');
const LEE = person('p-lee', 'Lee');

/** An interaction with felt and cost as given; null leaves the field out (not recorded). */
function met(p: Person, felt: number | null, cost: number | null): Interaction {
  const i = interaction(p.id, { person: p.name });
  if (felt === null) delete i.felt;
  else i.felt = felt;
  if (cost === null) delete i.cost;
  else i.cost = cost;
  return i;
}

/** One entry on `date` (noon, UTC offset) holding the interactions; mood not recorded unless given. */
function on(date: string, interactions: Interaction[], mood: number | null = null): Entry {
  return entry(`${date}T12:00:00+00:00`, mood, null, { interactions });
}

const names = (list: Array<{ name: string }>) => list.map((n) => n.name);

describe('who usually nourishes', () => {
  it('takes exactly 3 rated interactions with 2 nourishing and a mean cost of exactly 1', () => {
    const entries = [on('2026-01-01', [met(SAM, 1, 1)]), on('2026-01-02', [met(SAM, 2, 1)]), on('2026-01-03', [met(SAM, 0, 1)])];
    expect(nourishers(entries, [SAM], '2026-01-10')).toEqual([
      { personId: 'p-sam', name: 'Sam', rated: 3, nourishing: 2, meanCost: 1, days: ['2026-01-01', '2026-01-02', '2026-01-03'] },
    ]);
  });

  it('does not count an interaction whose felt was not recorded: 2 rated of 3 is too few', () => {
    const entries = [on('2026-01-01', [met(SAM, 2, 0)]), on('2026-01-02', [met(SAM, 2, 0)]), on('2026-01-03', [met(SAM, null, 0)])];
    expect(nourishers(entries, [SAM], '2026-01-10')).toEqual([]);
  });

  it('needs more than half nourishing: 2 of 4 is not mostly', () => {
    const feels = [2, 1, 0, -1];
    const entries = feels.map((f, i) => on(`2026-01-0${i + 1}`, [met(SAM, f, 0)]));
    expect(nourishers(entries, [SAM], '2026-01-10')).toEqual([]);
    const more = [...entries, on('2026-01-05', [met(SAM, 1, 0)])];
    expect(names(nourishers(more, [SAM], '2026-01-10'))).toEqual(['Sam']);
  });

  it('reads low cost from recorded costs only: mean 4/3 is too high, none recorded says nothing', () => {
    const costly = [on('2026-01-01', [met(SAM, 2, 1)]), on('2026-01-02', [met(SAM, 2, 1)]), on('2026-01-03', [met(SAM, 2, 2)])];
    expect(nourishers(costly, [SAM], '2026-01-10')).toEqual([]);
    const unknown = [on('2026-01-01', [met(SAM, 2, null)]), on('2026-01-02', [met(SAM, 2, null)]), on('2026-01-03', [met(SAM, 2, null)])];
    expect(nourishers(unknown, [SAM], '2026-01-10')).toEqual([]);
    // Unset costs are left out, not read as 0 or 3: one recorded 0 gives a mean of 0.
    const oneCost = [on('2026-01-01', [met(SAM, 2, 0)]), on('2026-01-02', [met(SAM, 2, null)]), on('2026-01-03', [met(SAM, 2, null)])];
    expect(nourishers(oneCost, [SAM], '2026-01-10').map((n) => n.meanCost)).toEqual([0]);
  });

  it('leaves out archived people and entries after today', () => {
    const entries = [on('2026-01-01', [met(SAM, 2, 0)]), on('2026-01-02', [met(SAM, 2, 0)]), on('2026-01-03', [met(SAM, 2, 0)])];
    expect(nourishers(entries, [{ ...SAM, archived: true }], '2026-01-10')).toEqual([]);
    expect(nourishers(entries, [SAM], '2026-01-02')).toEqual([]);
  });
});

/** Sam seen, nourishing and cheap, on each of the dates. */
const seen = (p: Person, dates: string[]) => dates.map((d) => on(d, [met(p, 2, 0)]));
const ON = { reachOut: true };

describe('reach out', () => {
  it('is off unless turned on', () => {
    const entries = seen(SAM, ['2026-01-01', '2026-01-08', '2026-01-15']);
    expect(reachOutSuggestions(entries, [SAM], '2026-06-01')).toEqual([]);
    expect(reachOutSuggestions(entries, [SAM], '2026-06-01', { reachOut: false })).toEqual([]);
  });

  it('suggests someone seen weekly from exactly 21 days (3 × 7) since they were last seen', () => {
    const entries = seen(SAM, ['2026-01-01', '2026-01-08', '2026-01-15']);
    expect(reachOutSuggestions(entries, [SAM], '2026-02-04', ON)).toEqual([]);
    expect(reachOutSuggestions(entries, [SAM], '2026-02-05', ON)).toEqual([
      { personId: 'p-sam', name: 'Sam', lastSeen: '2026-01-15', daysSince: 21, usualGapDays: 7 },
    ]);
  });

  it('waits at least exactly 14 days for someone seen every 2 days (3 × 2 = 6 is not enough)', () => {
    const entries = seen(SAM, ['2026-01-01', '2026-01-03', '2026-01-05']);
    expect(reachOutSuggestions(entries, [SAM], '2026-01-18', ON)).toEqual([]);
    expect(reachOutSuggestions(entries, [SAM], '2026-01-19', ON)).toMatchObject([{ name: 'Sam', daysSince: 14, usualGapDays: 2 }]);
  });

  it('takes the median gap: gaps of 1, 10 and 3 days make a usual gap of 3', () => {
    const entries = seen(SAM, ['2026-01-01', '2026-01-02', '2026-01-12', '2026-01-15']);
    expect(reachOutSuggestions(entries, [SAM], '2026-01-29', ON)).toMatchObject([{ usualGapDays: 3, daysSince: 14 }]);
  });

  it('never suggests someone seen on one day only (no usual gap), nor someone not nourishing', () => {
    const oneDay = [on('2026-01-01', [met(SAM, 2, 0), met(SAM, 2, 0), met(SAM, 2, 0)])];
    expect(reachOutSuggestions(oneDay, [SAM], '2026-06-01', ON)).toEqual([]);
    const draining = ['2026-01-01', '2026-01-08', '2026-01-15'].map((d) => on(d, [met(ALEX, -1, 0)]));
    expect(reachOutSuggestions(draining, [ALEX], '2026-06-01', ON)).toEqual([]);
  });

  it('leaves a dismissed person out until they are seen after the dismissal, then missed again', () => {
    const entries = seen(SAM, ['2026-01-01', '2026-01-08', '2026-01-15']);
    const dismissed = { ...ON, reachOutDismissed: { 'p-sam': '2026-02-10' } };
    expect(reachOutSuggestions(entries, [SAM], '2026-03-01', dismissed)).toEqual([]);
    const again = [...entries, ...seen(SAM, ['2026-03-01'])];
    // Days 1, 8, 15 Jan and 1 Mar: gaps 7, 7, 45, median 7, so due 21 days after 1 March.
    expect(reachOutSuggestions(again, [SAM], '2026-03-21', dismissed)).toEqual([]);
    expect(reachOutSuggestions(again, [SAM], '2026-03-22', dismissed)).toMatchObject([{ name: 'Sam', lastSeen: '2026-03-01' }]);
  });

  it('gives at most three, the longest overdue against their own threshold first', () => {
    const PAT = person('p-pat', 'Pat');
    const entries = [
      ...seen(SAM, ['2026-01-01', '2026-01-08', '2026-01-15']), // threshold 21: 76 days since, 3.6×
      ...seen(ALEX, ['2026-01-01', '2026-01-02', '2026-01-03']), // threshold 14: 88 days, 6.3×
      ...seen(KIM, ['2026-01-01', '2026-01-31', '2026-03-02']), // threshold 90: 30 days, not due
      ...seen(LEE, ['2026-01-01', '2026-01-11', '2026-01-21']), // threshold 30: 70 days, 2.3×
      ...seen(PAT, ['2026-01-01', '2026-01-05', '2026-01-09']), // threshold 14: 82 days, 5.9×
    ];
    expect(names(reachOutSuggestions(entries, [SAM, ALEX, KIM, LEE, PAT], '2026-04-01', ON))).toEqual(['Alex', 'Pat', 'Sam']);
  });
});

/** One entry per date with the given mood (null: an entry with no mood recorded). */
const moods = (days: Array<[string, number | null]>) => days.map(([d, m]) => on(d, [], m));

describe('a run of hard days', () => {
  it('is exactly 3 calendar dates in a row with mood at most 2, ending on the latest recorded day', () => {
    expect(inHardRun(moods([['2026-03-01', 2], ['2026-03-02', 1], ['2026-03-03', 2]]), '2026-03-03')).toBe(true);
    expect(inHardRun(moods([['2026-03-02', 1], ['2026-03-03', 2]]), '2026-03-03')).toBe(false);
    expect(inHardRun(moods([['2026-03-01', 2], ['2026-03-02', 3], ['2026-03-03', 2]]), '2026-03-03')).toBe(false);
  });

  it('is broken by a day without an entry, or with an entry whose mood is not recorded', () => {
    expect(inHardRun(moods([['2026-03-01', 2], ['2026-03-02', 1], ['2026-03-04', 2]]), '2026-03-04')).toBe(false);
    expect(inHardRun(moods([['2026-03-01', 2], ['2026-03-02', null], ['2026-03-03', 2]]), '2026-03-03')).toBe(false);
  });

  it('averages a day with several entries: 1 and 3 make 2 (hard), 2 and 3 make 2.5 (not)', () => {
    const base: Array<[string, number | null]> = [['2026-03-01', 0], ['2026-03-02', 0]];
    expect(inHardRun(moods([...base, ['2026-03-03', 1], ['2026-03-03', 3]]), '2026-03-03')).toBe(true);
    expect(inHardRun(moods([...base, ['2026-03-03', 2], ['2026-03-03', 3]]), '2026-03-03')).toBe(false);
  });

  it('ends with a better day, and counts while its last day is less than 7 days ago', () => {
    const run = moods([['2026-03-01', 2], ['2026-03-02', 2], ['2026-03-03', 2]]);
    expect(inHardRun([...run, ...moods([['2026-03-04', 6]])], '2026-03-04')).toBe(false);
    expect(inHardRun(run, '2026-03-09')).toBe(true);
    expect(inHardRun(run, '2026-03-10')).toBe(false);
  });
});

describe('the gentle check-in', () => {
  const hard = moods([['2026-03-01', 1], ['2026-03-02', 2], ['2026-03-03', 0]]);

  it('names up to three people who usually nourish, most nourishing first', () => {
    const people = [SAM, ALEX, KIM, LEE];
    const entries = [
      ...hard,
      ...seen(SAM, ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']),
      ...seen(ALEX, ['2026-01-01', '2026-01-02', '2026-01-03']),
      ...seen(KIM, ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05']),
      ...seen(LEE, ['2026-01-01', '2026-01-02', '2026-01-03']),
      on('2026-01-09', [met(LEE, 1, 0)]),
    ];
    // Kim 5 nourishing, Sam 4, Lee 4 but seen later than Sam, Alex 3.
    expect(gentleCheckIn(entries, people, '2026-03-03')).toEqual({
      reason: 'hard-days',
      people: [
        { personId: 'p-kim', name: 'Kim' },
        { personId: 'p-lee', name: 'Lee' },
        { personId: 'p-sam', name: 'Sam' },
      ],
    });
  });

  it('shows without anyone to name, and not at all without a hard run or a flagged check-in', () => {
    expect(gentleCheckIn(hard, [], '2026-03-03')).toEqual({ reason: 'hard-days', people: [] });
    expect(gentleCheckIn(moods([['2026-03-03', 1]]), [], '2026-03-03')).toBeNull();
  });

  it('stays away 6 days after a dismissal and may come back on the 7th', () => {
    expect(gentleCheckIn(hard, [], '2026-03-03', { gentleDismissedOn: '2026-02-25' })).toBeNull();
    expect(gentleCheckIn(hard, [], '2026-03-03', { gentleDismissedOn: '2026-02-24' })).toMatchObject({ reason: 'hard-days' });
  });

  it('comes for a check-in flagged in the last 7 days, not an older or a future one', () => {
    const calm = moods([['2026-03-03', 7]]);
    expect(gentleCheckIn(calm, [], '2026-03-03', {}, { flaggedCheckinDate: '2026-03-03' })).toEqual({ reason: 'check-in', people: [] });
    expect(gentleCheckIn(calm, [], '2026-03-09', {}, { flaggedCheckinDate: '2026-03-03' })).toMatchObject({ reason: 'check-in' });
    expect(gentleCheckIn(calm, [], '2026-03-10', {}, { flaggedCheckinDate: '2026-03-03' })).toBeNull();
    expect(gentleCheckIn(calm, [], '2026-03-03', {}, { flaggedCheckinDate: '2026-03-04' })).toBeNull();
    expect(gentleCheckIn(calm, [], '2026-03-03', { gentleDismissedOn: '2026-03-01' }, { flaggedCheckinDate: '2026-03-03' })).toBeNull();
  });
});

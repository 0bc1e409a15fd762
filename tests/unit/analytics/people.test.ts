// Per person: counts, kinds, felt and cost, directions, last contact, and mood with and without them.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { entry, interaction, person } from './builders';

const ana = person('id-ana', 'Ana', 'partner');
const ben = person('id-ben', 'Ben', 'colleague');
const NOT_ENOUGH = { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null };

describe('people', () => {
  // Day 1 (mood 8): Ana received, felt +2, cost 0, emotional + practical
  // Day 2 (moods 4 and 6 → 5): Ana gave, felt 0, cost 2, practical; Ben both, felt −1, cost 3, financial
  // Day 3 (mood 3): nobody
  // Day 4 (mood 7): Ana received, felt +1, cost 1, esteem, listed twice in one entry (two interactions)
  const journal = [
    entry('2026-03-01T10:00:00+01:00', 8, 7, { interactions: [interaction('id-ana', { direction: 'received', felt: 2, cost: 0, kinds: ['emotional', 'practical'] })] }),
    entry('2026-03-02T09:00:00+01:00', 4, 5, { interactions: [interaction('id-ana', { direction: 'gave', felt: 0, cost: 2, kinds: ['practical'] })] }),
    entry('2026-03-02T19:00:00+01:00', 6, 5, { interactions: [interaction('id-ben', { direction: 'both', felt: -1, cost: 3, kinds: ['financial'] })] }),
    entry('2026-03-03T12:00:00+01:00', 3, 2),
    entry('2026-03-04T12:00:00+01:00', 7, 6, {
      interactions: [interaction('id-ana', { direction: 'received', felt: 1, cost: 1, kinds: ['esteem'] }), interaction('id-ana', { direction: 'both', felt: 1, cost: 1 })],
    }),
  ];

  it('summarises each person by hand', () => {
    const { people } = computeInsights(journal, [ana, ben], { today: '2026-03-04' });
    expect(people).toEqual([
      {
        personId: 'id-ana',
        name: 'Ana',
        relationship: 'partner',
        interactions: 4,
        kinds: { emotional: 1, practical: 2, informational: 0, financial: 0, companionship: 0, esteem: 1 },
        meanFelt: (2 + 0 + 1 + 1) / 4, // 1
        feltInteractions: 4,
        meanCost: (0 + 2 + 1 + 1) / 4, // 1
        costInteractions: 4,
        received: 2,
        gave: 1,
        both: 1,
        lastContact: '2026-03-04T12:00:00+01:00',
        moodWith: (8 + 5 + 7) / 3, // days 1, 2, 4 (day 4 counts once for two interactions)
        moodWithout: 3, // day 3
        daysWith: 3,
        daysWithout: 1,
        moodDifference: NOT_ENOUGH, // 3 days with and 1 without: under 5 on each side
        feltSpread: { nourishing: 3, neutral: 1, draining: 0 },
        mixed: false,
      },
      {
        personId: 'id-ben',
        name: 'Ben',
        relationship: 'colleague',
        interactions: 1,
        kinds: { emotional: 0, practical: 0, informational: 0, financial: 1, companionship: 0, esteem: 0 },
        meanFelt: -1,
        feltInteractions: 1,
        meanCost: 3,
        costInteractions: 1,
        received: 0,
        gave: 0,
        both: 1,
        lastContact: '2026-03-02T19:00:00+01:00',
        moodWith: 5, // day 2's mean, not the 6 of Ben's own entry
        moodWithout: (8 + 3 + 7) / 3, // 6
        daysWith: 1,
        daysWithout: 3,
        moodDifference: NOT_ENOUGH,
        feltSpread: { nourishing: 0, neutral: 0, draining: 1 },
        mixed: false,
      },
    ]);
  });

  it('leaves out felt, cost and direction that were not recorded, and counts what it used, by hand', () => {
    const untouched = (personId: string) => {
      const i = interaction(personId);
      delete i.direction;
      delete i.felt;
      delete i.cost;
      return i;
    };
    const days = [
      // Ana: felt +2 and −1 recorded, one untouched; cost 3 recorded once; directions received, gave, none
      entry('2026-03-01T12:00:00Z', 5, 5, { interactions: [interaction('id-ana', { direction: 'received', felt: 2, cost: 3 }), untouched('id-ana')] }),
      entry('2026-03-02T12:00:00Z', 5, 5, { interactions: [{ ...untouched('id-ana'), direction: 'gave', felt: -1 }] }),
      // Ben: nothing recorded at all
      entry('2026-03-03T12:00:00Z', 5, 5, { interactions: [untouched('id-ben')] }),
    ];
    const [anaInsight, benInsight] = computeInsights(days, [ana, ben], { today: '2026-03-03' }).people;
    expect(anaInsight).toMatchObject({ interactions: 3, meanFelt: (2 - 1) / 2, feltInteractions: 2, meanCost: 3, costInteractions: 1, received: 1, gave: 1, both: 0 });
    expect(benInsight).toMatchObject({ interactions: 1, meanFelt: null, feltInteractions: 0, meanCost: null, costInteractions: 0, received: 0, gave: 0, both: 0 });
    // The spread counts the same interactions as the mean: Ana's +2 and −1, nothing of the untouched ones.
    expect(anaInsight!.feltSpread).toEqual({ nourishing: 1, neutral: 0, draining: 1 });
    expect(benInsight!.feltSpread).toEqual({ nourishing: 0, neutral: 0, draining: 0 });
  });

  it('counts only the range, and has no moodWithout when every day had them', () => {
    const { people } = computeInsights(journal, [ana, ben], { from: '2026-03-04', today: '2026-03-04' });
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ personId: 'id-ana', interactions: 2, moodWith: 7, moodWithout: null, daysWith: 1, daysWithout: 0 });
  });

  it('compares mood with and without a person over the days that have a mood', () => {
    const days = [
      entry('2026-03-01T12:00:00Z', 8, 5, { interactions: [interaction('id-ana')] }),
      entry('2026-03-02T12:00:00Z', null, 5, { interactions: [interaction('id-ana')] }), // no mood: in neither mean
      entry('2026-03-03T12:00:00Z', 4, 5),
      entry('2026-03-04T12:00:00Z', null, null), // no mood: in neither mean
      entry('2026-03-05T12:00:00Z', null, null, { interactions: [interaction('id-ben')] }),
    ];
    const people = computeInsights(days, [ana, ben], { today: '2026-03-05' }).people;
    expect(people[0]).toMatchObject({ personId: 'id-ana', interactions: 2, moodWith: 8, daysWith: 1, moodWithout: 4, daysWithout: 1 });
    // Ben was only there on a day without a mood: nothing to say about mood with him.
    expect(people[1]).toMatchObject({ personId: 'id-ben', interactions: 1, moodWith: null, daysWith: 0, moodWithout: 6, daysWithout: 2 });
  });

  it('takes the latest contact by instant, across offsets', () => {
    const later = [
      // local 2026-03-02 23:00 at −05:00 = 2026-03-03T04:00Z: the latest instant
      entry('2026-03-02T23:00:00-05:00', 5, 5, { interactions: [interaction('id-ana')] }),
      // local 2026-03-03 01:00 at +02:00 = 2026-03-02T23:00Z: a later date but an earlier instant
      entry('2026-03-03T01:00:00+02:00', 5, 5, { interactions: [interaction('id-ana')] }),
    ];
    expect(computeInsights(later, [ana], { today: '2026-03-05' }).people[0]!.lastContact).toBe('2026-03-02T23:00:00-05:00');
  });

  it('breaks ties of the same instant like the journal list: newest createdAt, then id', () => {
    const same = [
      entry('2026-03-02T10:00:00Z', 5, 5, { id: 'b', createdAt: '2026-03-02T10:00:00Z', interactions: [interaction('id-ana')] }),
      entry('2026-03-02T11:00:00+01:00', 5, 5, { id: 'c', createdAt: '2026-03-02T10:05:00Z', interactions: [interaction('id-ana')] }),
      entry('2026-03-02T05:00:00-05:00', 5, 5, { id: 'a', createdAt: '2026-03-02T10:05:00Z', interactions: [interaction('id-ana')] }),
    ];
    expect(computeInsights(same, [ana], { today: '2026-03-05' }).people[0]!.lastContact).toBe('2026-03-02T05:00:00-05:00');
  });

  it('names a person missing from the list by the latest interaction, and orders by count, name, id', () => {
    const journal2 = [
      entry('2026-03-01T12:00:00Z', 5, 5, { interactions: [interaction('gone', { person: 'Old Name', relationship: 'neighbour' })] }),
      entry('2026-03-02T12:00:00Z', 5, 5, { interactions: [interaction('gone', { person: 'New Name', relationship: 'friend' })] }),
      entry('2026-03-02T13:00:00Z', 5, 5, { interactions: [interaction('sam-2'), interaction('sam-1'), interaction('ana-2')] }),
    ];
    const people = computeInsights(journal2, [person('sam-1', 'Sam'), person('sam-2', 'Sam'), person('ana-2', 'Ana')], { today: '2026-03-05' }).people;
    expect(people.map((p) => [p.personId, p.name, p.relationship])).toEqual([
      ['gone', 'New Name', 'friend'],
      ['ana-2', 'Ana', 'friend'],
      ['sam-1', 'Sam', 'friend'],
      ['sam-2', 'Sam', 'friend'],
    ]);
  });

  it('gives no relationship where none was recorded: null, never a default', () => {
    const { relationship: _none, ...kim } = person('kim', 'Kim');
    const { relationship: _unsaid, ...withGone } = interaction('gone', { person: 'Gone' });
    const journal3 = [entry('2026-03-01T12:00:00Z', 5, 5, { interactions: [interaction('kim'), withGone] })];
    const people = computeInsights(journal3, [kim], { today: '2026-03-05' }).people;
    // Kim's list entry has none, whatever the interaction carries; Gone is named by an interaction without one.
    expect(people.map((p) => [p.name, p.relationship])).toEqual([
      ['Gone', null],
      ['Kim', null],
    ]);
  });
});

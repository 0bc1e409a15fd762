// Circle size per week, days since anyone was logged, the calendar and the kinds.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { entry, interaction } from './builders';

describe('circle', () => {
  const journal = [
    entry('2026-03-02T12:00:00Z', 5, 5, { interactions: [interaction('a'), interaction('b')] }), // Monday
    entry('2026-03-04T12:00:00Z', 5, 5, { interactions: [interaction('a')] }), // a again: still two people
    entry('2026-03-08T23:30:00-05:00', 5, 5, { interactions: [interaction('c')] }), // Sunday locally, Monday in UTC
    entry('2026-03-10T12:00:00Z', 5, 5), // nobody
    entry('2026-03-17T12:00:00Z', 5, 5, { interactions: [interaction('b')] }),
  ];

  it('counts distinct people per week', () => {
    const { circle } = computeInsights(journal, [], { from: '2026-03-02', to: '2026-03-22', today: '2026-03-22' });
    expect(circle.weeks).toEqual([
      { start: '2026-03-02', people: 3 }, // a, b, c (c on Sunday 03-08)
      { start: '2026-03-09', people: 0 },
      { start: '2026-03-16', people: 1 },
    ]);
    expect(circle.people).toBe(3);
    const sunday = computeInsights(journal, [], { from: '2026-03-02', to: '2026-03-22', today: '2026-03-22', weekStartsOn: 0 }).circle;
    expect(sunday.weeks).toEqual([
      { start: '2026-03-01', people: 2 },
      { start: '2026-03-08', people: 1 },
      { start: '2026-03-15', people: 1 },
      { start: '2026-03-22', people: 0 },
    ]);
  });

  it('counts the days since the last interaction from today, flagging a week or more', () => {
    // the last entry with someone is 2026-03-17 (03-10 had nobody)
    expect(computeInsights(journal, [], { today: '2026-03-23' }).circle).toMatchObject({ daysSinceLastInteraction: 6, quiet: false });
    expect(computeInsights(journal, [], { today: '2026-03-24' }).circle).toMatchObject({ daysSinceLastInteraction: 7, quiet: true });
    expect(computeInsights(journal, [], { today: '2026-03-17' }).circle).toMatchObject({ daysSinceLastInteraction: 0, quiet: false });
    // entries after today do not count; before, 03-08 is the last
    expect(computeInsights(journal, [], { today: '2026-03-16' }).circle).toMatchObject({ daysSinceLastInteraction: 8, quiet: true });
    // it describes now, so a range in the past does not change it
    expect(computeInsights(journal, [], { to: '2026-03-05', today: '2026-03-20' }).circle.daysSinceLastInteraction).toBe(3);
    expect(computeInsights([entry('2026-03-01T12:00:00Z', 5, 5)], [], { today: '2026-03-20' }).circle).toMatchObject({ daysSinceLastInteraction: null, quiet: false });
  });
});

describe('calendar', () => {
  it('lists every day of the range with its values or null', () => {
    const journal = [entry('2026-02-27T12:00:00Z', 4, 6), entry('2026-02-27T18:00:00Z', 5, 7), entry('2026-03-01T12:00:00Z', 9, 8)];
    expect(computeInsights(journal, [], { today: '2026-03-02' }).calendar).toEqual([
      { date: '2026-02-27', entries: 2, mood: 4.5, support: 6.5 },
      { date: '2026-02-28', entries: 0, mood: null, support: null },
      { date: '2026-03-01', entries: 1, mood: 9, support: 8 },
      { date: '2026-03-02', entries: 0, mood: null, support: null },
    ]);
  });
});

describe('calendar without moods', () => {
  it('tells a day with entries but no mood from a day without entries', () => {
    const journal = [entry('2026-02-27T12:00:00Z', null, 6), entry('2026-02-27T18:00:00Z', null, null), entry('2026-03-01T12:00:00Z', 9, null)];
    expect(computeInsights(journal, [], { today: '2026-03-01' }).calendar).toEqual([
      { date: '2026-02-27', entries: 2, mood: null, support: 6 },
      { date: '2026-02-28', entries: 0, mood: null, support: null },
      { date: '2026-03-01', entries: 1, mood: 9, support: null },
    ]);
  });
});

describe('kinds', () => {
  it('counts interactions that include each kind, once per interaction', () => {
    const journal = [
      entry('2026-03-01T12:00:00Z', 5, 5, {
        interactions: [interaction('a', { kinds: ['emotional', 'practical'] }), interaction('b', { kinds: ['emotional'] }), interaction('c', { kinds: [] })],
      }),
      // a duplicated kind (which the schema rejects) still counts the interaction once
      entry('2026-03-02T12:00:00Z', 5, 5, { interactions: [interaction('a', { kinds: ['esteem', 'esteem', 'companionship'] })] }),
    ];
    const insights = computeInsights(journal, [], { today: '2026-03-02' });
    expect(insights.kinds).toEqual({ emotional: 2, practical: 1, informational: 0, financial: 0, companionship: 1, esteem: 1 });
    expect(insights.interactions).toBe(4);
  });
});

// Help received against feeling supported, asking, channels, reciprocity and mixed ties, each
// worked out by hand from the entries below. Untouched is not recorded: a felt support, felt,
// cost or direction that is absent counts in no figure.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { entry, interaction, person } from './builders';

const NOT_ENOUGH = { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null };

/** An interaction with only what the test names: direction, felt and cost absent unless given. */
function bare(personId: string, extra: Parameters<typeof interaction>[1] = {}) {
  const i = interaction(personId, extra);
  for (const key of ['direction', 'felt', 'cost'] as const) if (!(key in extra)) delete i[key];
  return i;
}

// 2026-03-02 is a Monday. Felt support is the day's 0–10 value.
const d1 = entry('2026-03-02T10:00:00+01:00', 5, 3, { interactions: [bare('a', { direction: 'received', felt: 2, cost: 0, askedForHelp: true, channel: 'call' })] });
const d2 = entry('2026-03-03T10:00:00+01:00', 5, 4, { interactions: [bare('a', { direction: 'received', cost: 2, askedForHelp: true, channel: 'in-person' })] });
const d3 = entry('2026-03-04T10:00:00+01:00', 5, 7);
const d4 = entry('2026-03-05T10:00:00+01:00', 5, 6, { interactions: [bare('b', { direction: 'gave', felt: -1, cost: 3, channel: 'message' })] });
const d5 = entry('2026-03-06T10:00:00+01:00', 5, 8, { interactions: [bare('b', { felt: 1, channel: 'message' })] });
const d6 = entry('2026-03-07T10:00:00+01:00', 5, null, { interactions: [bare('a', { direction: 'received', felt: 1, cost: 2, channel: 'video' })] });
const d7late = entry('2026-03-08T20:00:00+01:00', 5, 4, { interactions: [bare('a', { direction: 'both', felt: -2, cost: 1, askedForHelp: true, channel: 'call' })] });
const d7early = entry('2026-03-08T08:00:00+01:00', 5, 2);
const d8 = entry('2026-03-09T10:00:00+01:00', 5, 9, {
  interactions: [bare('b', { direction: 'gave', felt: 2, channel: 'in-person' }), bare('c', { felt: 0, channel: 'online' })],
});
const journal = [d1, d2, d3, d4, d5, d6, d7late, d7early, d8];
const people = [person('a', 'Ana'), person('b', 'Ben'), person('c', 'Cai')];
const insights = computeInsights(journal, people, { from: '2026-03-02', to: '2026-03-09', today: '2026-03-09' });

describe('felt support on days with and without help', () => {
  it('counts each day once, by hand', () => {
    // With help: d1 (3), d2 (4), d7 (mean of 2 and 4 = 3; its later entry went both ways).
    // Without: d3 (7, nobody), d4 (6, only given). Open: d5 (direction not recorded), d8 (given and not recorded).
    // d6 has help but no felt support recorded: in neither group.
    expect(insights.perceivedVsReceived).toEqual({
      daysWithHelp: 3,
      feltWithHelp: (3 + 4 + 3) / 3,
      daysWithoutHelp: 2,
      feltWithoutHelp: (7 + 6) / 2,
      helpedButLow: 2, // d1 and d7, felt support exactly 3; d2 (4) is not
      supportedWithoutHelp: 1, // d3, exactly 7; d4 (6) is not
      daysHelpNotRecorded: 2,
      difference: NOT_ENOUGH,
    });
  });

  it('names the days that did not match, with their entries oldest first', () => {
    expect(insights.helpOverTime.mismatched).toEqual([
      { date: '2026-03-02', kind: 'helped-but-low', support: 3, entries: [{ id: d1.id, occurredAt: d1.occurredAt }] },
      { date: '2026-03-04', kind: 'supported-without-help', support: 7, entries: [{ id: d3.id, occurredAt: d3.occurredAt }] },
      {
        date: '2026-03-08',
        kind: 'helped-but-low',
        support: 3,
        entries: [
          { id: d7early.id, occurredAt: d7early.occurredAt },
          { id: d7late.id, occurredAt: d7late.occurredAt },
        ],
      },
    ]);
  });

  it('draws felt support week by week beside the days with help', () => {
    expect(insights.helpOverTime.weeks).toEqual([
      // Supports 3, 4, 7, 6, 8 and 3 (d6 has none); help on d1, d2, d6 and d7.
      { start: '2026-03-02', end: '2026-03-08', support: (3 + 4 + 7 + 6 + 8 + 3) / 6, supportDays: 6, daysWithHelp: 4 },
      { start: '2026-03-09', end: '2026-03-15', support: 9, supportDays: 1, daysWithHelp: 0 },
    ]);
  });

  it('compares the two groups only from five days on each side', () => {
    const days = (first: number, supports: number[], help: boolean) =>
      supports.map((s, k) =>
        entry(`2026-04-${String(first + k).padStart(2, '0')}T12:00:00Z`, 5, s, { interactions: help ? [interaction('a', { direction: 'received' })] : [] }),
      );
    const helped = [6, 7, 8, 9, 10];
    const alone = [1, 2, 3, 4, 5];
    const five = computeInsights([...days(1, helped, true), ...days(10, alone, false)], people, { from: '2026-04-01', to: '2026-04-30', today: '2026-04-30' });
    // Both groups have variance 2.5: se = √(2.5/5 + 2.5/5) = 1, ν = 8, t(0.975, 8) = 2.306004.
    expect(five.perceivedVsReceived.difference.verdict).toBe('tendency');
    expect(five.perceivedVsReceived.difference.difference).toBe(5);
    expect(five.perceivedVsReceived.difference.ciLow).toBeCloseTo(5 - 2.306004, 5);
    expect(five.perceivedVsReceived.difference.ciHigh).toBeCloseTo(5 + 2.306004, 5);
    const four = computeInsights([...days(1, helped.slice(0, 4), true), ...days(10, alone, false)], people, { from: '2026-04-01', to: '2026-04-30', today: '2026-04-30' });
    expect(four.perceivedVsReceived.difference).toEqual(NOT_ENOUGH);
  });
});

describe('asking, channels and which way support went', () => {
  it('means felt over the interactions that recorded it', () => {
    // Asked: d1 (+2), d2 (not recorded), d7 (−2). Not asked: d4 (−1), d5 (+1), d6 (+1), d8 (+2, 0).
    expect(insights.asked).toEqual({
      asked: { interactions: 3, meanFelt: 0, feltInteractions: 2 },
      offered: { interactions: 5, meanFelt: (-1 + 1 + 1 + 2 + 0) / 5, feltInteractions: 5 },
    });
  });

  it('lists every channel, empty ones too', () => {
    expect(insights.channels).toEqual({
      'in-person': { interactions: 2, meanFelt: 2, feltInteractions: 1 },
      call: { interactions: 2, meanFelt: 0, feltInteractions: 2 },
      video: { interactions: 1, meanFelt: 1, feltInteractions: 1 },
      message: { interactions: 2, meanFelt: 0, feltInteractions: 2 },
      online: { interactions: 1, meanFelt: 0, feltInteractions: 1 },
      other: { interactions: 0, meanFelt: null, feltInteractions: 0 },
    });
  });

  it('counts directions, leaving out the ones not recorded', () => {
    expect(insights.reciprocity).toEqual({ received: 3, gave: 2, both: 1 });
  });
});

describe('mixed ties', () => {
  const spread = (id: string) => insights.people.find((p) => p.personId === id)!;

  it('counts how it felt per person, and a tie as mixed from two nourishing and two draining or costly', () => {
    // Ana: +2 (cost 0), not recorded (cost 2), +1 (cost 2), −2 (cost 1): nourishing exactly 2; draining or costly 3.
    expect(spread('a')).toMatchObject({ feltSpread: { nourishing: 2, neutral: 0, draining: 1 }, mixed: true });
    // Ben: −1 (cost 3), +1, +2: two nourishing but only one draining or costly.
    expect(spread('b')).toMatchObject({ feltSpread: { nourishing: 2, neutral: 0, draining: 1 }, mixed: false });
    expect(spread('c')).toMatchObject({ feltSpread: { nourishing: 0, neutral: 1, draining: 0 }, mixed: false });
  });

  const tie = (...interactions: Parameters<typeof bare>[1][]) =>
    computeInsights(
      interactions.map((i, k) => entry(`2026-05-${String(k + 1).padStart(2, '0')}T12:00:00Z`, null, null, { interactions: [bare('a', i)] })),
      people,
      { today: '2026-05-31' },
    ).people[0]!.mixed;

  it('counts cost 2 as costly and cost 1 not', () => {
    expect(tie({ felt: 1 }, { felt: 2 }, { cost: 2 }, { cost: 2 })).toBe(true);
    expect(tie({ felt: 1 }, { felt: 2 }, { cost: 2 }, { cost: 1 })).toBe(false);
  });

  it('needs two nourishing: one is not enough, and felt 0 is not nourishing', () => {
    expect(tie({ felt: 1 }, { felt: 0 }, { felt: -1 }, { felt: -2 })).toBe(false);
    expect(tie({ felt: 1 }, { felt: 1 }, { felt: -1 }, { felt: -2 })).toBe(true);
  });

  it('never counts what was not recorded', () => {
    expect(tie({ felt: 1 }, { felt: 1 }, {}, {}, {}, { felt: -1 })).toBe(false);
  });
});

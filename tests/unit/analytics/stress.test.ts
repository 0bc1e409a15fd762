// Support under stress: mood on hard days with and without someone there for you.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { entry, interaction } from './builders';

const NOT_ENOUGH = { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null };

describe('support under stress', () => {
  it('compares mood on stress days with and without a good received interaction, by hand', () => {
    const journal = [
      // A: stress (8) → 8 (the entry without stress does not count); received felt +1 → supported; mood (6 + 4)/2 = 5
      entry('2026-03-01T09:00:00Z', 6, 5, { stress: 8, interactions: [interaction('p', { direction: 'received', felt: 1 })] }),
      entry('2026-03-01T20:00:00Z', 4, 5),
      // B: stress (6 + 8)/2 = 7 → a stress day; received but felt 0 → unsupported; mood 3
      entry('2026-03-02T09:00:00Z', 3, 5, { stress: 6, interactions: [interaction('p', { direction: 'received', felt: 0 })] }),
      entry('2026-03-02T20:00:00Z', 3, 5, { stress: 8 }),
      // C: stress 9; only gave, felt +2 → unsupported; mood 2
      entry('2026-03-03T09:00:00Z', 2, 5, { stress: 9, interactions: [interaction('p', { direction: 'gave', felt: 2 })] }),
      // D: stress 10; both, felt +2 → supported; mood 8
      entry('2026-03-04T09:00:00Z', 8, 5, { stress: 10, interactions: [interaction('p', { direction: 'both', felt: 2 })] }),
      // E: no stress value at all, despite a good interaction → not a stress day
      entry('2026-03-05T09:00:00Z', 9, 5, { interactions: [interaction('p', { direction: 'received', felt: 2 })] }),
      // F: stress (6 + 7)/2 = 6.5 → below 7, not a stress day
      entry('2026-03-06T09:00:00Z', 1, 5, { stress: 6 }),
      entry('2026-03-06T20:00:00Z', 1, 5, { stress: 7 }),
      // G: the supporting interaction is on the day's entry without stress: still counts for the day; mood 4
      entry('2026-03-07T09:00:00Z', 4, 5, { stress: 7 }),
      entry('2026-03-07T20:00:00Z', 4, 5, { interactions: [interaction('p', { direction: 'received', felt: 2 })] }),
    ];
    const { stress } = computeInsights(journal, [], { today: '2026-03-07' });
    expect(stress).toEqual({
      // days with stress: A 8, B 7, C 9, D 10, F 6.5, G 7 → 47.5 / 6
      mean: 47.5 / 6,
      days: 6,
      moodSupported: (5 + 8 + 4) / 3, // A, D, G
      daysSupported: 3,
      moodUnsupported: (3 + 2) / 2, // B, C
      daysUnsupported: 2,
      moodDifference: NOT_ENOUGH, // 3 and 2 days: under 5 on each side
      daysSupportNotRecorded: 0,
    });
  });

  it('leaves stress days without a mood out of the comparison', () => {
    const journal = [
      entry('2026-03-01T09:00:00Z', 6, 5, { stress: 8, interactions: [interaction('p', { felt: 2 })] }),
      entry('2026-03-02T09:00:00Z', null, 5, { stress: 9, interactions: [interaction('p', { felt: 2 })] }), // no mood
      entry('2026-03-03T09:00:00Z', null, null, { stress: 10 }), // no mood
      entry('2026-03-04T09:00:00Z', 2, null, { stress: 7 }),
    ];
    expect(computeInsights(journal, [], { today: '2026-03-04' }).stress).toEqual({
      mean: (8 + 9 + 10 + 7) / 4, // stress itself was recorded on all four days
      days: 4,
      moodSupported: 6,
      daysSupported: 1,
      moodUnsupported: 2,
      daysUnsupported: 1,
      moodDifference: NOT_ENOUGH,
      daysSupportNotRecorded: 0,
    });
  });

  it('leaves out a stress day whose support depends on a value that was not recorded, by hand', () => {
    const open = (extra: Parameters<typeof interaction>[1]) => {
      const i = interaction('p', extra);
      delete i.direction;
      delete i.felt;
      return { ...i, ...extra };
    };
    const journal = [
      // A: received, felt not recorded → open; mood 6
      entry('2026-03-01T09:00:00Z', 6, 5, { stress: 8, interactions: [open({ direction: 'received' })] }),
      // B: felt +2, direction not recorded → open; mood 5
      entry('2026-03-02T09:00:00Z', 5, 5, { stress: 8, interactions: [open({ felt: 2 })] }),
      // C: nothing recorded, but a second interaction is known support → supported; mood 9
      entry('2026-03-03T09:00:00Z', 9, 5, { stress: 8, interactions: [open({}), interaction('q', { direction: 'received', felt: 1 })] }),
      // D: gave, felt not recorded → known not support → unsupported; mood 2
      entry('2026-03-04T09:00:00Z', 2, 5, { stress: 8, interactions: [open({ direction: 'gave' })] }),
      // E: felt −1, direction not recorded → known not support → unsupported; mood 4
      entry('2026-03-05T09:00:00Z', 4, 5, { stress: 8, interactions: [open({ felt: -1 })] }),
    ];
    expect(computeInsights(journal, [], { today: '2026-03-05' }).stress).toEqual({
      mean: 8,
      days: 5,
      moodSupported: 9, // C
      daysSupported: 1,
      moodUnsupported: (2 + 4) / 2, // D, E
      daysUnsupported: 2,
      moodDifference: NOT_ENOUGH, // 1 and 2 days: under 5 on each side
      daysSupportNotRecorded: 2, // A, B
    });
  });

  it('has null means when a side has no days', () => {
    const calm = [entry('2026-03-01T09:00:00Z', 6, 5, { stress: 2 })];
    expect(computeInsights(calm, [], { today: '2026-03-01' }).stress).toEqual({
      mean: 2,
      days: 1,
      moodSupported: null,
      daysSupported: 0,
      moodUnsupported: null,
      daysUnsupported: 0,
      moodDifference: NOT_ENOUGH,
      daysSupportNotRecorded: 0,
    });
    const noStress = [entry('2026-03-01T09:00:00Z', 6, 5)];
    expect(computeInsights(noStress, [], { today: '2026-03-01' }).stress).toMatchObject({ mean: null, days: 0 });
  });
});

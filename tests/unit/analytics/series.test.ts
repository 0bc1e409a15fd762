// Daily points with a trailing week, and day / week / month buckets.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { entry, interaction } from './builders';

describe('daily series', () => {
  it('averages the days with entries among the last seven, without inventing the others', () => {
    const journal = [
      entry('2026-03-01T12:00:00Z', 2, 1),
      entry('2026-03-02T12:00:00Z', 4, 3),
      entry('2026-03-04T12:00:00Z', 9, 8),
      entry('2026-03-08T12:00:00Z', 1, 2),
      entry('2026-03-09T12:00:00Z', 5, 6),
    ];
    const daily = computeInsights(journal, [], { today: '2026-03-09' }).series.daily;
    expect(daily.map((d) => d.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-04', '2026-03-08', '2026-03-09']);
    // 03-01: only itself → 2; 03-02: (2 + 4)/2 = 3; 03-04: (2 + 4 + 9)/3 = 5
    // 03-08: window 03-02 … 03-08 → 4, 9, 1 → 14/3 (03-01 has dropped out)
    // 03-09: window 03-03 … 03-09 → 9, 1, 5 → 5
    expect(daily.map((d) => d.mood7)).toEqual([2, 3, 5, 14 / 3, 5]);
    // supports: 1; (1 + 3)/2 = 2; (1 + 3 + 8)/3 = 4; (3 + 8 + 2)/3 = 13/3; (8 + 2 + 6)/3 = 16/3
    expect(daily.map((d) => d.support7)).toEqual([1, 2, 4, 13 / 3, 16 / 3]);
  });

  it('has one point for a single day', () => {
    const { series } = computeInsights([entry('2026-03-01T12:00:00Z', 6, 7, { stress: 2 })], [], { today: '2026-03-01' });
    expect(series).toEqual({
      granularity: 'day',
      daily: [{ date: '2026-03-01', entries: 1, mood: 6, support: 7, stress: 2, mood7: 6, support7: 7 }],
      buckets: [
        {
          start: '2026-03-01',
          end: '2026-03-01',
          days: 1,
          entries: 1,
          mood: 6,
          support: 7,
          stress: 2,
          kinds: { emotional: 0, practical: 0, informational: 0, financial: 0, companionship: 0, esteem: 0 },
        },
      ],
    });
  });
});

describe('daily series without moods', () => {
  it('leaves a gap where nothing was recorded, and averages the trailing week over the days that have values', () => {
    const journal = [
      entry('2026-03-01T12:00:00Z', 2, null),
      entry('2026-03-02T12:00:00Z', null, null), // imported: no values at all
      entry('2026-03-04T12:00:00Z', 8, 6),
      entry('2026-03-10T12:00:00Z', null, 4), // the window 03-04 … 03-10 has mood 8 only
      entry('2026-03-20T12:00:00Z', null, null), // nothing with a value in 03-14 … 03-20
    ];
    const daily = computeInsights(journal, [], { today: '2026-03-20' }).series.daily;
    expect(daily.map((d) => [d.date, d.mood, d.support, d.mood7, d.support7])).toEqual([
      ['2026-03-01', 2, null, 2, null],
      ['2026-03-02', null, null, 2, null],
      ['2026-03-04', 8, 6, 5, 6], // (2 + 8)/2; support only on 03-04
      ['2026-03-10', null, 4, 8, 5], // (6 + 4)/2
      ['2026-03-20', null, null, null, null],
    ]);
  });

  it('gives a bucket with days but no mood a null mood', () => {
    const journal = [entry('2026-03-02T12:00:00Z', null, 6), entry('2026-03-03T12:00:00Z', 4, null), entry('2026-03-03T18:00:00Z', 6, null)];
    const { buckets } = computeInsights(journal, [], { from: '2026-03-01', to: '2026-03-03', today: '2026-03-03' }).series;
    expect(buckets.map((b) => [b.start, b.days, b.entries, b.mood, b.support])).toEqual([
      ['2026-03-01', 0, 0, null, null],
      ['2026-03-02', 1, 1, null, 6],
      ['2026-03-03', 1, 2, 5, null],
    ]);
    // a week bucket averages only the days that have a value
    const weeks = computeInsights(journal, [], { from: '2026-01-01', to: '2026-04-01', today: '2026-04-01' }).series.buckets.filter((b) => b.days > 0);
    expect(weeks.map((b) => [b.start, b.days, b.mood, b.support])).toEqual([['2026-03-02', 2, 5, 6]]);
  });
});

describe('buckets', () => {
  const granularity = (from: string, to: string) => computeInsights([], [], { from, to, today: to }).series.granularity;

  it('chooses days up to 90 days, weeks up to 730, months above', () => {
    expect(granularity('2026-01-01', '2026-03-31')).toBe('day'); // 31 + 28 + 31 = 90 days
    expect(granularity('2026-01-01', '2026-04-01')).toBe('week'); // 91
    expect(granularity('2025-01-01', '2026-12-31')).toBe('week'); // 365 + 365 = 730
    expect(granularity('2025-01-01', '2027-01-01')).toBe('month'); // 731
  });

  it('covers a day range with every day, empty days as null', () => {
    const { buckets } = computeInsights([entry('2026-03-02T12:00:00Z', 4, 6)], [], { from: '2026-03-01', to: '2026-03-03', today: '2026-03-03' }).series;
    expect(buckets.map((b) => [b.start, b.days, b.mood, b.support])).toEqual([
      ['2026-03-01', 0, null, null],
      ['2026-03-02', 1, 4, 6],
      ['2026-03-03', 0, null, null],
    ]);
  });

  it('averages daily values per week, weeks starting on Monday or Sunday', () => {
    // 91 days (2026-01-01 … 2026-04-01) → weeks. 2026-03-01 is a Sunday.
    const journal = [
      entry('2026-02-28T09:00:00Z', 2, 1, { interactions: [interaction('a', { kinds: ['emotional', 'esteem'] })] }), // Saturday
      entry('2026-02-28T21:00:00Z', 4, 3), // same Saturday: daily mood 3, support 2
      entry('2026-03-01T12:00:00Z', 9, 8, { interactions: [interaction('b', { kinds: ['emotional'] })] }), // Sunday
      entry('2026-03-02T12:00:00Z', 6, 5), // Monday
    ];
    const options = { from: '2026-01-01', to: '2026-04-01', today: '2026-04-01' };
    const monday = computeInsights(journal, [], options).series;
    expect(monday.granularity).toBe('week');
    // Monday weeks: 02-23 … 03-01 holds Sat (3) and Sun (9) → mood (3 + 9)/2 = 6, support (2 + 8)/2 = 5; 03-02 … 03-08 holds Mon
    const mon = monday.buckets.filter((b) => b.days > 0);
    expect(mon.map((b) => [b.start, b.end, b.days, b.entries, b.mood, b.support])).toEqual([
      ['2026-02-23', '2026-03-01', 2, 3, 6, 5],
      ['2026-03-02', '2026-03-08', 1, 1, 6, 5],
    ]);
    expect(mon[0]!.kinds).toEqual({ emotional: 2, practical: 0, informational: 0, financial: 0, companionship: 0, esteem: 1 });
    // the first bucket is the whole week holding 2026-01-01 (a Thursday): Monday 2025-12-29
    expect(monday.buckets[0]).toMatchObject({ start: '2025-12-29', end: '2026-01-04', days: 0, mood: null });
    expect(monday.buckets.at(-1)).toMatchObject({ start: '2026-03-30', end: '2026-04-05' });
    expect(monday.buckets).toHaveLength(14);

    // Sunday weeks: 02-22 … 02-28 holds Sat; 03-01 … 03-07 holds Sun (9, 8) and Mon (6, 5) → 7.5 and 6.5
    const sunday = computeInsights(journal, [], { ...options, weekStartsOn: 0 }).series.buckets.filter((b) => b.days > 0);
    expect(sunday.map((b) => [b.start, b.days, b.mood, b.support])).toEqual([
      ['2026-02-22', 1, 3, 2],
      ['2026-03-01', 2, 7.5, 6.5],
    ]);
  });

  it('averages daily values per month, whole months at the edges', () => {
    const journal = [
      entry('2024-01-15T12:00:00Z', 1, 2),
      entry('2024-02-29T12:00:00Z', 3, 4, { stress: 9 }),
      entry('2024-02-01T12:00:00Z', 5, 6),
      entry('2026-03-10T12:00:00Z', 7, 8),
    ];
    const { granularity: g, buckets } = computeInsights(journal, [], { today: '2026-03-10' }).series;
    expect(g).toBe('month'); // 2024-01-15 … 2026-03-10 is 786 days
    // January 2024 … March 2026: 12 + 12 + 3 = 27 months
    expect(buckets).toHaveLength(27);
    expect(buckets[0]).toMatchObject({ start: '2024-01-01', end: '2024-01-31', days: 1, mood: 1, support: 2, stress: null });
    // February 2024 (a leap month): (3 + 5)/2 = 4 and (4 + 6)/2 = 5; stress only on one day → 9
    expect(buckets[1]).toMatchObject({ start: '2024-02-01', end: '2024-02-29', days: 2, entries: 2, mood: 4, support: 5, stress: 9 });
    expect(buckets[2]).toMatchObject({ start: '2024-03-01', end: '2024-03-31', days: 0, entries: 0, mood: null, support: null, stress: null });
    expect(buckets[26]).toMatchObject({ start: '2026-03-01', end: '2026-03-31', days: 1, mood: 7 });
  });
});

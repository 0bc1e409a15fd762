// What a day is (the local date of occurredAt, whatever UTC says) and which days a range covers.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { groupByDay, groupByDayMemo } from '../../../electron/analytics/days';
import { entry } from './builders';

describe('the day of an entry', () => {
  it('is the date in the offset it was written in, not the UTC date', () => {
    const journal = [
      entry('2026-03-01T23:30:00-05:00', 2, 3), // 2026-03-02T04:30Z in UTC
      entry('2026-03-01T09:00:00+00:00', 4, 5),
      entry('2026-03-02T00:30:00+14:00', 8, 9), // 2026-03-01T10:30Z in UTC
      entry('2026-03-02T23:59:00-12:00', 6, 7), // 2026-03-03T11:59Z in UTC
      entry('2026-03-03T00:00:00Z', 10, 10),
    ];
    const { series, calendar, days } = computeInsights(journal, [], { today: '2026-03-03' });
    expect(days).toBe(3);
    // 03-01: moods (2 + 4)/2 = 3, supports (3 + 5)/2 = 4; 03-02: (8 + 6)/2 = 7 and (9 + 7)/2 = 8; 03-03: 10 and 10
    expect(series.daily.map((d) => [d.date, d.entries, d.mood, d.support])).toEqual([
      ['2026-03-01', 2, 3, 4],
      ['2026-03-02', 2, 7, 8],
      ['2026-03-03', 1, 10, 10],
    ]);
    expect(calendar.map((d) => d.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
  });

  it('filters the range by local date too', () => {
    const late = entry('2026-03-01T23:30:00-05:00', 2, 3);
    expect(computeInsights([late], [], { to: '2026-03-01', today: '2026-03-05' }).entries).toBe(1);
    expect(computeInsights([late], [], { from: '2026-03-02', today: '2026-03-05' }).entries).toBe(0);
  });

  it('averages stress over the entries that have it', () => {
    const journal = [entry('2026-03-01T08:00:00Z', 5, 5, { stress: 8 }), entry('2026-03-01T12:00:00Z', 5, 5), entry('2026-03-01T18:00:00Z', 5, 5, { stress: 3 })];
    // (8 + 3) / 2 = 5.5; the middle entry has no stress and does not count as 0
    expect(computeInsights(journal, [], { today: '2026-03-01' }).series.daily[0]!.stress).toBe(5.5);
  });
});

describe('a mood or support that was not recorded', () => {
  it('is left out of the day, never counted as 0', () => {
    // 03-01: moods 4 and (none) → 4, supports (none) and 8 → 8
    const journal = [entry('2026-03-01T08:00:00Z', 4, null), entry('2026-03-01T20:00:00Z', null, 8)];
    expect(computeInsights(journal, [], { today: '2026-03-01' }).series.daily[0]).toMatchObject({ entries: 2, mood: 4, support: 8 });
  });

  it('makes a day with only mood-less entries a day with entries and a null mood', () => {
    const journal = [
      entry('2026-03-01T09:00:00Z', 6, 5),
      // 03-02: two imported entries, one with a support value
      entry('2026-03-02T09:00:00Z', null, null, { stress: 4 }),
      entry('2026-03-02T18:00:00Z', null, 3),
      entry('2026-03-03T09:00:00Z', 8, null),
    ];
    const insights = computeInsights(journal, [], { today: '2026-03-03' });
    expect(insights).toMatchObject({ days: 3, entries: 4 });
    expect(insights.series.daily.map((d) => [d.date, d.entries, d.mood, d.support, d.stress])).toEqual([
      ['2026-03-01', 1, 6, 5, null],
      ['2026-03-02', 2, null, 3, 4],
      ['2026-03-03', 1, 8, null, null],
    ]);
    // means over the days that have a value: mood (6 + 8)/2 over 2 days, support (5 + 3)/2 over 2 days
    expect(insights.mood).toEqual({ mean: 7, days: 2 });
    expect(insights.support).toEqual({ mean: 4, days: 2 });
  });

  it('gives null means when nothing in the range has a mood or a support', () => {
    const imported = [entry('2026-03-01T09:00:00Z', null, null), entry('2026-03-02T09:00:00Z', null, null)];
    const insights = computeInsights(imported, [], { today: '2026-03-02' });
    expect(insights).toMatchObject({ days: 2, entries: 2, mood: { mean: null, days: 0 }, support: { mean: null, days: 0 } });
    expect(insights.series.daily.map((d) => [d.mood, d.support, d.mood7, d.support7])).toEqual([
      [null, null, null, null],
      [null, null, null, null],
    ]);
    expect(insights.correlation).toMatchObject({ n: 0, needed: 10, reason: 'not-enough-data' });
  });
});

describe('the range', () => {
  const journal = [entry('2026-02-10T12:00:00Z', 1, 1), entry('2026-03-01T12:00:00Z', 5, 5), entry('2026-03-20T12:00:00Z', 9, 9)];

  it('runs from the first day with entries to today when open', () => {
    const insights = computeInsights(journal, [], { today: '2026-03-10' });
    // the entry on 03-20 is after today and left out
    expect(insights.range).toEqual({ from: '2026-02-10', to: '2026-03-10', calendarDays: 29 });
    expect(insights.entries).toBe(2);
    expect(insights.calendar).toHaveLength(29);
  });

  it('is inclusive at both ends', () => {
    const insights = computeInsights(journal, [], { from: '2026-03-01', to: '2026-03-20', today: '2026-03-10' });
    expect(insights.range).toEqual({ from: '2026-03-01', to: '2026-03-20', calendarDays: 20 });
    expect(insights.entries).toBe(2);
    expect(insights.mood.mean).toBe(7);
  });

  it('resolves an open start after filtering the end', () => {
    // to = 2026-03-05 leaves 02-10 and 03-01; from is the first of those
    expect(computeInsights(journal, [], { to: '2026-03-05', today: '2026-04-01' }).range).toEqual({ from: '2026-02-10', to: '2026-03-05', calendarDays: 24 });
    // from given but no entries in range: the range still covers the asked days
    expect(computeInsights(journal, [], { from: '2026-03-02', to: '2026-03-04', today: '2026-04-01' }).range).toEqual({ from: '2026-03-02', to: '2026-03-04', calendarDays: 3 });
  });

  it('is null when there is nothing to cover', () => {
    expect(computeInsights([], [], { today: '2026-03-10' }).range).toBeNull();
    expect(computeInsights(journal, [], { today: '2026-01-01' }).range).toBeNull(); // every entry is after today
    expect(computeInsights(journal, [], { from: '2026-03-05', to: '2026-03-01', today: '2026-04-01' }).range).toBeNull();
  });

  it('rejects dates that are not calendar dates', () => {
    expect(() => computeInsights(journal, [], { today: '2026-02-30' })).toThrow(RangeError);
    expect(() => computeInsights(journal, [], { from: '1 March', today: '2026-03-01' })).toThrow(RangeError);
  });
});

describe('groupByDayMemo', () => {
  it('reuses the grouping of the same array and never confuses two arrays', () => {
    const first = [entry('2026-03-01T10:00:00+00:00', 4, 6), entry('2026-03-02T10:00:00+00:00', 5, 7)];
    const once = groupByDayMemo(first);
    expect(groupByDayMemo(first)).toBe(once);
    expect(once).toEqual(groupByDay(first));
    const second = [...first, entry('2026-03-03T10:00:00+00:00', 8, 9)];
    expect(groupByDayMemo(second)).not.toBe(once);
    expect(groupByDayMemo(second).map((d) => d.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
  });
});

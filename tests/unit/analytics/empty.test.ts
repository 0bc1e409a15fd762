// Nothing to show must still be a well-formed answer: zeros and nulls, never NaN.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { expectAllFinite } from './assertions';
import { entry } from './builders';

const NO_KINDS = { emotional: 0, practical: 0, informational: 0, financial: 0, companionship: 0, esteem: 0 };
const NO_FELT = { interactions: 0, meanFelt: null, feltInteractions: 0 };
const NOT_ENOUGH = { verdict: 'not-enough-days', enough: false, n: 0, needed: 10, pearson: null, spearman: null, ciLow: null, ciHigh: null, reason: 'not-enough-data' };

describe('an empty journal', () => {
  it('answers with zeros and nulls', () => {
    const insights = computeInsights([], [], { today: '2026-03-01' });
    expect(insights).toEqual({
      range: null,
      weekStartsOn: 1,
      days: 0,
      entries: 0,
      interactions: 0,
      mood: { mean: null, days: 0 },
      support: { mean: null, days: 0 },
      correlation: NOT_ENOUGH,
      nextDay: NOT_ENOUGH,
      kinds: NO_KINDS,
      people: [],
      stress: {
        mean: null,
        days: 0,
        moodSupported: null,
        daysSupported: 0,
        moodUnsupported: null,
        daysUnsupported: 0,
        moodDifference: { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null },
        daysSupportNotRecorded: 0,
      },
      series: { granularity: 'day', daily: [], buckets: [] },
      circle: { weeks: [], people: 0, daysSinceLastInteraction: null, quiet: false },
      calendar: [],
      perceivedVsReceived: {
        daysWithHelp: 0,
        feltWithHelp: null,
        daysWithoutHelp: 0,
        feltWithoutHelp: null,
        helpedButLow: 0,
        supportedWithoutHelp: 0,
        daysHelpNotRecorded: 0,
        difference: { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null },
      },
      helpOverTime: { weeks: [], mismatched: [] },
      asked: { asked: NO_FELT, offered: NO_FELT },
      // Every channel, even with nothing in it.
      channels: { 'in-person': NO_FELT, call: NO_FELT, video: NO_FELT, message: NO_FELT, online: NO_FELT, other: NO_FELT },
      reciprocity: { received: 0, gave: 0, both: 0 },
    });
    expectAllFinite(insights);
  });

  it('covers an asked range without entries with empty days', () => {
    const insights = computeInsights([entry('2025-01-01T12:00:00Z', 5, 5)], [], { from: '2026-02-27', to: '2026-03-02', today: '2026-03-02' });
    expect(insights).toMatchObject({ days: 0, entries: 0, mood: { mean: null }, correlation: NOT_ENOUGH });
    expect(insights.calendar.map((d) => [d.date, d.mood])).toEqual([
      ['2026-02-27', null],
      ['2026-02-28', null],
      ['2026-03-01', null],
      ['2026-03-02', null],
    ]);
    expect(insights.series.buckets.map((b) => [b.start, b.days, b.mood])).toEqual([
      ['2026-02-27', 0, null],
      ['2026-02-28', 0, null],
      ['2026-03-01', 0, null],
      ['2026-03-02', 0, null],
    ]);
    expect(insights.circle.weeks).toEqual([
      { start: '2026-02-23', people: 0 },
      { start: '2026-03-02', people: 0 },
    ]);
    expectAllFinite(insights);
    expectAllFinite(JSON.parse(JSON.stringify(insights)));
  });
});

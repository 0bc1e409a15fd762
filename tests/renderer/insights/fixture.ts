// A hand-made Insights result: numbers chosen so each one is easy to find on screen.
import type { Correlation, Insights, MeanDifference, PersonInsight } from '../../../shared/insights';

export const NOT_ENOUGH: MeanDifference = { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null };

const zeroKinds = { emotional: 0, practical: 0, informational: 0, financial: 0, companionship: 0, esteem: 0 };

export function correlation(over: Partial<Correlation> = {}): Correlation {
  return { verdict: 'tendency', enough: true, n: 42, needed: 0, pearson: 0.4234, spearman: 0.391, ciLow: 0.137, ciHigh: 0.65, reason: null, ...over };
}

export function person(name: string, i: number, over: Partial<PersonInsight> = {}): PersonInsight {
  return {
    personId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name,
    relationship: 'friend',
    interactions: 30 - i,
    kinds: { ...zeroKinds, emotional: 1 },
    meanFelt: 1.25,
    feltInteractions: 30 - i,
    meanCost: 0.5,
    costInteractions: 30 - i,
    received: 3,
    gave: 1,
    both: 2,
    lastContact: '2026-03-10T10:00:00+01:00',
    moodWith: 6.66,
    moodWithout: 5.04,
    daysWith: 12,
    daysWithout: 30,
    moodDifference: { verdict: 'tendency', difference: 1.62, ciLow: 0.41, ciHigh: 2.83 },
    // Counted over the same interactions as meanFelt: all 30 − i have felt recorded.
    feltSpread: { nourishing: 25 - i, neutral: 3, draining: 2 },
    mixed: false,
    ...over,
  };
}

/** 42 days of entries from 2026-02-01 to 2026-03-14 (to 2026-03-15, 'today'). */
export function makeInsights(over: Partial<Insights> = {}): Insights {
  const daily = Array.from({ length: 42 }, (_, i) => {
    const date = new Date(Date.UTC(2026, 1, 1 + i)).toISOString().slice(0, 10);
    return { date, entries: 1, mood: 3 + (i % 7), support: 2 + (i % 8), stress: i % 3 === 0 ? 8 : 3, mood7: 5.55, support7: 5.45 };
  });
  const calendar = [
    ...Array.from({ length: 42 }, (_, i) => ({ date: daily[i]!.date, entries: 1, mood: daily[i]!.mood, support: daily[i]!.support })),
    { date: '2026-03-15', entries: 0, mood: null, support: null },
  ];
  return {
    range: { from: '2026-02-01', to: '2026-03-15', calendarDays: 43 },
    weekStartsOn: 1,
    days: 42,
    entries: 42,
    interactions: 60,
    mood: { mean: 5.9, days: 42 },
    support: { mean: 5.4, days: 42 },
    correlation: correlation(),
    nextDay: correlation({ verdict: 'no-clear-pattern', n: 41, pearson: -0.05, spearman: -0.02, ciLow: -0.35, ciHigh: 0.26 }),
    kinds: { emotional: 25, practical: 12, informational: 4, financial: 1, companionship: 17, esteem: 3 },
    people: [
      person('Sam', 0, { meanFelt: 1.25, meanCost: 0.44, received: 10, gave: 5, both: 3 }),
      person('Ana', 1, {
        meanFelt: -0.75,
        meanCost: 2.25,
        moodWith: 4.35,
        moodWithout: 6.12,
        daysWith: 8,
        daysWithout: 34,
        moodDifference: { verdict: 'tendency', difference: -1.77, ciLow: -2.91, ciHigh: -0.63 },
        feltSpread: { nourishing: 9, neutral: 2, draining: 18 },
        mixed: true,
        received: 1,
        gave: 20,
        both: 2,
      }),
      person('Lee', 14, { daysWith: 3, daysWithout: 39, moodDifference: NOT_ENOUGH }),
      ...Array.from({ length: 9 }, (_, i) => person(`Friend ${i + 1}`, i + 2)),
    ],
    stress: {
      mean: 4.7,
      days: 42,
      moodSupported: 6.25,
      daysSupported: 9,
      moodUnsupported: 4.5,
      daysUnsupported: 5,
      moodDifference: { verdict: 'no-clear-pattern', difference: 1.75, ciLow: -0.2, ciHigh: 3.7 },
      daysSupportNotRecorded: 0,
    },
    series: {
      granularity: 'day',
      daily,
      buckets: daily.map((d) => ({ start: d.date, end: d.date, days: 1, entries: 1, mood: d.mood, support: d.support, stress: d.stress, kinds: { ...zeroKinds, emotional: 1 } })),
    },
    circle: {
      weeks: [
        { start: '2026-01-26', people: 2 },
        { start: '2026-02-02', people: 4 },
        { start: '2026-02-09', people: 3 },
      ],
      people: 12,
      daysSinceLastInteraction: 9,
      quiet: true,
    },
    calendar,
    perceivedVsReceived: {
      daysWithHelp: 24,
      feltWithHelp: 6.1,
      daysWithoutHelp: 16,
      feltWithoutHelp: 4.4,
      helpedButLow: 2,
      supportedWithoutHelp: 1,
      daysHelpNotRecorded: 2,
      difference: { verdict: 'tendency', difference: 1.7, ciLow: 0.6, ciHigh: 2.8 },
    },
    helpOverTime: {
      weeks: [
        { start: '2026-01-26', end: '2026-02-01', support: 5.5, supportDays: 1, daysWithHelp: 1 },
        { start: '2026-02-02', end: '2026-02-08', support: 4.25, supportDays: 7, daysWithHelp: 3 },
        { start: '2026-02-09', end: '2026-02-15', support: null, supportDays: 0, daysWithHelp: 0 },
      ],
      mismatched: [
        { date: '2026-02-03', kind: 'helped-but-low', support: 2, entries: [{ id: 'entry-helped-low', occurredAt: '2026-02-03T21:15:00+01:00' }] },
        {
          date: '2026-02-05',
          kind: 'helped-but-low',
          support: 3,
          entries: [
            { id: 'entry-low-a', occurredAt: '2026-02-05T08:00:00+01:00' },
            { id: 'entry-low-b', occurredAt: '2026-02-05T19:30:00+01:00' },
          ],
        },
        { date: '2026-02-07', kind: 'supported-without-help', support: 8, entries: [{ id: 'entry-alone-high', occurredAt: '2026-02-07T12:00:00+01:00' }] },
      ],
    },
    asked: { asked: { interactions: 12, meanFelt: 1.2, feltInteractions: 10 }, offered: { interactions: 48, meanFelt: 0.35, feltInteractions: 48 } },
    channels: {
      'in-person': { interactions: 30, meanFelt: 0.9, feltInteractions: 30 },
      call: { interactions: 10, meanFelt: 0.5, feltInteractions: 8 },
      video: { interactions: 0, meanFelt: null, feltInteractions: 0 },
      message: { interactions: 15, meanFelt: -0.2, feltInteractions: 15 },
      online: { interactions: 5, meanFelt: 0, feltInteractions: 5 },
      other: { interactions: 0, meanFelt: null, feltInteractions: 0 },
    },
    reciprocity: { received: 40, gave: 30, both: 20 },
    ...over,
  };
}

/** What a journal with only `days` days of entries returns. */
export function fewDays(days: number): Insights {
  const base = makeInsights();
  return {
    ...base,
    days,
    entries: days,
    interactions: days,
    correlation: correlation({ verdict: 'not-enough-days', enough: false, n: days, needed: 10 - days, pearson: null, spearman: null, ciLow: null, ciHigh: null, reason: 'not-enough-data' }),
    nextDay: correlation({ verdict: 'not-enough-days', enough: false, n: Math.max(0, days - 1), needed: 10 - Math.max(0, days - 1), pearson: null, spearman: null, ciLow: null, ciHigh: null, reason: 'not-enough-data' }),
    series: { ...base.series, daily: base.series.daily.slice(0, days) },
    circle: { ...base.circle, quiet: false, daysSinceLastInteraction: 1 },
  };
}

const NO_MOOD = '2026-02-02';
const NO_SUPPORT = '2026-02-03';
/** Also a stress day (stress 8), so one stress day has no mood. */
const NEITHER = '2026-02-04';

function gap<T extends { mood: number | null; support: number | null }>(date: string, d: T): T {
  if (date === NO_MOOD) return { ...d, mood: null };
  if (date === NO_SUPPORT) return { ...d, support: null };
  if (date === NEITHER) return { ...d, mood: null, support: null };
  return d;
}

/** makeInsights with three imported days: one without a mood, one without a support, one with neither. */
export function withGaps(): Insights {
  const base = makeInsights();
  return {
    ...base,
    mood: { mean: 5.95, days: 40 },
    support: { mean: 5.45, days: 40 },
    correlation: correlation({ n: 39 }),
    // Four stress days without support have a mood: under the five a comparison needs.
    stress: { ...base.stress, daysUnsupported: 4, moodDifference: NOT_ENOUGH },
    series: {
      ...base.series,
      daily: base.series.daily.map((d) => gap(d.date, d)),
      buckets: base.series.buckets.map((b) => gap(b.start, b)),
    },
    calendar: base.calendar.map((d) => gap(d.date, d)),
  };
}

// The words every surface uses: a tendency only when the verdict allows it, plain words without r
// or CI, and the figures on their own line.
import { describe, expect, it } from 'vitest';
import type { Correlation, MeanDifference, PersonInsight, StressInsight } from '../../../shared/insights';
import { correlationClaim, feltSpreadWords, personMoodClaim, stressClaim } from '../../../shared/insights-text';

function correlation(over: Partial<Correlation>): Correlation {
  return { verdict: 'tendency', enough: true, n: 42, needed: 0, pearson: 0.4234, spearman: 0.39, ciLow: 0.137, ciHigh: 0.65, reason: null, ...over };
}

const NOT_ENOUGH: MeanDifference = { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null };

function ana(over: Partial<PersonInsight>): PersonInsight {
  return {
    personId: 'a',
    name: 'Ana',
    relationship: 'friend',
    interactions: 9,
    kinds: { emotional: 0, practical: 0, informational: 0, financial: 0, companionship: 0, esteem: 0 },
    meanFelt: 0,
    feltInteractions: 9,
    meanCost: 0,
    costInteractions: 9,
    received: 9,
    gave: 0,
    both: 0,
    lastContact: '2026-03-01T12:00:00Z',
    moodWith: 4.35,
    moodWithout: 6.12,
    daysWith: 8,
    daysWithout: 34,
    moodDifference: { verdict: 'tendency', difference: -1.77, ciLow: -2.91, ciHigh: -0.63 },
    feltSpread: { nourishing: 4, neutral: 1, draining: 4 },
    mixed: false,
    ...over,
  };
}

const noPlainFigures = (words: string) => expect(words).not.toMatch(/\br\b|CI|95%/);

describe('correlationClaim', () => {
  it('says "tended to" for a tendency, with r, the interval and n only on the figures line', () => {
    const c = correlationClaim(correlation({}));
    expect(c).toEqual({ words: 'On days you felt more supported, your mood tended to be higher. This is a pattern, not a cause.', figures: 'r = 0.42, 95% CI 0.14 to 0.65, n = 42 days' });
    noPlainFigures(c.words);
    expect(correlationClaim(correlation({ pearson: -0.5, ciLow: -0.7, ciHigh: -0.2 }), true).words).toBe('On days after you felt more supported, your mood tended to be lower. This is a pattern, not a cause.');
  });

  it('says no clear pattern for the issue’s next-day interval of −0.30 to 0.59', () => {
    const c = correlationClaim(correlation({ verdict: 'no-clear-pattern', n: 41, pearson: 0.17, ciLow: -0.3, ciHigh: 0.59 }), true);
    expect(c).toEqual({ words: 'No clear pattern yet between felt support and the next day’s mood (41 pairs of days).', figures: 'r = 0.17, 95% CI −0.30 to 0.59, n = 41 pairs of days' });
    expect(c.words).not.toContain('tended');
  });

  it('says no clear pattern below ten days, with how many there are', () => {
    const c = correlationClaim(correlation({ verdict: 'not-enough-days', enough: false, n: 9, needed: 1, pearson: null, spearman: null, ciLow: null, ciHigh: null, reason: 'not-enough-data' }));
    expect(c).toEqual({ words: 'No clear pattern yet (9 days with both felt support and mood).', figures: 'n = 9; a pattern is looked for from 10 days' });
  });

  it('names the value that never changed', () => {
    const flat = { verdict: 'no-clear-pattern', pearson: null, spearman: null, ciLow: null, ciHigh: null } as const;
    expect(correlationClaim(correlation({ ...flat, reason: 'support-constant' }))).toEqual({ words: 'No clear pattern yet (42 days): felt support was the same every time.', figures: null });
    expect(correlationClaim(correlation({ ...flat, reason: 'mood-constant' })).words).toBe('No clear pattern yet (42 days): your mood was the same every time.');
  });
});

describe('group comparisons', () => {
  it('describes a tendency with both counts, and the difference with its interval on the figures line', () => {
    const c = personMoodClaim(ana({}));
    expect(c).toEqual({
      words: 'Your mood tended to be lower on days with Ana than on other days (8 days with, 34 without). This is a pattern, not a cause.',
      figures: 'Mean mood 4.3 with, 6.1 without; difference −1.8, 95% CI −2.9 to −0.6',
    });
    noPlainFigures(c.words);
    expect(personMoodClaim(ana({}), 'A. B.').words).toContain('on days with A. B. than');
  });

  it('says no clear difference when the interval includes zero', () => {
    const c = personMoodClaim(ana({ moodDifference: { verdict: 'no-clear-pattern', difference: 0.4, ciLow: -0.5, ciHigh: 1.3 } }));
    expect(c).toEqual({
      words: 'No clear difference yet between your mood on days with Ana and on other days (8 days with, 34 without).',
      figures: 'Mean mood 4.3 with, 6.1 without; difference +0.4, 95% CI −0.5 to 1.3',
    });
  });

  it('says not enough days below five a side, still with both counts and no figures', () => {
    expect(personMoodClaim(ana({ daysWith: 4, moodDifference: NOT_ENOUGH }))).toEqual({
      words: 'Not enough days yet to compare your mood on days with Ana and on other days (4 days with, 34 without; at least 5 of each are needed).',
      figures: null,
    });
    const stress: StressInsight = {
      mean: 7.5,
      days: 2,
      moodSupported: 6,
      daysSupported: 1,
      moodUnsupported: 3,
      daysUnsupported: 1,
      moodDifference: NOT_ENOUGH,
      daysSupportNotRecorded: 0,
    };
    expect(stressClaim(stress).words).toBe(
      'Not enough days yet to compare your mood on stress days with nourishing support and on stress days without (1 day with, 1 without; at least 5 of each are needed).',
    );
  });
});

describe('feltSpreadWords', () => {
  it('counts each way it felt, so +2 and −2 do not average to neutral', () => {
    expect(feltSpreadWords({ nourishing: 4, neutral: 1, draining: 4 })).toBe('Felt nourishing 4 times, neutral 1 time, draining 4 times (9 with felt recorded).');
    expect(feltSpreadWords({ nourishing: 0, neutral: 0, draining: 0 })).toBe('How it felt was not recorded.');
  });
});

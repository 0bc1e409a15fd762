// Plain-language sentences about the analytics, shared by the Insights screen, the CLI and reports,
// so every surface says the same thing the same way. The verdict (electron/analytics/claims.ts)
// decides what may be said; here it is only put into words: plain words first, with no r or CI,
// and the figures on a second line.
import { fixed, MINUS, plural, signed } from './format';
import {
  HELPED_BUT_LOW_AT_MOST,
  MIN_CORRELATION_DAYS,
  MIN_GROUP_DAYS,
  SUPPORTED_WITHOUT_HELP_FROM,
  type Correlation,
  type FeltOfGroup,
  type FeltSpread,
  type MeanDifference,
  type MismatchKind,
  type PerceivedVsReceived,
  type PersonInsight,
  type StressInsight,
} from './insights';

/** What a person reads (`words`), and the figures behind it for a smaller second line; null when there are none. */
export interface Claim {
  words: string;
  figures: string | null;
}

/** Sentences write a true minus sign. */
const num = (n: number, digits: number) => fixed(n, digits, MINUS);
const signedNum = (n: number, digits: number) => signed(n, digits, MINUS);

const interval = (low: number, high: number, digits: number) => `95% CI ${num(low, digits)} to ${num(high, digits)}`;

/** Support and mood moving together, the same day or (`nextDay`) support on one day against mood on the next. */
export function correlationClaim(c: Correlation, nextDay = false): Claim {
  const unit = (n: number) => (nextDay ? plural(n, 'pair of days', 'pairs of days') : plural(n, 'day'));
  const mood = nextDay ? 'the next day’s mood' : 'mood';
  if (c.verdict === 'not-enough-days') {
    return {
      words: `No clear pattern yet (${unit(c.n)} with both felt support and ${mood}).`,
      figures: `n = ${c.n}; a pattern is looked for from ${unit(MIN_CORRELATION_DAYS)}`,
    };
  }
  if (c.pearson === null || c.ciLow === null || c.ciHigh === null) {
    const same =
      c.reason === 'support-constant' ? 'felt support was' : c.reason === 'mood-constant' ? `${mood === 'mood' ? 'your mood' : mood} was` : `felt support and ${mood} were each`;
    return { words: `No clear pattern yet (${unit(c.n)}): ${same} the same every time.`, figures: null };
  }
  const figures = `r = ${num(c.pearson, 2)}, ${interval(c.ciLow, c.ciHigh, 2)}, n = ${unit(c.n)}`;
  if (c.verdict === 'no-clear-pattern') return { words: `No clear pattern yet between felt support and ${mood} (${unit(c.n)}).`, figures };
  const when = nextDay ? 'On days after you felt more supported' : 'On days you felt more supported';
  return { words: `${when}, your mood tended to be ${c.pearson > 0 ? 'higher' : 'lower'}. This is a pattern, not a cause.`, figures };
}

interface Groups {
  /** "days with Ana", "stress days with nourishing support" */
  withLabel: string;
  withoutLabel: string;
  meanWith: number | null;
  daysWith: number;
  meanWithout: number | null;
  daysWithout: number;
  difference: MeanDifference;
}

/** Mean mood on two groups of days: a difference only from MIN_GROUP_DAYS days in each, always with both counts. */
function comparisonClaim(g: Groups): Claim {
  const counts = `${plural(g.daysWith, 'day')} with, ${g.daysWithout} without`;
  const d = g.difference;
  if (d.verdict === 'not-enough-days' || d.difference === null || d.ciLow === null || d.ciHigh === null || g.meanWith === null || g.meanWithout === null) {
    return {
      words: `Not enough days yet to compare your mood on ${g.withLabel} and on ${g.withoutLabel} (${counts}; at least ${MIN_GROUP_DAYS} of each are needed).`,
      figures: null,
    };
  }
  const figures = `Mean mood ${num(g.meanWith, 1)} with, ${num(g.meanWithout, 1)} without; difference ${signedNum(d.difference, 1)}, ${interval(d.ciLow, d.ciHigh, 1)}`;
  if (d.verdict === 'no-clear-pattern') return { words: `No clear difference yet between your mood on ${g.withLabel} and on ${g.withoutLabel} (${counts}).`, figures };
  return {
    words: `Your mood tended to be ${d.difference > 0 ? 'higher' : 'lower'} on ${g.withLabel} than on ${g.withoutLabel} (${counts}). This is a pattern, not a cause.`,
    figures,
  };
}

/** Mood on days with this person against the other days. `name` is the name as shown (a report may use initials). */
export function personMoodClaim(p: PersonInsight, name = p.name): Claim {
  return comparisonClaim({
    withLabel: `days with ${name}`,
    withoutLabel: 'other days',
    meanWith: p.moodWith,
    daysWith: p.daysWith,
    meanWithout: p.moodWithout,
    daysWithout: p.daysWithout,
    difference: p.moodDifference,
  });
}

/** Mood on stress days with nourishing support received against stress days without. */
export function stressClaim(s: StressInsight): Claim {
  return comparisonClaim({
    withLabel: 'stress days with nourishing support',
    withoutLabel: 'stress days without',
    meanWith: s.moodSupported,
    daysWith: s.daysSupported,
    meanWithout: s.moodUnsupported,
    daysWithout: s.daysUnsupported,
    difference: s.moodDifference,
  });
}

/** "Felt nourishing 5 times, neutral 2 times, draining 3 times (10 with felt recorded)." A mean would hide a mix. */
export function feltSpreadWords(s: FeltSpread): string {
  const total = s.nourishing + s.neutral + s.draining;
  if (total === 0) return 'How it felt was not recorded.';
  return `Felt nourishing ${plural(s.nourishing, 'time')}, neutral ${plural(s.neutral, 'time')}, draining ${plural(s.draining, 'time')} (${total} with felt recorded).`;
}

/** Felt support on days with help received against days without: a difference only from MIN_GROUP_DAYS days in each. */
export function helpClaim(p: PerceivedVsReceived): Claim {
  const counts = `${plural(p.daysWithHelp, 'day')} with help, ${p.daysWithoutHelp} without`;
  const d = p.difference;
  if (d.verdict === 'not-enough-days' || d.difference === null || d.ciLow === null || d.ciHigh === null || p.feltWithHelp === null || p.feltWithoutHelp === null) {
    return {
      words: `Not enough days yet to compare how supported you felt on days you received help and on days you did not (${counts}; at least ${MIN_GROUP_DAYS} of each are needed).`,
      figures: null,
    };
  }
  const figures = `Mean felt support ${num(p.feltWithHelp, 1)} with help, ${num(p.feltWithoutHelp, 1)} without; difference ${signedNum(d.difference, 1)}, ${interval(d.ciLow, d.ciHigh, 1)}`;
  if (d.verdict === 'no-clear-pattern') return { words: `No clear difference yet between how supported you felt on days you received help and on days you did not (${counts}).`, figures };
  return {
    words: `You tended to feel ${d.difference > 0 ? 'more' : 'less'} supported on days you received help than on days you did not (${counts}). This is a pattern, not a cause.`,
    figures,
  };
}

/** The days where being helped and feeling supported did not go together, in neutral words. */
export const MISMATCH_WORDS: Record<MismatchKind, string> = {
  'helped-but-low': 'helped, but felt alone',
  'supported-without-help': 'felt supported without help',
};

/** What each kind of mismatched day means, with its threshold. */
export const MISMATCH_MEANING: Record<MismatchKind, string> = {
  'helped-but-low': `a day you received help and your felt support was ${HELPED_BUT_LOW_AT_MOST} or less`,
  'supported-without-help': `a day without help received and your felt support was ${SUPPORTED_WITHOUT_HELP_FROM} or more`,
};

/** "Felt +1.2 over 4 of 5 interactions", "felt not recorded", for a group of interactions. */
export function feltOfGroupWords(g: FeltOfGroup): string {
  if (g.interactions === 0) return 'no interactions';
  const count = plural(g.interactions, 'interaction');
  if (g.meanFelt === null) return `${count}, felt not recorded`;
  return `${count}, mean felt ${signedNum(g.meanFelt, 1)}${g.feltInteractions < g.interactions ? ` (over the ${g.feltInteractions} with felt recorded)` : ''}`;
}

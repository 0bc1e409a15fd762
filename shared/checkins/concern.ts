// When the WHO-5 calls for a gentle word: its newest score is under 50, or 10 points or more below
// the answer before it (Topp et al., 2015). Never a label: the screens say the score and suggest
// talking it over with a professional.
import type { CheckinResult } from './result';

export const WHO5_CONCERN_BELOW = 50;
export const WHO5_CONCERN_DROP = 10;

export interface CheckinConcern {
  /** The day of the WHO-5 answer that calls for it. */
  date: string;
  score: number;
  below: boolean;
  /** The answer before, when the score dropped by WHO5_CONCERN_DROP or more from it. */
  dropFrom: { date: string; score: number } | null;
}

export function checkinConcern(results: readonly CheckinResult[]): CheckinConcern | null {
  const who5 = results
    .flatMap((r) => (r.instrument === 'who5' ? [{ date: r.date, createdAt: r.createdAt, score: r.scores.score }] : []))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const latest = who5[who5.length - 1];
  if (!latest) return null;
  const previous = who5[who5.length - 2];
  const below = latest.score < WHO5_CONCERN_BELOW;
  const dropFrom = previous && previous.score - latest.score >= WHO5_CONCERN_DROP ? { date: previous.date, score: previous.score } : null;
  return below || dropFrom ? { date: latest.date, score: latest.score, below, dropFrom } : null;
}

/** The gentle line, in plain words; `day` formats a date as the reader expects. */
export function concernWords(concern: CheckinConcern, day: (date: string) => string = (d) => d): string {
  const what = concern.dropFrom
    ? `Your WHO-5 score on ${day(concern.date)} was ${concern.score} of 100, ${concern.dropFrom.score - concern.score} points below the ${concern.dropFrom.score} of ${day(concern.dropFrom.date)}.`
    : `Your WHO-5 score on ${day(concern.date)} was ${concern.score} of 100.`;
  return `${what} If that matches how things have been, it may help to talk it over with a professional, such as your doctor or a therapist.`;
}

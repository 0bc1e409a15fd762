// Daylio's mood labels mapped to Hearth's 0-10 mood before an import is committed.
import { SCALE_RANGE } from '../../../shared/domain';
import type { MoodLabel } from '../../../shared/exchange';
import type { ShownError } from '../ui/errors';

/** What each number box starts with: the suggested value, or empty for the person's own labels. */
export function initialMoodInputs(labels: readonly MoodLabel[]): string[] {
  return labels.map((l) => (l.suggested === null ? '' : String(l.suggested)));
}

export type BuiltMoodMap = { ok: true; moodMap: Record<string, number> } | { ok: false; error: ShownError };

/** Every label needs a whole number from 0 to 10; the error's field is `moodMap.<row index>`. */
export function buildMoodMap(labels: readonly MoodLabel[], inputs: readonly string[]): BuiltMoodMap {
  const moodMap: Record<string, number> = {};
  for (const [i, l] of labels.entries()) {
    const text = (inputs[i] ?? '').trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < SCALE_RANGE.min || value > SCALE_RANGE.max) {
      return { ok: false, error: { message: `Choose a mood from 0 to 10 for "${l.label}".`, field: `moodMap.${i}` } };
    }
    moodMap[l.label] = value;
  }
  return { ok: true, moodMap };
}

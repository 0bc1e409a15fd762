// Daylio's mood labels on Hearth's 0-10 scale: the defaults for its built-in labels, and the
// person's choices applied when an import is committed. Apart from the CSV parser, so that
// committing needs nothing of csv-parse, which loads only when a CSV file is read.
import { HearthError } from '../../shared/errors';
import { SCALE_RANGE } from '../../shared/domain';
import type { ImportedEntry } from './imported-entry';

/** Daylio's five built-in moods on Hearth's 0-10 scale. */
export const DAYLIO_DEFAULT_MOODS: Readonly<Record<string, number>> = Object.freeze({ rad: 9, good: 7, meh: 5, bad: 3, awful: 1 });

// Own keys only: a custom mood called "constructor" must not find Object.prototype's.
export const defaultMood = (key: string): number | undefined => (Object.hasOwn(DAYLIO_DEFAULT_MOODS, key) ? DAYLIO_DEFAULT_MOODS[key] : undefined);

/** The key a label is matched by: Daylio's labels and the person's map alike. */
export const moodKey = (label: string) => label.trim().toLowerCase();

/**
 * The 0-10 mood of each entry: the person's choice for its label, else Daylio's default for a
 * built-in label; undefined for entries without a label (other formats have no mood).
 * Throws INVALID_INPUT naming the first label the person still has to map.
 */
export function applyMoodMap(entries: readonly ImportedEntry[], moodMap: Readonly<Record<string, number>>): (number | undefined)[] {
  const chosen = new Map(Object.entries(moodMap).map(([label, value]) => [moodKey(label), value]));
  return entries.map((e) => {
    if (e.moodLabel === undefined) return undefined;
    const k = moodKey(e.moodLabel);
    const value = chosen.get(k) ?? defaultMood(k);
    if (value === undefined || !Number.isInteger(value) || value < SCALE_RANGE.min || value > SCALE_RANGE.max) {
      throw new HearthError('INVALID_INPUT', `Choose a mood from 0 to 10 for "${e.moodLabel.trim()}".`, { field: 'moodMap' });
    }
    return value;
  });
}

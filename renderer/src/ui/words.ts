// Words for the numbers on Hearth's scales, so a screen reader (and a tired eye) hears meaning.
import type { Direction } from '../../../shared/domain';

export const MOOD_WORDS = [
  'very low',
  'very low',
  'low',
  'low',
  'a bit low',
  'okay',
  'fairly good',
  'good',
  'good',
  'very good',
  'very good',
] as const;

export const SUPPORT_WORDS = [
  'not at all',
  'hardly',
  'hardly',
  'a little',
  'a little',
  'somewhat',
  'somewhat',
  'quite',
  'well',
  'very well',
  'completely',
] as const;

export const STRESS_WORDS = [
  'none',
  'very little',
  'very little',
  'a little',
  'a little',
  'moderate',
  'moderate',
  'high',
  'high',
  'very high',
  'overwhelming',
] as const;


export const DIRECTION_LABELS: Record<Direction, string> = { received: 'I received', gave: 'I gave', both: 'Both' };





/** "7, good": the number and its word, for aria-valuetext. */
export function scaleText(words: readonly string[], value: number): string {
  return `${value}, ${words[value] ?? ''}`;
}

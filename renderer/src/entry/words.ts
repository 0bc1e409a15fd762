// Words for the numbers on Hearth's scales, so a screen reader (and a tired eye) hears meaning.
import type { Channel, Direction, Relationship, SupportKind } from '../../../shared/domain';

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

export const KIND_LABELS: Record<SupportKind, string> = {
  emotional: 'Emotional',
  practical: 'Practical',
  informational: 'Informational',
  financial: 'Financial',
  companionship: 'Companionship',
  esteem: 'Esteem',
};

export const DIRECTION_LABELS: Record<Direction, string> = { received: 'I received', gave: 'I gave', both: 'Both' };

export const FELT_STEPS: ReadonlyArray<{ value: number; label: string }> = [
  { value: -2, label: 'Draining' },
  { value: -1, label: 'A bit draining' },
  { value: 0, label: 'Neutral' },
  { value: 1, label: 'A bit nourishing' },
  { value: 2, label: 'Nourishing' },
];

export const COST_STEPS: ReadonlyArray<{ value: number; label: string }> = [
  { value: 0, label: 'None' },
  { value: 1, label: 'A little' },
  { value: 2, label: 'Some' },
  { value: 3, label: 'A lot' },
];

export const CHANNEL_LABELS: Record<Channel, string> = {
  'in-person': 'In person',
  call: 'Call',
  video: 'Video',
  message: 'Message',
  online: 'Online',
  other: 'Other',
};

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  partner: 'Partner',
  family: 'Family',
  friend: 'Friend',
  colleague: 'Colleague',
  neighbour: 'Neighbour',
  professional: 'Professional',
  group: 'Group',
  community: 'Community',
  online: 'Online',
  other: 'Other',
};

/** "7, good": the number and its word, for aria-valuetext. */
export function scaleText(words: readonly string[], value: number): string {
  return `${value}, ${words[value] ?? ''}`;
}

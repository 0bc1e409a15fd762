// The words for the domain's values, in one place so every screen, the CLI and the report say the same thing.
import type { Channel, Relationship, SupportKind } from './domain';

export const KIND_LABELS: Record<SupportKind, string> = {
  emotional: 'Emotional',
  practical: 'Practical',
  informational: 'Informational',
  financial: 'Financial',
  companionship: 'Companionship',
  esteem: 'Esteem',
};

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

/** Rounds half away from zero, so -0.5 and +0.5 read the same way. */
function nearest(v: number): number {
  return Math.sign(v) * Math.round(Math.abs(v));
}

/** The word for a felt value or an average of them (-2 draining … +2 nourishing), lower case. */
export function feltWords(v: number): string {
  const n = Math.max(-2, Math.min(2, nearest(v)));
  return FELT_STEPS.find((s) => s.value === n)!.label.toLowerCase();
}

/** The word for a cost value or an average of them (0 none … 3 a lot), lower case. */
export function costWords(v: number): string {
  const n = Math.max(0, Math.min(3, nearest(v)));
  return COST_STEPS.find((s) => s.value === n)!.label.toLowerCase();
}

/** What every screen, the CLI and the report say for a value the person did not record. */
export const NOT_RECORDED = 'not recorded';

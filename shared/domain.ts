// The domain of Hearth: who helped, how, how it felt and what it cost. See DESIGN.md.

export const RELATIONSHIPS = [
  'partner',
  'family',
  'friend',
  'colleague',
  'neighbour',
  'professional',
  'group',
  'community',
  'online',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const SUPPORT_KINDS = [
  'emotional',
  'practical',
  'informational',
  'financial',
  'companionship',
  'esteem',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const DIRECTIONS = ['received', 'gave', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CHANNELS = ['in-person', 'call', 'video', 'message', 'online', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const AUTO_LOCK_MINUTES = [1, 5, 15, 30, 60] as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_MINUTES)[number];

/** Felt: -2 draining … +2 nourishing. Cost: 0 none … 3 a lot. Mood, support, stress: 0 … 10. */
export const FELT_RANGE = { min: -2, max: 2 } as const;
export const COST_RANGE = { min: 0, max: 3 } as const;
export const SCALE_RANGE = { min: 0, max: 10 } as const;

/** One interaction as stored and returned: the person is referenced by id and named for convenience. */
export interface Interaction {
  personId: string;
  person: string;
  relationship: Relationship;
  kinds: SupportKind[];
  direction: Direction;
  felt: number;
  cost: number;
  channel: Channel;
  askedForHelp: boolean;
}

export interface Entry {
  id: string;
  /** ISO-8601 local date-time with its UTC offset, e.g. 2026-11-25T09:30:00+01:00. */
  occurredAt: string;
  mood: number;
  support: number;
  stress?: number;
  note: string;
  tags: string[];
  interactions: Interaction[];
  createdAt: string;
  updatedAt: string;
}

export interface Person {
  id: string;
  name: string;
  relationship: Relationship;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PersonSummary extends Person {
  interactionCount: number;
  /** occurredAt of the newest entry with an interaction with this person, or null. */
  lastContact: string | null;
}

export interface Settings {
  autoLockMinutes: AutoLockMinutes;
  theme: Theme;
  /** 0 = Sunday, 1 = Monday. */
  weekStartsOn: 0 | 1;
}

export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 5, theme: 'system', weekStartsOn: 1 };

export interface VaultStatus {
  /** A journal exists in the vault folder. */
  exists: boolean;
  unlocked: boolean;
}

export interface CorruptRecord {
  id: string;
  kind: string;
}

export interface VerifyReport {
  records: number;
  corrupt: CorruptRecord[];
}

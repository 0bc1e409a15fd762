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
  /** Absent when not recorded: an untouched control is never turned into an answer. */
  direction?: Direction;
  felt?: number;
  cost?: number;
  channel: Channel;
  askedForHelp: boolean;
}

export interface Entry {
  id: string;
  /** ISO-8601 local date-time with its UTC offset, e.g. 2026-11-25T09:30:00+01:00. */
  occurredAt: string;
  /** Absent when not recorded, e.g. an entry imported from a journal that has no mood. */
  mood?: number;
  /** Absent when not recorded (imported entries). */
  support?: number;
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
  /** "Also known as": other words the person's notes use for them ("Mum", "P."), hidden with the name in a report. */
  aliases: string[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PersonSummary extends Person {
  interactionCount: number;
  /** occurredAt of the newest entry with an interaction with this person, or null. */
  lastContact: string | null;
}

export const AUTO_BACKUP_TRIGGERS = ['lock', 'daily', 'lock-and-daily'] as const;
export type AutoBackupTrigger = (typeof AUTO_BACKUP_TRIGGERS)[number];

/** Automatic backups as the person sees them. The backup key itself never leaves the main process. */
export interface AutoBackup {
  /** The folder the person chose with the native dialog. */
  folder: string;
  /** How many of the newest automatic backups to keep. */
  keep: number;
  trigger: AutoBackupTrigger;
  /** When the last automatic backup was completed, or null. */
  lastBackupAt: string | null;
  /** The last failure, as a sentence, or null when the last attempt worked. */
  lastError: string | null;
}

export interface Settings {
  autoLockMinutes: AutoLockMinutes;
  theme: Theme;
  /** 0 = Sunday, 1 = Monday. */
  weekStartsOn: 0 | 1;
  autoBackup: AutoBackup | null;
}

export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 5, theme: 'system', weekStartsOn: 1, autoBackup: null };

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

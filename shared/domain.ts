// The domain of Hearth: who helped, how, how it felt and what it cost. See DESIGN.md.
import type { CheckinSettings } from './checkins/due';

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
  /** The person's relationship; absent when it was never recorded. */
  relationship?: Relationship;
  kinds: SupportKind[];
  /** Absent when not recorded: an untouched control is never turned into an answer. */
  direction?: Direction;
  felt?: number;
  cost?: number;
  channel?: Channel;
  /** true: the person asked; false: they did not (it was offered or given unasked). */
  askedForHelp?: boolean;
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
  /** Absent when not recorded: a person added without choosing one has none, never a default. */
  relationship?: Relationship;
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

/**
 * Whose conventions every date follows, in print and in date fields: 'system' is the computer's
 * own locale (read where the dates are shown), the others a BCP 47 tag the person chose.
 */
export const DATE_LOCALES = ['system', 'en-GB', 'en-US', 'en-CA', 'en-AU', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'sv-SE'] as const;
export type DateLocale = (typeof DATE_LOCALES)[number];

export interface Settings {
  autoLockMinutes: AutoLockMinutes;
  theme: Theme;
  dateLocale: DateLocale;
  /** 0 = Sunday, 1 = Monday. */
  weekStartsOn: 0 | 1;
  autoBackup: AutoBackup | null;
  /** Settings → "Check for updates": off unless the person turns it on (shared/updates.ts). */
  checkForUpdates: boolean;
  /** Reaching out, the gentle check-in and helplines; absent until the person changes one of them. */
  care?: CareSettings;
  reminders: ReminderSettings;
  /** Closing the window hides it (locked) behind a tray / menu-bar icon instead of quitting. */
  keepRunning: boolean;
  openAtLogin: boolean;
  writingPrompts: boolean;
  onThisDay: boolean;
  /** Which check-ins are on; absent until the person turns one on (each is off until then). */
  checkins?: CheckinSettings;
}

/** Days of the week as Date.getDay() counts them: 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** How many reminder times a day the Settings screen offers. */
export const MAX_REMINDER_TIMES = 6;

/** "Remind me to write": local wall-clock times ("HH:MM", 24-hour) on the chosen days. */
export interface ReminderSettings {
  enabled: boolean;
  times: string[];
  days: Weekday[];
}

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 5,
  theme: 'system',
  dateLocale: 'system',
  weekStartsOn: 1,
  autoBackup: null,
  checkForUpdates: false,
  reminders: { enabled: false, times: ['20:00'], days: [...WEEKDAYS] },
  keepRunning: false,
  openAtLogin: false,
  writingPrompts: true,
  // Shown by default: it only looks back at what the person wrote, on their own screen, and is one click to turn off.
  onThisDay: true,
};

export interface VaultStatus {
  /** A journal exists in the vault folder. */
  exists: boolean;
  unlocked: boolean;
  /** Set while unlocked when the journal does not match its seal: it is open read-only. */
  sealProblems?: SealProblem[];
  /** Set when this computer gives Hearth no way to notice the screen locking (Linux without a D-Bus screen-lock signal). */
  screenLockUnwatched?: true;
}

/**
 * A record the journal's sealed manifest and the disk disagree about: missing (deleted), added
 * (not written by Hearth), or rolled back (an older copy put back); or the seal itself is gone or
 * damaged, or the whole journal is behind the last change Hearth wrote (a damaged write-ahead log,
 * or older files put back): id and kind are then the vault's and 'manifest'.
 */
export interface SealProblem {
  id: string;
  kind: string;
  problem: 'missing' | 'added' | 'rolled-back' | 'seal-missing' | 'seal-damaged' | 'behind';
  /** For 'behind': how many committed changes the journal on disk lacks. */
  missingChanges?: number;
}

export interface CorruptRecord {
  id: string;
  kind: string;
}

/** What salvage copied out of a damaged journal into a new one, and what it could not. */
export interface SalvageReport {
  /** The folder of the new journal. */
  folder: string;
  /** The new journal's recovery key, shown once (its passphrase is the damaged journal's). */
  recoveryKey: string;
  entries: number;
  people: number;
  /** Records that were there but no longer decrypt, and ids whose row is gone (kind "unknown"). */
  lost: CorruptRecord[];
}

export interface VerifyReport {
  records: number;
  corrupt: CorruptRecord[];
  /** Where the records differ from the journal's seal. */
  seal: SealProblem[];
}

/**
 * The care cards' settings. Every field is absent until the person acts: reach-out suggestions
 * are off, nothing is dismissed, and helplines follow the system's locale.
 */
export interface CareSettings {
  /** "Suggest people to reach out to": on only once the person turns it on. */
  reachOut?: boolean;
  /**
   * Person id → the local date (YYYY-MM-DD) a suggestion to reach out to them was dismissed. It
   * stays away until they are seen again after that date (and then missed again).
   */
  reachOutDismissed?: Record<string, string>;
  /** The local date the gentle check-in was last dismissed: it stays away 7 days. */
  gentleDismissedOn?: string;
  /** ISO country code of the helplines to show, or 'other' for the international directory. */
  helplineCountry?: string;
}

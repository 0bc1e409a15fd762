// Zod schemas of the values that cross a boundary (IPC, CLI, test bridge, forms): the parts the
// methods' arguments (./*.ts) are made of, which the renderer's forms also check with.
import { z } from 'zod';
import {
  AUTO_LOCK_MINUTES,
  CHANNELS,
  COST_RANGE,
  DATE_LOCALES,
  DIRECTIONS,
  FELT_RANGE,
  RELATIONSHIPS,
  SCALE_RANGE,
  SUPPORT_KINDS,
  THEMES,
} from '../domain';
import { reminderSettingsSchema } from './reminders';

export const LIMITS = {
  noteChars: 20_000,
  tags: 30,
  tagChars: 40,
  interactions: 30,
  nameChars: 80,
  passphraseChars: 1024,
  searchChars: 200,
  minPassphraseChars: 8,
} as const;

const OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** True for an ISO-8601 local date-time with an explicit offset that names a real instant. */
export function isOffsetDateTime(value: string): boolean {
  const m = OFFSET_DATE_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , off] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return false;
  if (off !== 'Z') {
    const [oh, om] = off!.slice(1).split(':').map(Number);
    if (oh! > 14 || om! > 59) return false;
  }
  return true;
}

export function isDateOnly(value: string): boolean {
  const m = DATE_ONLY.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** JSON keeps -0 as 0, so it is stored as 0 from the start: memory and disk never disagree. */
const noNegativeZero = (n: number) => n + 0;

const scale = (label: string) =>
  z
    .number({ error: `${label} must be a number from 0 to 10` })
    .int(`${label} must be a whole number from 0 to 10`)
    .min(SCALE_RANGE.min, `${label} must be from 0 to 10`)
    .max(SCALE_RANGE.max, `${label} must be from 0 to 10`)
    .transform(noNegativeZero);

export const occurredAtSchema = z
  .string()
  .refine(isOffsetDateTime, 'Use a date and time with its offset, like 2026-11-25T09:30:00+01:00');

export const dateSchema = z.string().refine(isDateOnly, 'Use a date like 2026-11-25');

/** Unicode bidirectional formatting characters: ALM, LRM, RLM, LRE..RLO, LRI..PDI. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export const personNameSchema = z
  .string()
  .trim()
  .min(1, 'A person needs a name')
  .max(LIMITS.nameChars, `A name can be at most ${LIMITS.nameChars} characters`)
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), 'A name cannot contain control characters')
  // Bidirectional controls reorder how the text around a name is shown (a name could appear as another).
  .refine((s) => !BIDI_CONTROLS.test(s), 'A name cannot contain text-direction control characters');

export const tagSchema = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty')
  .max(LIMITS.tagChars, `A tag can be at most ${LIMITS.tagChars} characters`);

export const idSchema = z.string().uuid('Not a valid id');

export const interactionInputSchema = z.strictObject({
  /** Name of the person; an existing person is matched case-insensitively, a new one is created. */
  person: personNameSchema,
  /** Relationship for a person created by this interaction (existing people keep theirs). */
  relationship: z.enum(RELATIONSHIPS).optional(),
  kinds: z
    .array(z.enum(SUPPORT_KINDS))
    .max(SUPPORT_KINDS.length)
    .refine((k) => new Set(k).size === k.length, 'Each kind of support can be chosen once')
    .default([]),
  // Optional, never defaulted: absent means the person did not record it.
  direction: z.enum(DIRECTIONS).optional(),
  felt: z.number().int().min(FELT_RANGE.min).max(FELT_RANGE.max).transform(noNegativeZero).optional(),
  cost: z.number().int().min(COST_RANGE.min).max(COST_RANGE.max).transform(noNegativeZero).optional(),
  channel: z.enum(CHANNELS).optional(),
  askedForHelp: z.boolean().optional(),
});

export const entryInputSchema = z.strictObject({
  occurredAt: occurredAtSchema.optional(),
  // Optional so an entry imported from a journal without these scales is not given invented ones.
  mood: scale('Mood').optional(),
  support: scale('Felt supported').optional(),
  stress: scale('Stress').optional(),
  note: z.string().max(LIMITS.noteChars, `A note can be at most ${LIMITS.noteChars} characters`).default(''),
  tags: z
    .array(tagSchema)
    .max(LIMITS.tags, `At most ${LIMITS.tags} tags`)
    .default([]),
  interactions: z
    .array(interactionInputSchema)
    .max(LIMITS.interactions, `At most ${LIMITS.interactions} interactions in one entry`)
    .default([]),
});
export type EntryInput = z.input<typeof entryInputSchema>;
export type EntryData = z.output<typeof entryInputSchema>;

/**
 * A draft holds what the entry form holds, which may be more than an entry may (a note over the
 * limit, a person without a name yet): room enough to keep it, bounds to keep one record small.
 */
export const DRAFT_LIMITS = {
  noteChars: 5 * LIMITS.noteChars,
  textChars: 1000,
} as const;

const draftText = z.string().max(DRAFT_LIMITS.textChars);

/** One interaction of the form as it stands: any field may be unset or not yet valid. */
export const draftInteractionSchema = z.strictObject({
  person: draftText,
  relationship: z.enum(RELATIONSHIPS).optional(),
  kinds: z.array(z.enum(SUPPORT_KINDS)).max(SUPPORT_KINDS.length),
  direction: z.enum(DIRECTIONS).optional(),
  felt: z.number().int().min(FELT_RANGE.min).max(FELT_RANGE.max).transform(noNegativeZero).optional(),
  cost: z.number().int().min(COST_RANGE.min).max(COST_RANGE.max).transform(noNegativeZero).optional(),
  channel: z.enum(CHANNELS).optional(),
  askedForHelp: z.boolean().optional(),
});

/**
 * The entry form while it is being written: kept encrypted in the vault so that a lock does not
 * lose it. A partial entry: unset scales are absent, interactions may be incomplete.
 */
export const draftSchema = z.strictObject({
  /** The entry being edited; absent for a new entry. */
  editing: idSchema.optional(),
  /** Absent while the form's date-time is empty. */
  occurredAt: occurredAtSchema.optional(),
  mood: scale('Mood').optional(),
  support: scale('Felt supported').optional(),
  stress: scale('Stress').optional(),
  note: z.string().max(DRAFT_LIMITS.noteChars),
  tags: z.array(draftText).max(LIMITS.tags),
  /** Text typed into the Tags box and not yet added as a tag. */
  tagText: draftText,
  interactions: z.array(draftInteractionSchema).max(LIMITS.interactions),
});
export type DraftInput = z.input<typeof draftSchema>;
export type Draft = z.output<typeof draftSchema>;

/**
 * A new entry, optionally with the id the caller chose: a retry after a crash then adds nothing
 * twice (the same id with the same content is the entry already there).
 */
export const newEntrySchema = entryInputSchema.extend({ id: idSchema.optional() });
export type NewEntryData = z.output<typeof newEntrySchema>;

/** A passphrase the person types to open the journal. */
export const passphraseSchema = z.string().min(1, 'Enter your passphrase').max(LIMITS.passphraseChars);
export const newPassphraseSchema = z
  .string()
  .min(LIMITS.minPassphraseChars, `A passphrase needs at least ${LIMITS.minPassphraseChars} characters`)
  .max(LIMITS.passphraseChars);

export const listQuerySchema = z
  .strictObject({
    /** Inclusive local calendar dates (the date part of occurredAt). */
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    search: z.string().max(LIMITS.searchChars).optional(),
    personId: idSchema.optional(),
    kind: z.enum(SUPPORT_KINDS).optional(),
    moodMin: scale('Lowest mood').optional(),
    moodMax: scale('Highest mood').optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The start date is after the end date', path: ['to'] });
export type ListQuery = z.input<typeof listQuerySchema>;

export const settingsPatchSchema = z.strictObject({
  autoLockMinutes: z.union(AUTO_LOCK_MINUTES.map((n) => z.literal(n)) as [z.ZodLiteral<1>, ...z.ZodLiteral<number>[]]).optional(),
  theme: z.enum(THEMES).optional(),
  dateLocale: z.enum(DATE_LOCALES).optional(),
  weekStartsOn: z.union([z.literal(0), z.literal(1)]).optional(),
  checkForUpdates: z.boolean().optional(),
  reminders: reminderSettingsSchema.optional(),
  keepRunning: z.boolean().optional(),
  openAtLogin: z.boolean().optional(),
  writingPrompts: z.boolean().optional(),
  onThisDay: z.boolean().optional(),
});

export const insightsQuerySchema = z
  .strictObject({ from: dateSchema.optional(), to: dateSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The start date is after the end date', path: ['to'] });

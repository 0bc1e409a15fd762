// The records as sealed on disk: their schemas, for data that comes back from outside the vault (a
// backup), where a record that does not fit is refused rather than put into the journal, and their
// types, inferred from those schemas so that the two cannot drift apart.
import { z } from 'zod';
import { CHANNELS, COST_RANGE, DIRECTIONS, FELT_RANGE, RELATIONSHIPS, SCALE_RANGE, SUPPORT_KINDS, type Settings } from '../../shared/domain';
import type { SavedDraft } from '../../shared/api';
import { aliasesSchema } from '../../shared/name-words';
import { dateSchema, draftSchema, idSchema, occurredAtSchema, LIMITS } from '../../shared/schemas';
import type { KdfParams } from '../vault/kdf';
import { answersProblem, instrumentSchema, type StoredCheckin } from '../../shared/checkins';

/** Schema version of the JSON inside each kind of record. */
export const SCHEMA = 1;

const stamp = z.string().min(1).max(40);
const within = (range: { min: number; max: number }) => z.number().int().min(range.min).max(range.max);

const storedInteractionSchema = z.object({
  personId: idSchema,
  kinds: z.array(z.enum(SUPPORT_KINDS)),
  // Optional since not-recorded became possible; records written before keep their values.
  direction: z.enum(DIRECTIONS).optional(),
  felt: within(FELT_RANGE).optional(),
  cost: within(COST_RANGE).optional(),
  channel: z.enum(CHANNELS).optional(),
  askedForHelp: z.boolean().optional(),
});

/** An interaction as sealed: the person by id only, so a rename touches one record. */
export type StoredInteraction = z.infer<typeof storedInteractionSchema>;

export const storedEntrySchema = z.object({
  occurredAt: occurredAtSchema,
  mood: within(SCALE_RANGE).optional(),
  support: within(SCALE_RANGE).optional(),
  stress: within(SCALE_RANGE).optional(),
  note: z.string().max(LIMITS.noteChars),
  tags: z.array(z.string().max(LIMITS.tagChars)).max(LIMITS.tags),
  interactions: z.array(storedInteractionSchema).max(LIMITS.interactions),
  createdAt: stamp,
  updatedAt: stamp,
  /** Where an imported entry came from, so importing the same file again adds nothing. */
  importKey: z.string().max(200).optional(),
});

/** An entry as sealed (its id lives in the row). */
export type StoredEntry = z.infer<typeof storedEntrySchema>;

/** The scales of an entry, each absent when not recorded. */
export const ENTRY_SCALES = ['mood', 'support', 'stress'] as const;

export const storedDraftSchema: z.ZodType<SavedDraft> = draftSchema.extend({ savedAt: stamp });

export const storedPersonSchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.nameChars),
  // Absent when not recorded; records written before that always carry one, and keep it.
  relationship: z.enum(RELATIONSHIPS).optional(),
  // Absent in journals and backups written before people had other names.
  aliases: aliasesSchema.default([]),
  archived: z.boolean(),
  createdAt: stamp,
  updatedAt: stamp,
});

/** A person as sealed (their id lives in the row). */
export type StoredPerson = z.infer<typeof storedPersonSchema>;

/** A check-in as sealed: its answers must still be what its instrument takes. */
export const storedCheckinSchema: z.ZodType<StoredCheckin> = z
  .strictObject({ instrument: instrumentSchema, date: dateSchema, answers: z.array(z.number()), createdAt: stamp })
  .refine((c) => answersProblem(c.instrument, c.answers) === null);

/**
 * The key automatic backups are written with, kept in the sealed settings record, never shown.
 * No schema: the settings record never comes from outside the vault (backups leave it out).
 */
export interface AutoBackupKey {
  /** 32 bytes, base64: the Argon2id output of the backup passphrase. */
  key: string;
  kdf: KdfParams;
}

/** The settings record as sealed. */
export type StoredSettings = Settings & { autoBackupKey?: AutoBackupKey };

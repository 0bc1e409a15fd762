// Schemas of the records as sealed on disk, for data that comes back from outside the vault (a
// backup): a record that does not fit is refused rather than put into the journal.
import { z } from 'zod';
import { CHANNELS, DIRECTIONS, RELATIONSHIPS, SUPPORT_KINDS } from '../../shared/domain';
import type { SavedDraft } from '../../shared/api';
import { aliasesSchema } from '../../shared/name-words';
import { draftSchema, idSchema, occurredAtSchema, LIMITS } from '../../shared/schemas';
import type { StoredEntry, StoredPerson } from './journal-index';

const stamp = z.string().min(1).max(40);
const scale = z.number().int().min(0).max(10);

const storedInteraction = z.object({
  personId: idSchema,
  kinds: z.array(z.enum(SUPPORT_KINDS)),
  // Optional since not-recorded became possible; records written before keep their values.
  direction: z.enum(DIRECTIONS).optional(),
  felt: z.number().int().min(-2).max(2).optional(),
  cost: z.number().int().min(0).max(3).optional(),
  channel: z.enum(CHANNELS),
  askedForHelp: z.boolean(),
});

export const storedEntrySchema: z.ZodType<StoredEntry> = z.object({
  occurredAt: occurredAtSchema,
  mood: scale.optional(),
  support: scale.optional(),
  stress: scale.optional(),
  note: z.string().max(LIMITS.noteChars),
  tags: z.array(z.string().max(LIMITS.tagChars)).max(LIMITS.tags),
  interactions: z.array(storedInteraction).max(LIMITS.interactions),
  createdAt: stamp,
  updatedAt: stamp,
  importKey: z.string().max(200).optional(),
});

export const storedDraftSchema: z.ZodType<SavedDraft> = draftSchema.extend({ savedAt: stamp });

export const storedPersonSchema: z.ZodType<StoredPerson> = z.object({
  name: z.string().trim().min(1).max(LIMITS.nameChars),
  relationship: z.enum(RELATIONSHIPS),
  // Absent in journals and backups written before people had other names.
  aliases: aliasesSchema.default([]),
  archived: z.boolean(),
  createdAt: stamp,
  updatedAt: stamp,
});

// Whether a value is an entry as the vault seals it (storedEntrySchema in ./stored-records.ts),
// checked by hand. A sync round checks every entry another computer sent before it applies any, and
// zod's generic walk (which also builds a copy of each entry) cost that round more than opening the
// file. The rules are the schema's: other keys pass, as they do there. A test holds the two to the
// same verdict on entries broken in every field and to the same keys, so a field added to the schema
// and not here fails it.
import { z } from 'zod';
import { CHANNELS, COST_RANGE, DIRECTIONS, FELT_RANGE, SCALE_RANGE, SUPPORT_KINDS } from '../../shared/domain';
import { isOffsetDateTime, LIMITS } from '../../shared/schemas';

/** The keys this check knows: those of storedEntrySchema and of its interactions. */
export const ENTRY_KEYS = ['occurredAt', 'mood', 'support', 'stress', 'note', 'tags', 'interactions', 'createdAt', 'updatedAt', 'importKey'] as const;
export const INTERACTION_KEYS = ['personId', 'kinds', 'direction', 'felt', 'cost', 'channel', 'askedForHelp'] as const;

/** The id pattern of idSchema (z.string().uuid()). */
const UUID = z.regexes.uuid();
const STAMP_CHARS = 40;
const IMPORT_KEY_CHARS = 200;

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v: unknown, range: { min: number; max: number }) => typeof v === 'number' && Number.isInteger(v) && v >= range.min && v <= range.max;
const isText = (v: unknown, min: number, max: number) => typeof v === 'string' && v.length >= min && v.length <= max;
const isOneOf = (v: unknown, values: readonly string[]) => typeof v === 'string' && values.includes(v);
/** Absent or, when there, what `ok` says. */
const absentOr = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);

const isScale = (v: unknown) => isWhole(v, SCALE_RANGE);
const isTag = (v: unknown) => isText(v, 0, LIMITS.tagChars);
const isKind = (v: unknown) => isOneOf(v, SUPPORT_KINDS);

function isInteraction(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.personId === 'string' &&
    UUID.test(v.personId) &&
    Array.isArray(v.kinds) &&
    v.kinds.every(isKind) &&
    absentOr(v.direction, (d) => isOneOf(d, DIRECTIONS)) &&
    absentOr(v.felt, (n) => isWhole(n, FELT_RANGE)) &&
    absentOr(v.cost, (n) => isWhole(n, COST_RANGE)) &&
    absentOr(v.channel, (c) => isOneOf(c, CHANNELS)) &&
    absentOr(v.askedForHelp, (b) => typeof b === 'boolean')
  );
}

/** What storedEntrySchema.safeParse(v).success says, without building the parsed copy. */
export function isStoredEntry(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.occurredAt === 'string' &&
    isOffsetDateTime(v.occurredAt) &&
    absentOr(v.mood, isScale) &&
    absentOr(v.support, isScale) &&
    absentOr(v.stress, isScale) &&
    isText(v.note, 0, LIMITS.noteChars) &&
    Array.isArray(v.tags) &&
    v.tags.length <= LIMITS.tags &&
    v.tags.every(isTag) &&
    Array.isArray(v.interactions) &&
    v.interactions.length <= LIMITS.interactions &&
    v.interactions.every(isInteraction) &&
    isText(v.createdAt, 1, STAMP_CHARS) &&
    isText(v.updatedAt, 1, STAMP_CHARS) &&
    absentOr(v.importKey, (k) => isText(k, 0, IMPORT_KEY_CHARS))
  );
}

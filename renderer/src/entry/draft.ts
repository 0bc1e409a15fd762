// The entry form's state and its conversion to and from the contract: an entry to save, or the
// draft the vault keeps while the entry is being written (so a lock does not lose it).
import type { Channel, Direction, Entry, Relationship, SupportKind } from '../../../shared/domain';
import { entryInputSchema, isOffsetDateTime, type Draft, type DraftInput, type EntryInput } from '../../../shared/schemas';

export interface InteractionDraft {
  /** Stable React key; never sent. */
  key: string;
  person: string;
  /** For a new person only; null: not recorded, and the person is added without one. */
  relationship: Relationship | null;
  kinds: SupportKind[];
  /** null: not recorded, and saved without one until the person chooses. */
  direction: Direction | null;
  felt: number | null;
  cost: number | null;
  channel: Channel | null;
  /** true: asked; false: did not ask; null: not recorded (an untouched control says nothing). */
  askedForHelp: boolean | null;
}

export interface EntryDraft {
  /** The value of the datetime-local input: YYYY-MM-DDTHH:mm. */
  when: string;
  /** When editing: the entry's own occurredAt, kept exactly while `when` is unchanged. */
  original: string | null;
  /** null: not recorded, and saved without one until the person sets it. A new entry starts so. */
  mood: number | null;
  support: number | null;
  stress: number | null;
  note: string;
  tags: string[];
  /** Text typed into the Tags box and not yet added as a chip. */
  tagText: string;
  interactions: InteractionDraft[];
}

/** Field path (as the schema and the service name it, e.g. interactions.0.felt) → message. */
export type FieldErrors = Record<string, string>;

let keys = 0;
export const nextKey = () => `i${++keys}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the value of a datetime-local input, in the computer's time zone. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The UTC offset (like +01:00) the computer's time zone has at that local date-time. */
export function localOffset(when: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(when);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) : new Date();
  const minutes = -date.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The offset part of an ISO date-time ("Z" or "+01:00"). */
function offsetOf(iso: string): string | null {
  const m = /(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  return m ? m[1]! : null;
}

/** occurredAt for the draft: the entry's own value when untouched, its own offset when edited. */
export function occurredAtOf(draft: Pick<EntryDraft, 'when' | 'original'>): string {
  if (draft.original && draft.original.slice(0, 16) === draft.when) return draft.original;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(draft.when)) return draft.when;
  const offset = (draft.original && offsetOf(draft.original)) ?? localOffset(draft.when);
  return `${draft.when}:00${offset}`;
}

export function newInteraction(): InteractionDraft {
  return {
    key: nextKey(),
    person: '',
    relationship: null,
    kinds: [],
    direction: null,
    felt: null,
    cost: null,
    channel: null,
    askedForHelp: null,
  };
}

export function newDraft(now: Date = new Date()): EntryDraft {
  return {
    when: toLocalInput(now),
    original: null,
    mood: null,
    support: null,
    stress: null,
    note: '',
    tags: [],
    tagText: '',
    interactions: [],
  };
}

export function draftFromEntry(entry: Entry): EntryDraft {
  return {
    when: entry.occurredAt.slice(0, 16),
    original: entry.occurredAt,
    mood: entry.mood ?? null,
    support: entry.support ?? null,
    stress: entry.stress ?? null,
    note: entry.note,
    tags: [...entry.tags],
    tagText: '',
    interactions: entry.interactions.map((i) => ({
      key: nextKey(),
      person: i.person,
      relationship: i.relationship ?? null,
      kinds: [...i.kinds],
      direction: i.direction ?? null,
      felt: i.felt ?? null,
      cost: i.cost ?? null,
      channel: i.channel ?? null,
      askedForHelp: i.askedForHelp ?? null,
    })),
  };
}

/** True when no known person (case-insensitively) has this name: the form then asks the relationship. */
export function isNewPerson(name: string, knownNames: readonly string[]): boolean {
  const n = name.trim().toLowerCase();
  return n !== '' && !knownNames.some((k) => k.toLowerCase() === n);
}

/** The argument of addEntry / updateEntry's `entry`. */
export function toInput(draft: EntryDraft, knownNames: readonly string[]): EntryInput {
  const input: EntryInput = {
    occurredAt: occurredAtOf(draft),
    note: draft.note,
    tags: draft.tags,
    interactions: draft.interactions.map((i) => ({
      person: i.person.trim(),
      ...(i.relationship !== null && isNewPerson(i.person, knownNames) ? { relationship: i.relationship } : {}),
      kinds: i.kinds,
      // Only what the person chose is sent: a key left out is not recorded.
      ...(i.direction === null ? {} : { direction: i.direction }),
      ...(i.felt === null ? {} : { felt: i.felt }),
      ...(i.cost === null ? {} : { cost: i.cost }),
      ...(i.channel === null ? {} : { channel: i.channel }),
      ...(i.askedForHelp === null ? {} : { askedForHelp: i.askedForHelp }),
    })),
  };
  if (draft.mood !== null) input.mood = draft.mood;
  if (draft.support !== null) input.support = draft.support;
  if (draft.stress !== null) input.stress = draft.stress;
  return input;
}

/** The form's state as the vault keeps it: unset scales left out, `editing` the entry's id. */
export function toSavedDraft(draft: EntryDraft, editing: string | undefined): DraftInput {
  const saved: DraftInput = {
    note: draft.note,
    tags: [...draft.tags],
    tagText: draft.tagText,
    // As in toInput: a value not chosen is left out, not saved as null.
    interactions: draft.interactions.map(({ key: _key, relationship, direction, felt, cost, channel, askedForHelp, ...rest }) => ({
      ...rest,
      kinds: [...rest.kinds],
      ...(relationship === null ? {} : { relationship }),
      ...(direction === null ? {} : { direction }),
      ...(felt === null ? {} : { felt }),
      ...(cost === null ? {} : { cost }),
      ...(channel === null ? {} : { channel }),
      ...(askedForHelp === null ? {} : { askedForHelp }),
    })),
  };
  if (editing !== undefined) saved.editing = editing;
  const occurredAt = occurredAtOf(draft);
  if (isOffsetDateTime(occurredAt)) saved.occurredAt = occurredAt;
  if (draft.mood !== null) saved.mood = draft.mood;
  if (draft.support !== null) saved.support = draft.support;
  if (draft.stress !== null) saved.stress = draft.stress;
  return saved;
}

/** Drops the fields a draft left unset, so the form's own starting values stay. */
function setFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The form as it was when the draft was saved; `base` is where the form starts (new or the entry). */
export function draftFromSaved(saved: Draft, base: EntryDraft): EntryDraft {
  return {
    ...base,
    when: saved.occurredAt?.slice(0, 16) ?? '',
    mood: saved.mood ?? null,
    support: saved.support ?? null,
    stress: saved.stress ?? null,
    note: saved.note,
    tags: [...saved.tags],
    tagText: saved.tagText,
    interactions: saved.interactions.map((i) => ({ ...newInteraction(), ...setFields(i), kinds: [...i.kinds] })),
  };
}

/** Validates with the shared schema; returns the message of each field (the first per field). */
export function validate(input: EntryInput): FieldErrors {
  const result = entryInputSchema.safeParse(input);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The message for a field: its own, or one of a field inside it (tags.2 → shown at tags). */
export function errorAt(errors: FieldErrors, field: string): string | undefined {
  if (errors[field] !== undefined) return errors[field];
  const prefix = `${field}.`;
  const key = Object.keys(errors).find((k) => k.startsWith(prefix));
  return key === undefined ? undefined : errors[key];
}

/** Whether the draft differs from where the form started. */
export function isDirty(draft: EntryDraft, start: EntryDraft): boolean {
  const strip = (d: EntryDraft) => ({ ...d, interactions: d.interactions.map(({ key: _key, ...rest }) => rest) });
  return JSON.stringify(strip(draft)) !== JSON.stringify(strip(start));
}

/** Fields the form shows, in order: errors are focused in this order. */
export const FIELD_ORDER = ['occurredAt', 'mood', 'support', 'stress', 'note', 'tags', 'interactions'] as const;

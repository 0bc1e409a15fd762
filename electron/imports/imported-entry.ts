// What every importer produces, and the checks they share. Importers are pure: text in, entries
// out, and one bad item throws IMPORT_INVALID so nothing partial is ever committed.
import { createHash } from 'node:crypto';
import type { MoodLabel } from '../../shared/exchange';
import { HearthError } from '../../shared/errors';
import { excerpt } from '../../shared/format';
import { LIMITS } from '../../shared/schemas';

export interface ImportedEntry {
  /** Stable fingerprint of the source item: the same file imported twice yields the same keys. */
  key: string;
  /** ISO-8601 local date-time with offset, e.g. 2024-03-01T21:15:00+01:00. */
  occurredAt: string;
  note: string;
  /** Trimmed, deduplicated, empty ones dropped. */
  tags: string[];
  /** Daylio only: the mood label of the row, mapped to 0-10 at commit time. */
  moodLabel?: string;
}

export interface ParsedImport {
  entries: ImportedEntry[];
  /** Daylio: distinct labels with counts and the suggested value of built-ins; other formats: []. */
  moodLabels: MoodLabel[];
}

export function invalid(message: string): HearthError {
  return new HearthError('IMPORT_INVALID', message);
}

/** `prefix:` + the first 32 hex digits of the SHA-256 of the fields; JSON keeps field boundaries unambiguous. */
export function sourceKey(prefix: string, fields: readonly unknown[]): string {
  return `${prefix}:${createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 32)}`;
}

const count = (n: number) => n.toLocaleString('en-US');
/** Long text quoted in a message is cut to its first 40 characters. */
export const EXCERPT_CHARS = 40;

/**
 * Normalises tags and enforces the limits an entry has in the journal, so a file that would be
 * refused at commit time is refused while it is opened, with the row or entry named.
 * `where` is "Row 14" or "Entry 3".
 */
export function importedEntry(
  where: string,
  fields: { key: string; occurredAt: string; note: string; tags: readonly string[]; moodLabel?: string },
): ImportedEntry {
  if (fields.note.length > LIMITS.noteChars) {
    throw invalid(`${where}: the note is longer than ${count(LIMITS.noteChars)} characters.`);
  }
  const tags = [...new Set(fields.tags.map((t) => t.trim()).filter((t) => t !== ''))];
  if (tags.length > LIMITS.tags) {
    throw invalid(`${where}: it has ${tags.length} tags; an entry can have at most ${LIMITS.tags}.`);
  }
  const long = tags.find((t) => t.length > LIMITS.tagChars);
  if (long !== undefined) {
    throw invalid(`${where}: the tag "${excerpt(long, EXCERPT_CHARS)}" is longer than ${LIMITS.tagChars} characters.`);
  }
  const entry: ImportedEntry = { key: fields.key, occurredAt: fields.occurredAt, note: fields.note, tags };
  if (fields.moodLabel !== undefined) entry.moodLabel = fields.moodLabel;
  return entry;
}

/** Parses a JSON export whose top level must be an object with an "entries" list; an empty file has none. */
export function entriesList(text: string, what: string): unknown[] {
  if (text.trim() === '') return [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid(`This is not a ${what} export: the file is not valid JSON.`);
  }
  const entries = isRecord(data) ? data.entries : undefined;
  if (!Array.isArray(entries)) throw invalid(`This is not a ${what} export: there is no "entries" list.`);
  return entries;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An optional list of strings (tags in the JSON formats); anything else names the entry. */
export function stringList(value: unknown, where: string, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw invalid(`${where}: "${field}" should be a list of text.`);
  }
  return value;
}

/**
 * Two items of one file that say exactly the same (the same key) are two entries: someone wrote the
 * same words twice at the same minute. The second keeps its own key, `key#2` (the third `key#3`), so
 * both are imported, and importing the same file again still matches each to the entry it became.
 * Returns the entries and how many repeat an earlier one.
 */
export function keepRepeats(entries: readonly ImportedEntry[]): { entries: ImportedEntry[]; repeated: number } {
  const seen = new Map<string, number>();
  let repeated = 0;
  const kept = entries.map((e) => {
    const times = (seen.get(e.key) ?? 0) + 1;
    seen.set(e.key, times);
    if (times === 1) return e;
    repeated += 1;
    return { ...e, key: `${e.key}#${times}` };
  });
  return { entries: kept, repeated };
}

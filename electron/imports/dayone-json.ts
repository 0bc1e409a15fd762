// Day One's JSON export (the Journal.json inside the exported zip) → imported entries:
// {"metadata": {...}, "entries": [{"uuid", "creationDate": "2024-03-01T20:15:00Z", "timeZone": "Europe/Berlin", "text", "tags"}]}
import { entriesList, importedEntry, invalid, isRecord, sourceKey, stringList, type ParsedImport } from './imported-entry';
import { zonedOffsetIso } from './local-date-time';
import { toLocalOffsetIso } from '../../shared/local-time';
import { isOffsetDateTime } from '../../shared/schemas';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

// Date.parse rolls 2024-02-30 over to March 1st instead of refusing it.
function parseInstant(value: string): Date | null {
  const m = INSTANT.exec(value);
  const ms = m ? Date.parse(value) : NaN;
  if (!m || Number.isNaN(ms)) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d ? new Date(ms) : null;
}

/** Day One escapes Markdown punctuation in plain text ("1\. item", "well\-being"): a backslash before ASCII punctuation goes. */
export function unescapeDayOne(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export function parseDayOneJson(text: string): ParsedImport {
  const entries = entriesList(text, 'Day One JSON').map((item, i) => {
    const where = `Entry ${i + 1}`;
    if (!isRecord(item)) throw invalid(`${where}: it is not an object with a creationDate.`);
    const { uuid, creationDate, timeZone, text: body = '' } = item;
    if (typeof creationDate !== 'string') throw invalid(`${where}: "creationDate" should be a date and time like 2024-03-01T20:15:00Z.`);
    if (uuid !== undefined && (typeof uuid !== 'string' || uuid.trim() === '')) throw invalid(`${where}: "uuid" should be text.`);
    if (timeZone !== undefined && typeof timeZone !== 'string') throw invalid(`${where}: "timeZone" should be a zone like Europe/Berlin.`);
    if (typeof body !== 'string') throw invalid(`${where}: "text" should be text.`);

    const instant = parseInstant(creationDate);
    if (instant === null) throw invalid(`${where}: "${creationDate}" is not a real date and time.`);
    // The wall clock where it was written; a zone this machine does not know falls back to its own.
    const occurredAt = (timeZone !== undefined ? zonedOffsetIso(instant, timeZone) : null) ?? toLocalOffsetIso(instant);
    // occurredAt has four-digit years; an instant in 0999 or 10000 locally cannot be stored.
    if (!isOffsetDateTime(occurredAt)) throw invalid(`${where}: "${creationDate}" is outside the years 1000 to 9999.`);
    const tags = stringList(item.tags, where, 'tags');
    const key = uuid !== undefined ? `dayone:${uuid.trim()}` : sourceKey('dayone', [creationDate, body]);
    return importedEntry(where, { key, occurredAt, note: unescapeDayOne(body).trim(), tags });
  });
  return { entries, moodLabels: [] };
}

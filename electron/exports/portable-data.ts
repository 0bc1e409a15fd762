// Portable data: the journal as plain JSON or CSV for spreadsheets and other tools. NOT encrypted:
// the service writes it only after the person confirmed that (exportData's confirmedUnencrypted).
import type { CheckinResult } from '../../shared/checkins';
import type { Entry, Interaction, Person } from '../../shared/domain';

export const PORTABLE_FORMAT = 1;

// Objects are rebuilt field by field so the key order in the file is fixed, whatever order the
// records were built in, and so nothing that is not part of the format (e.g. an import key) leaks.
function portableInteraction(i: Interaction) {
  return {
    personId: i.personId,
    person: i.person,
    relationship: i.relationship ?? null,
    kinds: i.kinds,
    direction: i.direction ?? null,
    felt: i.felt ?? null,
    cost: i.cost ?? null,
    channel: i.channel ?? null,
    askedForHelp: i.askedForHelp ?? null,
  };
}

function portableEntry(e: Entry) {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    // Not recorded is null, never an invented value: a reader sees every key and what is missing.
    mood: e.mood ?? null,
    support: e.support ?? null,
    stress: e.stress ?? null,
    note: e.note,
    tags: e.tags,
    interactions: e.interactions.map(portableInteraction),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

function portablePerson(p: Person) {
  return { id: p.id, name: p.name, relationship: p.relationship ?? null, aliases: p.aliases, archived: p.archived, createdAt: p.createdAt, updatedAt: p.updatedAt };
}

function portableCheckin(c: CheckinResult) {
  return { id: c.id, instrument: c.instrument, date: c.date, answers: c.answers, scores: c.scores, createdAt: c.createdAt };
}

/**
 * Pretty-printed JSON; entries and check-ins in the order given (the service lists newest first).
 * A journal without check-ins has no "checkins" key, so its export is as it always was.
 */
export function toPortableJson(entries: readonly Entry[], people: readonly Person[], exportedAt: Date, checkins: readonly CheckinResult[] = []): string {
  const data = {
    app: 'hearth',
    format: PORTABLE_FORMAT,
    exportedAt: exportedAt.toISOString(),
    people: people.map(portablePerson),
    entries: entries.map(portableEntry),
    ...(checkins.length > 0 ? { checkins: checkins.map(portableCheckin) } : {}),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** What a cell holds; undefined (a value that was not recorded) is an empty cell. */
type Cell = string | number | boolean | undefined;

/**
 * Formula injection: spreadsheets evaluate a cell starting with = + - @ as a formula (and some look
 * past a leading TAB or CR), so a note like "=HYPERLINK(...)" could run when the file is opened.
 * Such text cells get a leading apostrophe, which spreadsheets read as "this is text". Only text
 * cells: numbers are written as numbers, so a felt of -2 stays -2.
 */
function textCell(value: string): string {
  // Text that already starts with apostrophes before such a character gets one more, so an import
  // can take exactly one off again (../imports/hearth-csv.ts): `'=x` is written `''=x`.
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

// RFC 4180: quote a field holding a comma, quote, CR or LF, and double the quotes inside.
function field(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = textCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// A BOM so spreadsheets read the file as UTF-8 (accents in names and notes), CRLF line ends per RFC 4180.
function csv(header: readonly string[], rows: readonly Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('')}`;
}

const LIST = ' | ';

export interface PortableCsv {
  'entries.csv': string;
  'people.csv': string;
  'interactions.csv': string;
  /** Only when the journal has check-ins. */
  'checkins.csv'?: string;
}

/** Every score any instrument gives; a cell is empty where the check-in's instrument has no such score. */
const SCORE_COLUMNS = ['total', 'significantOther', 'family', 'friends', 'raw', 'score', 'lonely'] as const;
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function checkinsCsv(checkins: readonly CheckinResult[]): string {
  return csv(
    ['id', 'instrument', 'date', 'answers', ...SCORE_COLUMNS.map(snake), 'created_at'],
    checkins.map((c) => {
      const scores = c.scores as Partial<Record<(typeof SCORE_COLUMNS)[number], number>>;
      return [c.id, c.instrument, c.date, c.answers.join(LIST), ...SCORE_COLUMNS.map((k) => scores[k]), c.createdAt];
    }),
  );
}

export function toPortableCsv(entries: readonly Entry[], people: readonly Person[], checkins: readonly CheckinResult[] = []): PortableCsv {
  return {
    ...(checkins.length > 0 ? { 'checkins.csv': checkinsCsv(checkins) } : {}),
    'entries.csv': csv(
      ['id', 'occurred_at', 'mood', 'support', 'stress', 'note', 'tags', 'created_at', 'updated_at'],
      entries.map((e) => [e.id, e.occurredAt, e.mood, e.support, e.stress, e.note, e.tags.join(LIST), e.createdAt, e.updatedAt]),
    ),
    'people.csv': csv(
      ['id', 'name', 'relationship', 'archived', 'created_at', 'updated_at', 'also_known_as'],
      people.map((p) => [p.id, p.name, p.relationship, p.archived, p.createdAt, p.updatedAt, p.aliases.join(LIST)]),
    ),
    'interactions.csv': csv(
      ['entry_id', 'person_id', 'person', 'kinds', 'direction', 'felt', 'cost', 'channel', 'asked_for_help'],
      entries.flatMap((e) =>
        e.interactions.map((i) => [e.id, i.personId, i.person, i.kinds.join(LIST), i.direction, i.felt, i.cost, i.channel, i.askedForHelp]),
      ),
    ),
  };
}

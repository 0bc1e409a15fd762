// Daylio's CSV export → imported entries. Two layouts exist, told apart by the header:
//   full_date,date,weekday,time,mood,activities,note_title,note   (current; full_date = 2024-03-01)
//   year,date,weekday,time,mood,activities,note                   (older; date = "Mar 1" or "1 Mar")
// Columns are found by name, so a column Daylio adds later is ignored rather than misread.
import { CsvError, parse, type InfoRecord } from 'csv-parse/sync';
import type { MoodLabel } from '../../shared/exchange';
import { excerpt, MONTHS as SHORT_MONTHS, MONTHS_LONG } from '../../shared/format';
import { EXCERPT_CHARS, importedEntry, invalid, sourceKey, type ImportedEntry, type ParsedImport } from './imported-entry';
import { defaultMood, moodKey } from './daylio-moods';
import { localOffsetIso } from './local-date-time';

/** A mood label must fit a key of the mood map the person fills in (moodMapSchema). */
const MOOD_LABEL_CHARS = 100;

const HEADER_ERROR = 'This is not a Daylio CSV export: the first row should start with full_date or year.';

/** Daylio writes English month names in any case: matched lowercase. */
const MONTHS = SHORT_MONTHS.map((m) => m.toLowerCase());
const MONTH_NAMES = MONTHS_LONG.map((m) => m.toLowerCase());

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = w === 'sept' ? 8 : Math.max(MONTHS.indexOf(w), MONTH_NAMES.indexOf(w));
  return i < 0 ? null : i + 1;
}

interface Layout {
  index: Map<string, number>;
  columns: number;
  current: boolean;
}

function layoutOf(header: string[]): Layout {
  const names = header.map((h) => h.trim().toLowerCase());
  const current = names[0] === 'full_date';
  if (!current && names[0] !== 'year') throw invalid(HEADER_ERROR);
  const needed = current ? ['full_date', 'time', 'mood', 'activities', 'note'] : ['year', 'date', 'time', 'mood', 'activities', 'note'];
  const missing = needed.find((n) => !names.includes(n));
  if (missing !== undefined) throw invalid(`This is not a Daylio CSV export: the first row has no "${missing}" column.`);
  return { index: new Map(names.map((n, i) => [n, i])), columns: header.length, current };
}

/** Where a row is: its row in a spreadsheet (a multi-line cell is one row), and its first line in the file when that differs. */
function rowLabel(row: number, line: number): string {
  return row === line ? `Row ${row}` : `Row ${row} (line ${line} of the file)`;
}

interface RowDate {
  y: number;
  mo: number;
  d: number;
  /** The date as the row shows it, for messages. */
  shown: string;
}

function parseDate(cell: (name: string) => string, layout: Layout, where: string): RowDate {
  if (layout.current) {
    const shown = cell('full_date').trim();
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(shown);
    if (!m) throw invalid(`${where}: "${shown}" is not a date like 2024-03-01.`);
    return { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), shown };
  }
  const year = cell('year').trim();
  const date = cell('date').trim();
  const shown = `${date} ${year}`;
  const dayFirst = /^(\d{1,2})\s+([a-z]+\.?)$/i.exec(date);
  const monthFirst = /^([a-z]+\.?)\s+(\d{1,2})$/i.exec(date);
  const day = dayFirst?.[1] ?? monthFirst?.[2];
  const month = monthNumber(dayFirst?.[2] ?? monthFirst?.[1] ?? '');
  if (!/^\d{4}$/.test(year) || day === undefined || month === null) {
    throw invalid(`${where}: "${shown}" is not a date like "Mar 1" with a year like 2019.`);
  }
  return { y: Number(year), mo: month, d: Number(day), shown };
}

function parseTime(text: string, where: string): [number, number] {
  const m = /^(\d{1,2}):(\d{2})\s*(?:([ap])\.?\s?m\.?)?$/i.exec(text.trim());
  let h = m ? Number(m[1]) : NaN;
  const mi = m ? Number(m[2]) : NaN;
  const half = m?.[3]?.toLowerCase();
  if (half !== undefined) h = h >= 1 && h <= 12 ? (h % 12) + (half === 'p' ? 12 : 0) : NaN;
  if (!(h >= 0 && h <= 23 && mi >= 0 && mi <= 59)) {
    throw invalid(`${where}: "${text.trim()}" is not a time like 21:15 or 9:15 pm.`);
  }
  return [h, mi];
}

// Daylio writes line breaks inside notes as <br> (sometimes <br/> or <br />).
const withNewlines = (s: string) => s.replace(/<br\s*\/?>/gi, '\n').trim();

function headerRow(text: string): string[] {
  try {
    return parse(text, { to: 1, skip_empty_lines: true })[0] ?? [];
  } catch (e) {
    if (e instanceof CsvError) throw invalid(HEADER_ERROR);
    throw e;
  }
}

interface CsvRow {
  record: string[];
  info: Pick<InfoRecord, 'lines' | 'records' | 'empty_lines'>;
}

export function parseDaylioCsv(text: string): ParsedImport {
  // One line-ending style, so csv-parse's line count matches what an editor shows and a CRLF file
  // with LF inside its notes still parses.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') return { entries: [], moodLabels: [] };
  // The header alone first, so a file of another kind (a JSON export, say) is named as such
  // rather than reported as broken CSV further down.
  const layout = layoutOf(headerRow(normalised));

  let records: CsvRow[];
  try {
    // The typings do not model `info: true`, which wraps each record with the parser's counters.
    records = parse(normalised, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as CsvRow[];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // The failing row starts after the records and blank lines read so far.
    const row = Number(e.records) + Number(e.empty_lines) + 1;
    const problem =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted cell is never closed.'
        : e.code === 'CSV_INVALID_CLOSING_QUOTE' || e.code === 'INVALID_OPENING_QUOTE'
          ? 'a quote inside a cell is not doubled, so the row cannot be read.'
          : 'this row is not valid CSV.';
    throw invalid(`Row ${row}: ${problem}`);
  }

  const entries: ImportedEntry[] = records.slice(1).map(({ record, info }) => {
    const row = info.records + info.empty_lines;
    const line = info.lines - record.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
    const where = rowLabel(row, line);
    if (record.length !== layout.columns) {
      throw invalid(`${where}: it has ${record.length} columns where the first row has ${layout.columns}.`);
    }
    const cell = (name: string) => record[layout.index.get(name) ?? -1] ?? '';

    const date = parseDate(cell, layout, where);
    const [h, mi] = parseTime(cell('time'), where);
    const occurredAt = localOffsetIso(date.y, date.mo, date.d, h, mi);
    if (occurredAt === null) throw invalid(`${where}: "${date.shown}" is not a real date.`);

    const moodLabel = cell('mood').trim();
    if (moodLabel === '') throw invalid(`${where}: the mood is empty.`);
    if (moodLabel.length > MOOD_LABEL_CHARS) {
      throw invalid(`${where}: the mood "${excerpt(moodLabel, EXCERPT_CHARS)}" is longer than ${MOOD_LABEL_CHARS} characters.`);
    }
    const tags = cell('activities').split(' | ');
    const title = withNewlines(cell('note_title'));
    const body = withNewlines(cell('note'));
    const note = title === '' ? body : body === '' ? title : `${title}\n\n${body}`;

    // The key is built from the wall clock, not the offset, so it does not change with the machine's zone.
    const stamp = [date.y, date.mo, date.d, h, mi];
    const key = sourceKey('daylio', [stamp, moodLabel, cell('activities'), note]);
    return importedEntry(where, { key, occurredAt, note, tags, moodLabel });
  });
  return { entries, moodLabels: moodLabels(entries) };
}

/** Distinct mood labels (case-insensitively), built-ins first from best to worst, then by how often they occur. */
function moodLabels(entries: ImportedEntry[]): MoodLabel[] {
  const byKey = new Map<string, MoodLabel>();
  for (const e of entries) {
    if (e.moodLabel === undefined) continue;
    const k = moodKey(e.moodLabel);
    const found = byKey.get(k);
    if (found) found.count += 1;
    else byKey.set(k, { label: e.moodLabel, count: 1, suggested: defaultMood(k) ?? null });
  }
  return [...byKey.values()].sort(
    (a, b) => (b.suggested ?? -1) - (a.suggested ?? -1) || b.count - a.count || a.label.localeCompare(b.label),
  );
}

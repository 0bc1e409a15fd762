// Human-readable output: plain aligned tables. Journal text is sanitised so a note cannot carry
// terminal escape sequences to the screen.
import type { Entry, PersonSummary } from '../../shared/domain';
import { BIDI_CONTROLS } from '../../shared/schemas';
import { NOT_RECORDED } from '../../shared/labels';

type Align = 'left' | 'right';
export interface Column {
  title: string;
  align?: Align;
}

function width(text: string): number {
  return [...text].length;
}

const isControl = (codePoint: number) => codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
const BIDI = new RegExp(BIDI_CONTROLS.source, 'g');

/** Control characters (escape sequences, tabs, newlines) become spaces; text-direction controls are dropped. */
export function clean(text: string): string {
  return [...text.replace(BIDI, '')].map((c) => (isControl(c.codePointAt(0)!) ? ' ' : c)).join('');
}

/** JSON for the terminal: text-direction controls written as \\u escapes, so the value is unchanged but shown as it is. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first line of `text`, cut to `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  const line = clean(text.trim().split(/\r?\n/, 1)[0] ?? '');
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

export function table(columns: Column[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.max(width(c.title), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return columns[i]?.align === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), ...rows.map(line)].join('\n');
}

/** "2026-11-25 09:30" as the person wrote it (their local time at that moment). */
export function dateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** A 0–10 value, or "not recorded": never a made-up 0. */
export function scaleValue(value: number | undefined): string {
  return value === undefined ? NOT_RECORDED : String(value);
}

export function entriesTable(entries: Entry[]): string {
  if (entries.length === 0) return 'No entries.';
  const rows = entries.map((e) => [
    dateTime(e.occurredAt),
    scaleValue(e.mood),
    scaleValue(e.support),
    shorten([...new Set(e.interactions.map((i) => i.person))].join(', '), 30),
    shorten(e.note, 40),
    e.id,
  ]);
  return table(
    [{ title: 'DATE' }, { title: 'MOOD', align: 'right' }, { title: 'SUPPORT', align: 'right' }, { title: 'PEOPLE' }, { title: 'NOTE' }, { title: 'ID' }],
    rows,
  );
}

export function peopleTable(people: PersonSummary[]): string {
  if (people.length === 0) return 'No people yet.';
  const rows = people.map((p) => [
    clean(p.name),
    p.relationship ?? 'not recorded',
    String(p.interactionCount),
    p.lastContact ? dateTime(p.lastContact) : 'never',
  ]);
  return table([{ title: 'NAME' }, { title: 'RELATIONSHIP' }, { title: 'INTERACTIONS', align: 'right' }, { title: 'LAST CONTACT' }], rows);
}

// The journal as rows for the virtual list: a day heading before each day's entries.
import type { Entry } from '../../../shared/domain';
import { excerpt } from '../../../shared/format';
import { localToday } from '../../../shared/local-time';
import { formatDate } from './date-locale';

export type Row = { kind: 'day'; day: string; label: string } | { kind: 'entry'; entry: Entry; dayLabel: string };

/** "Today", "Yesterday" or "Wednesday, 25 November 2026" (in en-GB) for a local calendar date. */
export function dayLabel(day: string, now: Date = new Date()): string {
  const full = formatDate(day, 'weekday');
  if (day === localToday(now)) return `Today, ${full}`;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (day === localToday(yesterday)) return `Yesterday, ${full}`;
  return full;
}

/** Entries come newest first; each run of one local date (as the entry recorded it) gets a heading. */
export function toRows(entries: readonly Entry[], now: Date = new Date()): Row[] {
  const rows: Row[] = [];
  let current = '';
  let label = '';
  for (const entry of entries) {
    const day = entry.occurredAt.slice(0, 10);
    if (day !== current) {
      current = day;
      label = dayLabel(day, now);
      rows.push({ kind: 'day', day, label });
    }
    rows.push({ kind: 'entry', entry, dayLabel: label });
  }
  return rows;
}

/** The time of day as the entry recorded it (its own offset). */
export const timeOf = (entry: Entry) => entry.occurredAt.slice(11, 16);

const NOTE_CHARS = 140;
export function noteStart(note: string): string {
  return excerpt(note, NOTE_CHARS);
}

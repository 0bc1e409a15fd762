// What the journal's rows show: a day's heading, an entry's time and the start of its note.
import type { Entry } from '../../../shared/domain';
import { excerpt } from '../../../shared/format';
import { localToday } from '../../../shared/local-time';
import { formatDate } from './date-locale';

/** "Today", "Yesterday" or "Wednesday, 25 November 2026" (in en-GB) for a local calendar date. */
export function dayLabel(day: string, now: Date = new Date()): string {
  const full = formatDate(day, 'weekday');
  if (day === localToday(now)) return `Today, ${full}`;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (day === localToday(yesterday)) return `Yesterday, ${full}`;
  return full;
}

/** The time of day as the entry recorded it (its own offset). */
export const timeOf = (entry: Entry) => entry.occurredAt.slice(11, 16);

const NOTE_CHARS = 140;
export function noteStart(note: string): string {
  return excerpt(note, NOTE_CHARS);
}

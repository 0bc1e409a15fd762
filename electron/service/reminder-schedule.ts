// When to remind the person to write: a pure function of the reminder settings, the clock, the time
// zone and the date of the newest entry. The shell calls it every minute and on waking; it keeps
// nothing but when it last looked and which reminder it last showed.
//
// Times are wall-clock times in the given IANA zone, resolved as Temporal's "compatible" does:
// a time that a spring-forward skips (02:30 when clocks jump 02:00 → 03:00) comes as many minutes
// after the jump (03:30); a time a fall-back repeats (01:30 twice) is the first one only.
import type { ReminderSettings } from '../../shared/domain';

/** One reminder: the local day and time it is for, and the instant that is (ms since the epoch). */
export interface Slot {
  date: string;
  time: string;
  at: number;
}

export interface ScheduleInput {
  reminders: ReminderSettings;
  /** The clock, ms since the epoch. */
  now: number;
  /** An IANA zone, e.g. 'Europe/Paris': the computer's zone now. */
  timeZone: string;
  /** 'YYYY-MM-DD' of the newest entry, or null: that day needs no reminder. */
  lastEntryDate: string | null;
}

export interface DueInput extends ScheduleInput {
  /** When the shell last looked (ms); reminders at or before it were handled then. */
  since: number;
  /** `slotKey` of the last reminder shown, or null: a zone change never brings it back. */
  lastShown: string | null;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** How far ahead nextReminders looks: two weeks covers any choice of weekdays. */
const LOOKAHEAD_DAYS = 14;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(timeZone, f);
  }
  return f;
}

/** The wall clock of an instant in a zone, written as if it were UTC (ms), to the minute. */
function wallClock(at: number, timeZone: string): number {
  const p = Object.fromEntries(format(timeZone).formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
}

const offsetAt = (at: number, timeZone: string) => wallClock(at, timeZone) - Math.floor(at / MINUTE_MS) * MINUTE_MS;

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (wall: number) => {
  const d = new Date(wall);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const utcMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The local date ('YYYY-MM-DD') of an instant in a zone. */
export function localDate(at: number, timeZone: string): string {
  return dateOf(wallClock(at, timeZone));
}

/** The instant of a local date and time in a zone (see the top of this file for gaps and repeats). */
export function resolveLocal(date: string, time: string, timeZone: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const wall = utcMidnight(date) + h * 3_600_000 + m * MINUTE_MS;
  // The zone's offsets a day either side: a transition lies between them, if any.
  const before = wall - offsetAt(wall - DAY_MS, timeZone);
  const after = wall - offsetAt(wall + DAY_MS, timeZone);
  const fits = (at: number) => wallClock(at, timeZone) === wall;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(after)) return after;
  // In a gap, or an ordinary time (both candidates equal): the offset from before the jump.
  return before;
}

/** A reminder's identity, ordered by local day and time: '2026-03-29T20:00'. */
export const slotKey = (slot: Pick<Slot, 'date' | 'time'>) => `${slot.date}T${slot.time}`;

/** The reminders of one local date, in time order; two times that fall on one instant remind once. */
export function slotsOn(date: string, reminders: ReminderSettings, timeZone: string): Slot[] {
  const weekday = new Date(utcMidnight(date)).getUTCDay();
  if (!reminders.enabled || !(reminders.days as number[]).includes(weekday)) return [];
  const slots: Slot[] = [];
  for (const time of [...reminders.times].sort()) {
    const at = resolveLocal(date, time, timeZone);
    if (!slots.some((s) => s.at === at)) slots.push({ date, time, at });
  }
  return slots.sort((a, b) => a.at - b.at);
}

/** The next `count` reminders after now, leaving out the day of the newest entry. */
export function nextReminders(input: ScheduleInput, count = 5): Slot[] {
  const { reminders, now, timeZone, lastEntryDate } = input;
  if (!reminders.enabled) return [];
  const today = utcMidnight(localDate(now, timeZone));
  const found: Slot[] = [];
  for (let i = 0; i <= LOOKAHEAD_DAYS && found.length < count; i++) {
    const date = dateOf(today + i * DAY_MS);
    if (date === lastEntryDate) continue;
    for (const slot of slotsOn(date, reminders, timeZone)) if (slot.at > now && found.length < count) found.push(slot);
  }
  return found;
}

/**
 * The reminder to show now, or null: the latest of today's reminders that came since the shell last
 * looked, unless today already has an entry or it was shown before. A computer that slept through
 * several gets one; one missed on an earlier day is not shown late.
 */
export function reminderDue(input: DueInput): Slot | null {
  const { reminders, now, since, timeZone, lastEntryDate, lastShown } = input;
  const today = localDate(now, timeZone);
  if (today === lastEntryDate) return null;
  const due = slotsOn(today, reminders, timeZone).filter((s) => s.at > since && s.at <= now && (lastShown === null || slotKey(s) > lastShown));
  return due.at(-1) ?? null;
}

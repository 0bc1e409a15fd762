// When a check-in is due: the instrument is on, it was not put off until a later day, and its
// interval has passed since it was last answered (or it never was). Dates are local YYYY-MM-DD.
import type { InstrumentId } from './instrument';
import { INSTRUMENT_IDS } from './instrument';
import { INSTRUMENTS } from './instruments';

/** One instrument's setting; an instrument never touched has none (it is off). */
export interface CheckinSetting {
  on: boolean;
  /** "Later": not suggested before this day. */
  laterUntil?: string;
}

export type CheckinSettings = Partial<Record<InstrumentId, CheckinSetting>>;

const DAY_MS = 86_400_000;
const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

type Dated = { instrument: InstrumentId; date: string };

function lastDate(instrument: InstrumentId, results: readonly Dated[]): string | null {
  let last: string | null = null;
  for (const r of results) if (r.instrument === instrument && (last === null || r.date > last)) last = r.date;
  return last;
}

/** The day an instrument is next suggested, from the day it was last answered. */
export function nextDueDate(instrument: InstrumentId, last: string): string {
  return addDays(last, INSTRUMENTS[instrument].everyDays);
}

/** The instruments due today, in the order they are offered. */
export function dueCheckins(settings: CheckinSettings | undefined, results: readonly Dated[], today: string): InstrumentId[] {
  return INSTRUMENT_IDS.filter((id) => {
    const setting = settings?.[id];
    if (!setting?.on) return false;
    if (setting.laterUntil !== undefined && today < setting.laterUntil) return false;
    const last = lastDate(id, results);
    return last === null || today >= nextDueDate(id, last);
  });
}

/**
 * For an instrument with a minimum gap (the WHO-5's two weeks), the day of an answer closer than
 * that to `date`, which would make two answers cover the same days; otherwise null.
 */
export function tooSoonAfter(instrument: InstrumentId, date: string, results: ReadonlyArray<Dated & { id: string }>, ignoreId?: string): string | null {
  const gap = INSTRUMENTS[instrument].minDaysApart;
  if (gap === undefined) return null;
  const near = results.find((r) => r.instrument === instrument && r.id !== ignoreId && Math.abs(daysBetween(r.date, date)) < gap);
  return near?.date ?? null;
}

// Wall-clock times from other journals → the ISO-8601 local date-time with offset that occurredAt
// is stored in. Both return null for input that names no real moment; callers raise IMPORT_INVALID.
import { toLocalOffsetIso } from '../../shared/local-time';

const inFourDigitYears = (y: number) => y >= 1000 && y <= 9999;

// Only for four-digit years: Date.UTC reads 0-99 as 1900-1999.
function isRealDate(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * The machine's local offset at that wall-clock time. Years are limited to four digits because
 * occurredAt is. A time skipped by a daylight-saving change (02:30 on the spring-forward night)
 * comes back as the moment it denotes, e.g. 03:30+02:00, rather than being refused.
 */
export function localOffsetIso(y: number, mo: number, d: number, h: number, mi: number, s = 0): string | null {
  const whole = [y, mo, d, h, mi, s].every(Number.isInteger);
  if (!whole || !inFourDigitYears(y) || !isRealDate(y, mo, d)) return null;
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return null;
  return toLocalOffsetIso(new Date(y, mo - 1, d, h, mi, s));
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

// One formatter per zone: building them is the slow part for a journal of thousands of entries.
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      f = null; // not an IANA zone this runtime knows
    }
    formatters.set(timeZone, f);
  }
  return f;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant as the wall clock in an IANA zone showed it, with that zone's offset then, to the
 * second. Null when the zone is unknown or the instant falls outside four-digit years. The offset
 * is rounded to whole minutes (historical local mean times have seconds) and the wall clock is
 * derived from it, so the string always denotes the instant.
 */
export function zonedOffsetIso(instant: Date, timeZone: string): string | null {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  // Also keeps Date.UTC below away from years 0-99, which it reads as 1900-1999.
  if (!Number.isFinite(ms) || !inFourDigitYears(new Date(ms).getUTCFullYear())) return null;
  const f = formatterFor(timeZone);
  if (f === null) return null;
  const parts = f.formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = Math.round((wall - ms) / 60_000);
  const shown = new Date(ms + offset * 60_000);
  const y = shown.getUTCFullYear();
  if (!Number.isFinite(offset) || !inFourDigitYears(y)) return null;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${y}-${pad(shown.getUTCMonth() + 1)}-${pad(shown.getUTCDate())}` +
    `T${pad(shown.getUTCHours())}:${pad(shown.getUTCMinutes())}:${pad(shown.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

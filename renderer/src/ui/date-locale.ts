// One date style for the whole app: every date it prints, and every date field, follows the
// locale chosen in Settings, or the system's (navigator.language) while that is 'system'.
import { useSyncExternalStore } from 'react';
import type { DateLocale } from '../../../shared/domain';

let chosen: DateLocale = 'system';
const listeners = new Set<() => void>();

export function setDateLocale(locale: DateLocale): void {
  if (locale === chosen) return;
  chosen = locale;
  for (const listener of listeners) listener();
}

/** The BCP 47 locale dates follow now. */
export function dateLocale(): string {
  return chosen === 'system' ? navigator.language : chosen;
}

/**
 * A choice as the Settings list shows it: the language and region by name, and a date written
 * both ways the app writes dates ('British English: 2 December 2026, 02/12/2026').
 */
export function describeDateLocale(locale: DateLocale, example: Date): string {
  const tag = locale === 'system' ? navigator.language : locale;
  const long = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(example);
  const figures = new Intl.DateTimeFormat(tag, STYLES.numeric).format(example);
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  return locale === 'system' ? `Same as the system (${name}: ${long}, ${figures})` : `${name}: ${long}, ${figures}`;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The locale, re-rendering the caller when the setting changes. */
export function useDateLocale(): string {
  return useSyncExternalStore(subscribe, dateLocale);
}

const STYLES = {
  /** 5 Jan 2026 (en-GB), Jan 5, 2026 (en-US) */
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  /** 5 Jan */
  dayMonth: { day: 'numeric', month: 'short' },
  /** Jan 2026 */
  month: { month: 'short', year: 'numeric' },
  /** Jan */
  monthName: { month: 'short' },
  /** Monday, 5 January 2026 */
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** Mon, 5 Jan 2026 */
  shortWeekday: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** 5 Jan 2026, 14:30 */
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  /** 14:30 */
  time: { hour: '2-digit', minute: '2-digit' },
  /** 05/01/2026: the form of a date field */
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: DateStyle, timeZone: string | undefined): Intl.DateTimeFormat {
  const locale = dateLocale();
  const key = `${locale}|${style}|${timeZone ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A calendar date ('2026-01-05') or a wall-clock time as recorded ('2026-01-05T14:30…', its offset
 * ignored): shown as written, never shifted into this computer's time zone.
 */
export function formatDate(recorded: string, style: DateStyle): string {
  const [y, m, d] = recorded.slice(0, 10).split('-').map(Number) as [number, number, number];
  const hh = Number(recorded.slice(11, 13) || 0);
  const mm = Number(recorded.slice(14, 16) || 0);
  return formatter(style, 'UTC').format(new Date(Date.UTC(y, m - 1, d, hh, mm)));
}

/** An instant (an ISO time with Z or an offset), in this computer's time zone. */
export function formatInstant(iso: string, style: DateStyle): string {
  return formatter(style, undefined).format(new Date(iso));
}

export type DatePart = 'day' | 'month' | 'year';

/** How the locale writes a date in figures: the order of day, month and year, and what separates them. */
export function numericPattern(): { order: DatePart[]; separator: string; hint: string } {
  const parts = formatter('numeric', 'UTC').formatToParts(new Date(Date.UTC(2026, 11, 31)));
  const order = parts.filter((p): p is Intl.DateTimeFormatPart & { type: DatePart } => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type);
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '/';
  const words: Record<DatePart, string> = { day: 'dd', month: 'mm', year: 'yyyy' };
  return { order, separator, hint: order.map((p) => words[p]).join(separator) };
}

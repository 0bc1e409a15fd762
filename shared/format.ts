// The words and numbers Hearth prints, written one way for the app, the CLI and both reports:
// fixed and signed figures, plurals, note excerpts, and dates in the style that reads the same in
// every locale. Pure: no clock, no locale of the machine.

/** The true minus sign, for sentences and printed reports. */
export const MINUS = '\u2212';
/**
 * How a negative figure is written: '−' (MINUS) in sentences and reports, '-' in tables on screen
 * and in the terminal, where a figure may be copied into a spreadsheet and must stay a number.
 */
export type Minus = '-' | typeof MINUS;

/** `n` to `digits` places; a value that rounds to zero is written without a sign ('0.0', never '-0.0'). */
export function fixed(n: number, digits = 1, minus: Minus = '-'): string {
  const text = Math.abs(n).toFixed(digits);
  return n < 0 && Number(text) !== 0 ? `${minus}${text}` : text;
}

/** Like `fixed`, with '+' before a value that rounds above zero: on a scale from −2 to +2 the sign is the meaning. */
export function signed(n: number, digits = 1, minus: Minus = '-'): string {
  const text = fixed(n, digits, minus);
  return n > 0 && Number(text) !== 0 ? `+${text}` : text;
}

/** '1 day', '2 days'; `many` for irregular words ('person', 'people'). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** ' (3 of 5)' after a mean that used only some of the items (the ones that recorded it); nothing when it used all. */
export function usedOf(used: number, of: number): string {
  return used === of ? '' : ` (${used} of ${of})`;
}

/**
 * The start of a note on one line: runs of spaces and line breaks become one space, and a text
 * longer than `max` characters is cut (never inside a character) and ends with '…'.
 */
export function excerpt(text: string, max: number): string {
  const flat = [...text.replace(/\s+/g, ' ').trim()];
  return flat.length > max ? `${flat.slice(0, max).join('').trimEnd()}…` : flat.join('');
}

/** Month names in English, January first: the reports' dates and the months an importer reads. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The year, month (1–12) and day of a calendar date '2026-11-25'. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** '2026-11-25' → '25 Nov 2026': unambiguous in every locale. */
export function plainDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** '2026-11-25' → 'Wed 25 Nov 2026'. A calendar date has no time zone, so UTC names its weekday. */
export function plainDay(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${plainDate(date)}`;
}

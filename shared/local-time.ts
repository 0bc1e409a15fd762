// The person's local time, from a clock reading the caller passes in: pure, so the service, the CLI,
// the importers and the renderer derive "now" and "today" the same way from whatever clock they inject.
const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** A local date-time with its offset, the form occurredAt is stored in: '2026-03-15T09:30:00+01:00'. */
export function toLocalOffsetIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** The local calendar date of `now`, 'YYYY-MM-DD'. */
export function localToday(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

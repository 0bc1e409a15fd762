// "Now" as the person's local date-time with its offset, the form occurredAt is stored in.
const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

export function toLocalOffsetIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

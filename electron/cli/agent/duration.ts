// `--for` of `hearth unlock`: 90s, 15m, 2h; at most 12 hours.
import { UsageError } from '../errors';

export const DEFAULT_FOR = '15m';
export const MAX_FOR_MS = 12 * 60 * 60 * 1000;
const UNIT_MS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000 } as const;

/** Milliseconds; a UsageError (exit 2) for anything that is not a positive whole number of s, m or h up to 12h. */
export function parseDuration(text: string): number {
  const match = /^(\d{1,6})([smh])$/.exec(text);
  const ms = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : NaN;
  if (!(ms > 0)) throw new UsageError(`--for takes a duration like 90s, 15m or 2h; "${text}" is not one.`);
  if (ms > MAX_FOR_MS) throw new UsageError(`--for ${text} is longer than 12h: the unlock agent keeps the key for at most 12 hours.`);
  return ms;
}

/** "15 minutes", "2 hours", "90 seconds": the duration as given, in words. */
export function durationWords(text: string): string {
  const n = Number(text.slice(0, -1));
  const unit = { s: 'second', m: 'minute', h: 'hour' }[text.slice(-1) as 's' | 'm' | 'h'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

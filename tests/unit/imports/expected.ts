// Expected occurredAt values, worked out independently of the code under test: vitest shares one
// process (one TZ) across files, so tests state offsets through the machine's own getTimezoneOffset.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { HearthError } from '../../../shared/errors';

const p = (n: number) => String(n).padStart(2, '0');

function offset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

/** A wall-clock time on this machine (not inside a daylight-saving gap) with its local offset. */
export function localIso(y: number, mo: number, d: number, h: number, mi: number, s = 0): string {
  return `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}${offset(new Date(y, mo - 1, d, h, mi, s))}`;
}

/** An instant as this machine's wall clock shows it. */
export function localIsoOf(instant: Date): string {
  const t = instant;
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}T${p(t.getHours())}:${p(t.getMinutes())}:${p(t.getSeconds())}${offset(t)}`;
}

export const fixture = (name: string) => readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url), 'utf8');

/** Runs `parse` and expects IMPORT_INVALID with exactly this message. */
export function expectImportError(parse: () => unknown, message: string): void {
  let thrown: unknown;
  try {
    parse();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(HearthError);
  expect((thrown as HearthError).code).toBe('IMPORT_INVALID');
  expect((thrown as HearthError).message).toBe(message);
}

// The one local-time helper: "today" and "now with its offset" from a clock reading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localToday, toLocalOffsetIso } from '../../../shared/local-time';

const pad = (n: number) => String(n).padStart(2, '0');

describe('localToday', () => {
  it('is the local calendar date of the clock reading', () => {
    expect(localToday(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
  });

  it('gives back the local date a Date was made from, and agrees with the stored form of "now"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), (y, m, d, h) => {
        const now = new Date(y, m, d, h, 17);
        expect(localToday(now)).toBe(`${y}-${pad(m + 1)}-${pad(d)}`);
        expect(toLocalOffsetIso(now).slice(0, 10)).toBe(localToday(now));
      }),
    );
  });
});

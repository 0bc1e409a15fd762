// Validators against independently stated rules, property-tested.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isDateOnly, isOffsetDateTime, entryInputSchema } from '../../../shared/schemas';

it('accepts every real date-time with an offset, in the forms we document', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.integer({ min: -14 * 60, max: 14 * 60 }),
      (date, offsetMinutes) => {
        const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(isOffsetDateTime(local + offset)).toBe(true);
        expect(Date.parse(local + offset)).toBe(Math.floor(date.getTime() / 1000) * 1000);
        expect(isOffsetDateTime(`${local}Z`)).toBe(true);
        expect(isOffsetDateTime(local)).toBe(false);
        expect(isDateOnly(local.slice(0, 10))).toBe(true);
      },
    ),
  );
});

it('refuses impossible dates and times', () => {
  for (const bad of ['2026-02-29T10:00:00+00:00', '2026-13-01T10:00:00Z', '2026-04-31T10:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:60Z', '2026-01-01T10:00:00+15:00', '2026-01-01 10:00:00Z', '']) {
    expect(isOffsetDateTime(bad), bad).toBe(false);
  }
  expect(isOffsetDateTime('2024-02-29T10:00:00.123-03:30')).toBe(true);
  expect(isDateOnly('2026-02-29')).toBe(false);
  expect(isDateOnly('2024-02-29')).toBe(true);
});

it('accepts exactly whole mood and support values from 0 to 10', () => {
  fc.assert(
    fc.property(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: false })), (mood) => {
      const ok = entryInputSchema.safeParse({ mood, support: 5 }).success;
      expect(ok).toBe(Number.isInteger(mood) && mood >= 0 && mood <= 10);
    }),
  );
});

// Calendar arithmetic without Date, checked against Date in UTC over three centuries.
import { describe, expect, it } from 'vitest';
import { dayNumber, formatDate, parseDate, startOfMonth, startOfNextMonth, startOfWeek, weekday } from '../../../electron/analytics/dates';

const utc = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

describe('calendar dates', () => {
  it('numbers every day from 1900 to 2200 like Date.UTC, and back', () => {
    for (let n = utc('1900-01-01'); n <= utc('2200-12-31'); n++) {
      const date = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (dayNumber(date) !== n || formatDate(n) !== date) throw new Error(`${date}: ${dayNumber(date)} / ${formatDate(n)}`);
      if (weekday(n) !== new Date(n * 86_400_000).getUTCDay()) throw new Error(`weekday of ${date}`);
    }
  });

  it('knows the epoch, leap days and century rules', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(formatDate(dayNumber('2024-02-28') + 1)).toBe('2024-02-29'); // divisible by 4
    expect(formatDate(dayNumber('2100-02-28') + 1)).toBe('2100-03-01'); // by 100, not 400
    expect(formatDate(dayNumber('2000-02-28') + 1)).toBe('2000-02-29'); // by 400
    expect(formatDate(dayNumber('2026-12-31') + 1)).toBe('2027-01-01');
  });

  it('starts weeks on Monday or Sunday', () => {
    // 2026-03-01 is a Sunday.
    const sunday = dayNumber('2026-03-01');
    expect(weekday(sunday)).toBe(0);
    expect(formatDate(startOfWeek(sunday, 1))).toBe('2026-02-23');
    expect(formatDate(startOfWeek(sunday, 0))).toBe('2026-03-01');
    expect(formatDate(startOfWeek(dayNumber('2026-03-02'), 1))).toBe('2026-03-02');
    expect(formatDate(startOfWeek(dayNumber('2026-03-07'), 0))).toBe('2026-03-01');
  });

  it('finds the first day of a month and of the next one', () => {
    expect(formatDate(startOfMonth(dayNumber('2024-02-29')))).toBe('2024-02-01');
    expect(formatDate(startOfNextMonth(dayNumber('2024-02-01')))).toBe('2024-03-01');
    expect(formatDate(startOfNextMonth(dayNumber('2026-12-15')))).toBe('2027-01-01');
  });

  it('rejects strings that are not real dates', () => {
    expect(parseDate('2026-03-01')).toBe(dayNumber('2026-03-01'));
    for (const bad of ['2026-02-29', '2026-13-01', '2026-3-1', '2026-03-01T00:00', '', 'today']) {
      expect(() => parseDate(bad), bad).toThrow(RangeError);
    }
  });
});

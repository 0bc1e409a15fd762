// Which days "on this day" remembers, at the ends of months and around 29 February.
import { describe, expect, it } from 'vitest';
import { daysBack } from '../../../electron/service/on-this-day';

describe('daysBack', () => {
  it('is the same day a month and a year back on an ordinary day', () => {
    expect(daysBack('2026-06-15', 'month')).toEqual({ from: '2026-05-15', to: '2026-05-15' });
    expect(daysBack('2026-06-15', 'year')).toEqual({ from: '2025-06-15', to: '2025-06-15' });
    expect(daysBack('2026-01-10', 'month')).toEqual({ from: '2025-12-10', to: '2025-12-10' });
  });

  it('on the 31st after a 30-day month remembers nothing: the 30th was remembered the day before', () => {
    expect(daysBack('2026-05-31', 'month')).toBeNull();
    expect(daysBack('2026-05-30', 'month')).toEqual({ from: '2026-04-30', to: '2026-04-30' });
  });

  it('on the last day of a month takes along the longer month’s remaining days', () => {
    expect(daysBack('2026-04-30', 'month')).toEqual({ from: '2026-03-30', to: '2026-03-31' });
    expect(daysBack('2026-02-28', 'month')).toEqual({ from: '2026-01-28', to: '2026-01-31' });
    expect(daysBack('2026-02-27', 'month')).toEqual({ from: '2026-01-27', to: '2026-01-27' });
    expect(daysBack('2026-03-29', 'month')).toBeNull();
    expect(daysBack('2028-02-29', 'month')).toEqual({ from: '2028-01-29', to: '2028-01-31' });
    expect(daysBack('2028-02-28', 'month')).toEqual({ from: '2028-01-28', to: '2028-01-28' });
  });

  it('remembers 29 February on 28 February of the next year, and nothing on a 29 February after a common year', () => {
    expect(daysBack('2029-02-28', 'year')).toEqual({ from: '2028-02-28', to: '2028-02-29' });
    expect(daysBack('2028-02-29', 'year')).toBeNull();
    expect(daysBack('2028-02-28', 'year')).toEqual({ from: '2027-02-28', to: '2027-02-28' });
    expect(daysBack('2026-02-28', 'year')).toEqual({ from: '2025-02-28', to: '2025-02-28' });
  });

  it('remembers every day of a year exactly once a month later', () => {
    const seen = new Map<string, number>();
    for (let t = Date.UTC(2026, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const range = daysBack(new Date(t).toISOString().slice(0, 10), 'month');
      if (!range) continue;
      for (let d = Date.parse(`${range.from}T00:00:00Z`); d <= Date.parse(`${range.to}T00:00:00Z`); d += 86_400_000) {
        const day = new Date(d).toISOString().slice(0, 10);
        seen.set(day, (seen.get(day) ?? 0) + 1);
      }
    }
    for (let t = Date.UTC(2026, 0, 1); t <= Date.UTC(2027, 10, 30); t += 86_400_000) expect(seen.get(new Date(t).toISOString().slice(0, 10))).toBe(1);
  });
});

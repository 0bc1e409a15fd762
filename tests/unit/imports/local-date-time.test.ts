// Wall clock → ISO with offset, in the machine's zone and in named IANA zones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localOffsetIso, zonedOffsetIso } from '../../../electron/imports/local-date-time';
import { isOffsetDateTime } from '../../../shared/schemas';
import { localIso } from './expected';

describe('localOffsetIso', () => {
  it('gives the wall clock with the machine offset at that time', () => {
    expect(localOffsetIso(2024, 3, 1, 21, 15)).toBe(localIso(2024, 3, 1, 21, 15));
    expect(localOffsetIso(2024, 7, 14, 8, 5, 9)).toBe(localIso(2024, 7, 14, 8, 5, 9));
    expect(localOffsetIso(2024, 2, 29, 0, 0)).toBe(localIso(2024, 2, 29, 0, 0));
  });

  it('refuses dates and times that do not exist', () => {
    expect(localOffsetIso(2024, 2, 30, 12, 0)).toBeNull();
    expect(localOffsetIso(2023, 2, 29, 12, 0)).toBeNull();
    expect(localOffsetIso(2024, 13, 1, 12, 0)).toBeNull();
    expect(localOffsetIso(2024, 0, 1, 12, 0)).toBeNull();
    expect(localOffsetIso(2024, 4, 31, 12, 0)).toBeNull();
    expect(localOffsetIso(2024, 1, 1, 24, 0)).toBeNull();
    expect(localOffsetIso(2024, 1, 1, 23, 60)).toBeNull();
    expect(localOffsetIso(2024, 1, 1, 23, 0, 60)).toBeNull();
    expect(localOffsetIso(2024, 1, 1.5, 23, 0)).toBeNull();
    // occurredAt has four-digit years; Date would also read 99 as 1999
    expect(localOffsetIso(99, 1, 1, 0, 0)).toBeNull();
    expect(localOffsetIso(10_000, 1, 1, 0, 0)).toBeNull();
  });

  // From 1972: older local mean times have offsets with seconds, which ISO offsets cannot carry.
  it('always names the instant the machine gives that wall clock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1972, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (y, mo, d, h, mi) => {
          const iso = localOffsetIso(y, mo, d, h, mi);
          expect(iso).not.toBeNull();
          expect(isOffsetDateTime(iso!)).toBe(true);
          expect(Date.parse(iso!)).toBe(new Date(y, mo - 1, d, h, mi).getTime());
        },
      ),
    );
  });
});

describe('zonedOffsetIso', () => {
  it('shows the instant on the wall clock of the zone, across daylight-saving changes', () => {
    expect(zonedOffsetIso(new Date('2024-03-01T20:15:00Z'), 'Europe/Berlin')).toBe('2024-03-01T21:15:00+01:00');
    expect(zonedOffsetIso(new Date('2024-03-31T00:59:59Z'), 'Europe/Berlin')).toBe('2024-03-31T01:59:59+01:00');
    expect(zonedOffsetIso(new Date('2024-03-31T01:00:00Z'), 'Europe/Berlin')).toBe('2024-03-31T03:00:00+02:00');
    expect(zonedOffsetIso(new Date('2024-07-01T03:30:00Z'), 'America/New_York')).toBe('2024-06-30T23:30:00-04:00');
    expect(zonedOffsetIso(new Date('2024-01-01T00:00:00Z'), 'Asia/Kolkata')).toBe('2024-01-01T05:30:00+05:30');
    expect(zonedOffsetIso(new Date('2024-01-01T00:00:00Z'), 'Pacific/Chatham')).toBe('2024-01-01T13:45:00+13:45');
    expect(zonedOffsetIso(new Date('2024-01-01T00:00:00Z'), 'America/St_Johns')).toBe('2023-12-31T20:30:00-03:30');
    expect(zonedOffsetIso(new Date('2024-01-01T00:00:00.999Z'), 'UTC')).toBe('2024-01-01T00:00:00+00:00');
  });

  it('returns null for a zone the runtime does not know, or an instant outside four-digit years', () => {
    expect(zonedOffsetIso(new Date('2024-01-01T00:00:00Z'), 'Not/AZone')).toBeNull();
    expect(zonedOffsetIso(new Date('2024-01-01T00:00:00Z'), '')).toBeNull();
    expect(zonedOffsetIso(new Date(Number.NaN), 'UTC')).toBeNull();
    expect(zonedOffsetIso(new Date('0999-06-01T00:00:00Z'), 'UTC')).toBeNull();
  });

  it('always denotes the same instant, to the second', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Lord_Howe', 'UTC', 'America/Sao_Paulo'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const iso = zonedOffsetIso(new Date(ms), zone);
          expect(isOffsetDateTime(iso!)).toBe(true);
          expect(Date.parse(iso!)).toBe(Math.floor(ms / 1000) * 1000);
        },
      ),
    );
  });
});

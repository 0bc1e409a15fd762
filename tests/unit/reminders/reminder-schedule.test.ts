// The reminder schedule against instants worked out by hand from each zone's offsets (EST = UTC-5,
// EDT = UTC-4, CEST = UTC+2, JST = UTC+9), with a fake clock stepped as the shell steps it.
import { describe, expect, it } from 'vitest';
import type { ReminderSettings, Weekday } from '../../../shared/domain';
import { localDate, nextReminders, reminderDue, resolveLocal, slotKey, type Slot } from '../../../electron/service/reminder-schedule';

const NY = 'America/New_York';
const PARIS = 'Europe/Paris';
const TOKYO = 'Asia/Tokyo';
const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const at = (iso: string) => Date.parse(iso);
const on = (times: string[], days: Weekday[] = EVERY_DAY): ReminderSettings => ({ enabled: true, times, days });
const MINUTE = 60_000;

/** What the shell does: look every `stepMs` (or at the given instants), show what is due, remember it. */
function run(reminders: ReminderSettings, checks: number[], zone: (now: number) => string, lastEntryDate: string | null = null): Slot[] {
  const shown: Slot[] = [];
  let since = checks[0]!;
  let lastShown: string | null = null;
  for (const now of checks.slice(1)) {
    const due = reminderDue({ reminders, now, since, timeZone: zone(now), lastEntryDate, lastShown });
    if (due) {
      shown.push(due);
      lastShown = slotKey(due);
    }
    since = now;
  }
  return shown;
}
const everyMinute = (from: number, to: number) => Array.from({ length: (to - from) / MINUTE + 1 }, (_, i) => from + i * MINUTE);

describe('resolveLocal', () => {
  it('gives the instant of an ordinary local time', () => {
    expect(resolveLocal('2026-01-15', '20:00', NY)).toBe(at('2026-01-16T01:00:00Z'));
    expect(resolveLocal('2026-06-01', '20:00', PARIS)).toBe(at('2026-06-01T18:00:00Z'));
    expect(resolveLocal('2026-06-01', '00:00', TOKYO)).toBe(at('2026-05-31T15:00:00Z'));
  });

  it('moves a time the spring-forward skips by the size of the jump', () => {
    // 2026-03-08 in New York: 02:00 EST becomes 03:00 EDT, so 02:30 does not exist; 03:30 EDT is 07:30Z.
    expect(resolveLocal('2026-03-08', '02:30', NY)).toBe(at('2026-03-08T07:30:00Z'));
    expect(resolveLocal('2026-03-08', '01:59', NY)).toBe(at('2026-03-08T06:59:00Z'));
    expect(resolveLocal('2026-03-08', '03:00', NY)).toBe(at('2026-03-08T07:00:00Z'));
  });

  it('takes the first of a time the fall-back repeats', () => {
    // 2026-11-01 in New York: 02:00 EDT becomes 01:00 EST, so 01:30 comes at 05:30Z and again at 06:30Z.
    expect(resolveLocal('2026-11-01', '01:30', NY)).toBe(at('2026-11-01T05:30:00Z'));
    expect(resolveLocal('2026-11-01', '02:00', NY)).toBe(at('2026-11-01T07:00:00Z'));
  });

  it('reads the local date of an instant in the zone', () => {
    expect(localDate(at('2026-06-01T23:30:00Z'), PARIS)).toBe('2026-06-02');
    expect(localDate(at('2026-06-01T23:30:00Z'), NY)).toBe('2026-06-01');
  });
});

describe('nextReminders', () => {
  // Monday 1 June 2026, 12:00 in Paris.
  const noon = at('2026-06-01T10:00:00Z');
  const weekdays = on(['20:00', '08:00'], [1, 3, 5]);

  it('lists the coming times on the chosen days, in order', () => {
    expect(nextReminders({ reminders: weekdays, now: noon, timeZone: PARIS, lastEntryDate: null }, 3)).toEqual([
      { date: '2026-06-01', time: '20:00', at: at('2026-06-01T18:00:00Z') },
      { date: '2026-06-03', time: '08:00', at: at('2026-06-03T06:00:00Z') },
      { date: '2026-06-03', time: '20:00', at: at('2026-06-03T18:00:00Z') },
    ]);
  });

  it('leaves out the day that already has an entry', () => {
    expect(nextReminders({ reminders: weekdays, now: noon, timeZone: PARIS, lastEntryDate: '2026-06-01' }, 3).map(slotKey)).toEqual([
      '2026-06-03T08:00',
      '2026-06-03T20:00',
      '2026-06-05T08:00',
    ]);
  });

  it('counts a reminder at exactly now as gone', () => {
    const eight = at('2026-06-01T18:00:00Z');
    expect(nextReminders({ reminders: weekdays, now: eight - 1, timeZone: PARIS, lastEntryDate: null }, 1).map(slotKey)).toEqual(['2026-06-01T20:00']);
    expect(nextReminders({ reminders: weekdays, now: eight, timeZone: PARIS, lastEntryDate: null }, 1).map(slotKey)).toEqual(['2026-06-03T08:00']);
  });

  it('is empty when reminders are off or no day is chosen', () => {
    expect(nextReminders({ reminders: { ...weekdays, enabled: false }, now: noon, timeZone: PARIS, lastEntryDate: null })).toEqual([]);
    expect(nextReminders({ reminders: on(['20:00'], []), now: noon, timeZone: PARIS, lastEntryDate: null })).toEqual([]);
  });

  it('reminds once when two times fall on one instant of a spring-forward day', () => {
    const night = nextReminders({ reminders: on(['02:30', '03:30']), now: at('2026-03-08T05:00:00Z'), timeZone: NY, lastEntryDate: null }, 2);
    expect(night).toEqual([
      { date: '2026-03-08', time: '02:30', at: at('2026-03-08T07:30:00Z') },
      { date: '2026-03-09', time: '02:30', at: at('2026-03-09T06:30:00Z') },
    ]);
  });
});

describe('reminderDue', () => {
  const eight = at('2026-06-01T18:00:00Z'); // 20:00 in Paris
  const input = { reminders: on(['20:00']), timeZone: PARIS, lastEntryDate: null, lastShown: null };

  it('is due from the minute itself, once the shell has looked before it', () => {
    expect(reminderDue({ ...input, since: eight - MINUTE, now: eight - 1 })).toBeNull();
    expect(reminderDue({ ...input, since: eight - MINUTE, now: eight })).toEqual({ date: '2026-06-01', time: '20:00', at: eight });
    expect(reminderDue({ ...input, since: eight, now: eight + MINUTE })).toBeNull();
  });

  it('is skipped when the day already has an entry', () => {
    expect(reminderDue({ ...input, lastEntryDate: '2026-06-01', since: eight - MINUTE, now: eight })).toBeNull();
    expect(reminderDue({ ...input, lastEntryDate: '2026-05-31', since: eight - MINUTE, now: eight })).not.toBeNull();
  });

  it('shows one reminder after a sleep that missed several, and none of an earlier day', () => {
    const reminders = on(['09:00', '13:00', '18:00']);
    // Asleep from 08:00 to 19:00 in Paris: three missed, the latest shown, then nothing more that day.
    const shown = run(reminders, [at('2026-06-01T06:00:00Z'), at('2026-06-01T17:00:00Z'), ...everyMinute(at('2026-06-01T17:01:00Z'), at('2026-06-01T21:59:00Z'))], () => PARIS);
    expect(shown.map(slotKey)).toEqual(['2026-06-01T18:00']);
    // Asleep from 17:00 to the next morning at 08:00: yesterday's 18:00 is not shown late.
    expect(run(reminders, [at('2026-06-01T15:00:00Z'), at('2026-06-02T06:00:00Z')], () => PARIS)).toEqual([]);
  });

  it('fires once at 03:30 when the spring-forward skips 02:30', () => {
    const shown = run(on(['02:30']), everyMinute(at('2026-03-08T04:00:00Z'), at('2026-03-08T12:00:00Z')), () => NY);
    expect(shown).toEqual([{ date: '2026-03-08', time: '02:30', at: at('2026-03-08T07:30:00Z') }]);
  });

  it('fires once when the fall-back repeats 01:30', () => {
    const shown = run(on(['01:30']), everyMinute(at('2026-11-01T03:00:00Z'), at('2026-11-01T10:00:00Z')), () => NY);
    expect(shown).toEqual([{ date: '2026-11-01', time: '01:30', at: at('2026-11-01T05:30:00Z') }]);
  });

  it('does not remind again for the same local time after flying west', () => {
    // 20:00 in Paris shown; then the computer is in New York, where 1 June 20:00 comes six hours later.
    const ny20 = at('2026-06-02T00:00:00Z');
    const after = { reminders: on(['20:00']), timeZone: NY, lastEntryDate: null, since: ny20 - MINUTE, now: ny20 };
    expect(reminderDue({ ...after, lastShown: null })).not.toBeNull();
    expect(reminderDue({ ...after, lastShown: '2026-06-01T20:00' })).toBeNull();
    const zone = (now: number) => (now < at('2026-06-01T20:00:00Z') ? PARIS : NY);
    expect(run(on(['20:00']), everyMinute(at('2026-06-01T17:00:00Z'), at('2026-06-02T02:00:00Z')), zone).map(slotKey)).toEqual(['2026-06-01T20:00']);
  });

  it('reminds at the new local time after flying east', () => {
    // In Paris until 09:00Z (11:00 CEST), then Tokyo (18:00 JST): 20:00 in Tokyo is 11:00Z.
    const zone = (now: number) => (now < at('2026-06-01T09:00:00Z') ? PARIS : TOKYO);
    const shown = run(on(['20:00']), everyMinute(at('2026-06-01T08:00:00Z'), at('2026-06-01T20:00:00Z')), zone);
    expect(shown).toEqual([{ date: '2026-06-01', time: '20:00', at: at('2026-06-01T11:00:00Z') }]);
  });

  it('is never due while reminders are off', () => {
    expect(reminderDue({ ...input, reminders: { ...input.reminders, enabled: false }, since: eight - MINUTE, now: eight })).toBeNull();
  });
});

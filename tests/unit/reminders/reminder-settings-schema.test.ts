// The reminder settings as the contract accepts them: whole 24-hour times, each once, at most six,
// and days of the week each once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reminderSettingsSchema } from '../../../shared/contract/reminders';
import { settingsPatchSchema } from '../../../shared/contract/values';

const ok = (value: unknown) => reminderSettingsSchema.safeParse(value).success;
const base = { enabled: true, times: ['20:00'], days: [1] };

describe('reminderSettingsSchema', () => {
  it('takes every whole time of the day, and nothing beside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        expect(ok({ ...base, times: [`${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`] })).toBe(true);
      }),
    );
    for (const t of ['24:00', '7:30', '07:60', '07:30:00', '', ' 07:30', '07h30']) expect(ok({ ...base, times: [t] })).toBe(false);
  });

  it('takes up to six different times and each day once', () => {
    const six = ['06:00', '08:00', '10:00', '12:00', '14:00', '16:00'];
    expect(ok({ ...base, times: six })).toBe(true);
    expect(ok({ ...base, times: [...six, '18:00'] })).toBe(false);
    expect(ok({ ...base, times: ['08:00', '08:00'] })).toBe(false);
    expect(ok({ ...base, times: [] })).toBe(true);
    expect(ok({ ...base, days: [0, 1, 2, 3, 4, 5, 6] })).toBe(true);
    expect(ok({ ...base, days: [1, 1] })).toBe(false);
    expect(ok({ ...base, days: [7] })).toBe(false);
    expect(ok({ ...base, extra: true })).toBe(false);
  });

  it('is how Settings changes them, with the on/off settings beside it', () => {
    expect(settingsPatchSchema.safeParse({ reminders: base, keepRunning: true, openAtLogin: false, writingPrompts: false, onThisDay: true }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ keepRunning: 'yes' }).success).toBe(false);
  });
});

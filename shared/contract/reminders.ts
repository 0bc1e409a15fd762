// Reminders: what the desktop shell needs to remind the person to write, and nothing of what they wrote.
import { z } from 'zod';
import { MAX_REMINDER_TIMES, WEEKDAYS, type ReminderSettings, type Weekday } from '../domain';
import { method, none } from './method';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const reminderSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  times: z
    .array(z.string().regex(TIME, 'Use a time like 20:00'))
    .max(MAX_REMINDER_TIMES, `At most ${MAX_REMINDER_TIMES} reminder times`)
    .refine((times) => new Set(times).size === times.length, 'Each reminder time only once'),
  days: z
    .array(z.union(WEEKDAYS.map((d) => z.literal(d)) as [z.ZodLiteral<Weekday>, ...z.ZodLiteral<Weekday>[]]))
    .refine((days) => new Set(days).size === days.length, 'Each day only once'),
}) satisfies z.ZodType<ReminderSettings>;

/**
 * The reminder settings with the local date of the newest entry: all the schedule needs. No note,
 * mood or name: the shell holds it while the journal is locked.
 */
export interface ReminderPlan {
  reminders: ReminderSettings;
  keepRunning: boolean;
  openAtLogin: boolean;
  /** 'YYYY-MM-DD', the date part of the newest entry's occurredAt; null in an empty journal. */
  lastEntryDate: string | null;
}

export const reminders = {
  reminderPlan: method<ReminderPlan>()({ arg: none, needs: 'journal' }),
};

/** What the schedule follows: from the unlocked journal, or from reminders.json before an unlock. */
export type ReminderSchedule = Pick<ReminderPlan, 'reminders' | 'keepRunning' | 'lastEntryDate'>;

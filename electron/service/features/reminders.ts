import type { reminders } from '../../../shared/contract/reminders';
import { newestEntryDay } from '../reminder-file';
import type { FeatureHandlers } from './handler';

export const reminderHandlers = {
  reminderPlan: ({ journal }) => {
    const { reminders, keepRunning, openAtLogin } = journal.index.settings;
    return { reminders, keepRunning, openAtLogin, lastEntryDate: newestEntryDay(journal.index) };
  },
} satisfies FeatureHandlers<typeof reminders>;

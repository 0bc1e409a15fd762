import type { reminders } from '../../../shared/contract/reminders';
import type { FeatureHandlers } from './handler';

export const reminderHandlers = {
  reminderPlan: ({ journal }) => {
    const { reminders, keepRunning, openAtLogin } = journal.index.settings;
    return { reminders, keepRunning, openAtLogin, lastEntryDate: journal.index.newestEntryDay() };
  },
} satisfies FeatureHandlers<typeof reminders>;

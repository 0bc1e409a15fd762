import type { reminders } from '../../../shared/contract/reminders';
import type { FeatureHandlers } from './handler';

export const reminderHandlers = {
  reminderPlan: ({ journal }) => {
    const { reminders, keepRunning, openAtLogin } = journal.index.settings;
    const newest = journal.index.list({ limit: 1 }).entries[0];
    return { reminders, keepRunning, openAtLogin, lastEntryDate: newest ? newest.occurredAt.slice(0, 10) : null };
  },
} satisfies FeatureHandlers<typeof reminders>;

import type { settings } from '../../../shared/contract/settings';
import type { FeatureHandlers } from './handler';

export const settingsHandlers = {
  getSettings: ({ journal }) => ({ ...journal.index.settings }),
  updateSettings: ({ journal }, patch) => journal.updateSettings(patch),
} satisfies FeatureHandlers<typeof settings>;

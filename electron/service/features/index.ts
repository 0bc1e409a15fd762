// Every feature's handlers in one table. A contract method outside the vault's lifecycle without
// a handler here is a type error.
import type { FeatureMethod } from '../../../shared/contract';
import { backupHandlers } from './backups';
import { careHandlers } from './care';
import { checkinHandlers } from './checkins';
import { dataHandlers } from './data';
import { draftHandlers } from './drafts';
import { entryHandlers } from './entries';
import type { Handler } from './handler';
import { importHandlers } from './imports';
import { insightsHandlers } from './insights';
import { memoryHandlers } from './memories';
import { peopleHandlers } from './people';
import { reminderHandlers } from './reminders';
import { reportHandlers } from './reports';
import { settingsHandlers } from './settings';
import { updateHandlers } from './updates';
import { syncHandlers } from './sync';
import { vaultHandlers } from './vault';

export const HANDLERS = {
  ...vaultHandlers,
  ...entryHandlers,
  ...peopleHandlers,
  ...draftHandlers,
  ...settingsHandlers,
  ...insightsHandlers,
  ...reportHandlers,
  ...backupHandlers,
  ...dataHandlers,
  ...importHandlers,
  ...updateHandlers,
  ...careHandlers,
  ...reminderHandlers,
  ...memoryHandlers,
  ...checkinHandlers,
  ...syncHandlers,
} satisfies { [M in FeatureMethod]: Handler<M> };

export const FEATURE_METHODS = Object.keys(HANDLERS) as FeatureMethod[];

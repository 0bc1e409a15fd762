// Settings: the journal's own preferences (auto-lock, theme, date style, first day of the week).
import type { Settings } from '../domain';
import { method, none } from './method';
import { settingsPatchSchema } from './values';

export const settings = {
  getSettings: method<Settings>()({ arg: none, needs: 'journal' }),
  updateSettings: method<Settings>()({ arg: settingsPatchSchema, needs: 'writer' }),
};

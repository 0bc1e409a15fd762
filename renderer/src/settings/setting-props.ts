import type { Settings } from '../../../shared/domain';
import type { ShownError } from '../ui/errors';

/** What SettingsScreen hands a part of the screen: the settings, and how to save and report one. */
export interface SettingPartProps {
  settings: Settings;
  save: (key: keyof Settings, patch: Partial<Settings>) => Promise<void>;
  savedText: (key: keyof Settings) => string;
  errorFor: (key: keyof Settings) => ShownError | null;
}

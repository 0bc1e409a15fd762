import { useState } from 'react';
import type { Settings } from '../../../shared/domain';
import { useData } from './useData';

/** The journal's settings, read once when the screen opens; `setSettings` keeps them current after a change. */
export function useSettings() {
  const loaded = useData(() => window.hearth.getSettings(), []);
  const [changed, setSettings] = useState<Settings | null>(null);
  return { settings: changed ?? loaded.value, setSettings, loadError: loaded.error?.message ?? null };
}

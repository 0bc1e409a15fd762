import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/domain';
import { toShownError } from './errors';

/** The journal's settings, read once when the screen opens; `setSettings` keeps them current after a change. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    window.hearth.getSettings().then(
      (s) => live && setSettings(s),
      (e: unknown) => live && setLoadError(toShownError(e).message),
    );
    return () => {
      live = false;
    };
  }, []);
  return { settings, setSettings, loadError };
}

import { useCallback, useState } from 'react';
import { toShownError, type ShownError } from './errors';

/** Runs one async action at a time for a form: tracks busy state and the error to show. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}

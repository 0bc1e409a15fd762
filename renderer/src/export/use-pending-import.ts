import { useEffect, useRef, useState } from 'react';
import type { ImportSummary } from '../../../shared/exchange';

/**
 * An opened import waiting for Import or Cancel. The main process holds the parsed file until then;
 * leaving the screen cancels it, so a file is never held for a form that is gone.
 */
export function usePendingImport() {
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const held = useRef<string | null>(null);

  useEffect(
    () => () => {
      if (held.current) window.hearth.cancelImport({ importId: held.current }).catch(() => undefined);
    },
    [],
  );

  function hold(next: ImportSummary | null) {
    held.current = next?.importId ?? null;
    setSummary(next);
  }

  return { summary, hold };
}

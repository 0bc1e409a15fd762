import { useEffect, useRef, useState } from 'react';
import type { ReportOptions, ReportPreview } from '../../../shared/exchange';
import { toShownError, type ShownError } from '../ui/errors';

/** How long options must stay unchanged before a shown preview is refreshed. */
export const PREVIEW_DEBOUNCE_MS = 400;

type Loaded = { key: string; preview: ReportPreview | null; error: ShownError | null };

/**
 * The report preview: nothing until `show()` is called, then the preview of `options`, refreshed
 * (debounced) whenever they change. `options` is null while they are not valid or not ready; the
 * last preview stays until a valid one replaces it.
 */
export function useReportPreview(options: ReportOptions | null) {
  const [request, setRequest] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const lastRequest = useRef(0);
  const key = request > 0 && options ? `${request}:${JSON.stringify(options)}` : null;

  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    // A click on the button shows at once; changes of the options wait for a pause in the typing.
    const clicked = lastRequest.current !== request;
    lastRequest.current = request;
    const delay = clicked ? 0 : PREVIEW_DEBOUNCE_MS;
    const timer = setTimeout(() => {
      const opts = JSON.parse(key.slice(key.indexOf(':') + 1)) as ReportOptions;
      window.hearth.reportPreview(opts).then(
        (preview) => live && setLoaded({ key, preview, error: null }),
        (e: unknown) => live && setLoaded({ key, preview: null, error: toShownError(e) }),
      );
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, request]);

  const busy = key !== null && loaded?.key !== key;
  return {
    /** Show the preview now, or refresh it. */
    show: () => setRequest((n) => n + 1),
    shown: request > 0,
    busy,
    preview: loaded?.preview ?? null,
    error: loaded?.error ?? null,
  };
}

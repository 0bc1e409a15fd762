import { useRef, useState } from 'react';
import type { ReportOptions } from '../../../shared/exchange';
import { pause } from '../ui/start-load';
import { useData } from '../ui/useData';

/** How long options must stay unchanged before a shown preview is refreshed. */
export const PREVIEW_DEBOUNCE_MS = 400;

/**
 * The report preview: nothing until `show()` is called, then the preview of `options`, refreshed
 * (debounced) whenever they change. `options` is null while they are not valid or not ready; the
 * last preview stays until a valid one replaces it.
 */
export function useReportPreview(options: ReportOptions | null) {
  const [request, setRequest] = useState(0);
  const lastRequest = useRef(0);
  const wanted = request > 0 ? options : null;
  const key = wanted ? JSON.stringify(wanted) : null;
  const loaded = useData(
    wanted === null
      ? null
      : async (signal) => {
          // A click on the button shows at once; changes of the options wait for a pause in the typing.
          const clicked = lastRequest.current !== request;
          lastRequest.current = request;
          await pause(clicked ? 0 : PREVIEW_DEBOUNCE_MS, signal);
          return window.hearth.reportPreview(wanted);
        },
    [key, request],
  );

  return {
    /** Show the preview now, or refresh it. */
    show: () => setRequest((n) => n + 1),
    shown: request > 0,
    busy: loaded.status === 'loading',
    preview: loaded.value,
    error: loaded.error,
  };
}

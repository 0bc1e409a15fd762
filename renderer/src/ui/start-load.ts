// The pure core of useData: start one load and report its outcome unless it was cancelled first.
// The load gets an AbortSignal so it can stop waiting (a debounce, say) once nobody wants it.

export type LoadOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Starts `load`; `report` gets its outcome unless the returned cancel ran first. */
export function startLoad<T>(load: (signal: AbortSignal) => Promise<T>, report: (outcome: LoadOutcome<T>) => void): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  let started: Promise<T>;
  try {
    started = load(signal);
  } catch (error) {
    started = Promise.reject(error);
  }
  started.then(
    (value) => {
      if (!signal.aborted) report({ ok: true, value });
    },
    (error: unknown) => {
      if (!signal.aborted) report({ ok: false, error });
    },
  );
  return () => controller.abort();
}

/** Resolves after `ms`, or never once `signal` aborts (the load it delays is no longer wanted). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}

// One way for a screen to load what it shows: the newest request wins, an answer that arrives
// after the screen went away or after a newer request is dropped, and (when asked) another
// program's change to the journal fetches again.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { toShownError, type ShownError } from './errors';
import { useJournalChanges } from './journal-changes';
import { startLoad } from './start-load';

export interface Data<T> {
  /** 'idle' while there is nothing to load (`load` is null). */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The last value loaded; kept while a newer request is loading, null after a failure. */
  value: T | null;
  /** The last load's error, in words for the screen; null after a success. */
  error: ShownError | null;
  /** Loads again; resolves once the newest load has answered. */
  reload: () => Promise<void>;
}

interface Answer<T> {
  /** The request this answers: the caller's deps plus what the hook adds. */
  request: DependencyList;
  status: 'ready' | 'failed';
  value: T | null;
  error: ShownError | null;
}

function sameRequest(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/**
 * Loads with `load` whenever `deps` change (null: nothing to load now). `refetchOnJournalChange`
 * loads again when another program changed the journal.
 */
export function useData<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  deps: DependencyList,
  { refetchOnJournalChange = false }: { refetchOnJournalChange?: boolean } = {},
): Data<T> {
  const changes = useJournalChanges();
  const [reloads, setReloads] = useState(0);
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const waiting = useRef<Array<() => void>>([]);
  const request = [...deps, refetchOnJournalChange ? changes : 0, reloads, load === null];

  useEffect(() => {
    if (load === null) return undefined;
    return startLoad(load, (outcome) => {
      setAnswer(
        outcome.ok
          ? { request, status: 'ready', value: outcome.value, error: null }
          : { request, status: 'failed', value: null, error: toShownError(outcome.error) },
      );
      for (const resolve of waiting.current.splice(0)) resolve();
    });
    // `load` is a new closure on every render: the caller's deps say when it loads something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, request);

  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setReloads((n) => n + 1);
      }),
    [],
  );

  const value = answer?.value ?? null;
  const error = answer?.error ?? null;
  if (answer !== null && sameRequest(answer.request, request)) return { status: answer.status, value, error, reload };
  return { status: load === null ? 'idle' : 'loading', value, error, reload };
}

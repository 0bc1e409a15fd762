import { useCallback, useEffect, useId, useState } from 'react';
import type { Entry } from '../../../shared/domain';
import { FormError } from '../FormError';
import { toShownError, type ShownError } from '../errors';
import { useAction } from '../useAction';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';

type Loaded = { entries: Entry[]; error: null } | { entries: null; error: ShownError };

async function fetchEntries(): Promise<Loaded> {
  try {
    return { entries: (await window.hearth.listEntries()).entries, error: null };
  } catch (e) {
    return { entries: null, error: toShownError(e) };
  }
}

export function Journal({ onLocked }: { onLocked: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const lock = useAction();
  const id = useId();

  useEffect(() => {
    let live = true;
    void fetchEntries().then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, []);

  const reload = useCallback(() => fetchEntries().then(setLoaded), []);

  function lockNow() {
    void lock.run(async () => {
      await window.hearth.lock();
      onLocked();
    });
  }

  return (
    <div className="journal">
      <header className="journal-header">
        <h1>Hearth</h1>
        <button type="button" onClick={lockNow} disabled={lock.busy}>
          Lock
        </button>
        <FormError id={`${id}-lock-error`} error={lock.error} />
      </header>
      <EntryForm onSaved={reload} />
      <FormError id={`${id}-load-error`} error={loaded?.error ?? null} />
      {loaded === null ? <p role="status">Loading entries…</p> : loaded.entries && <EntryList entries={loaded.entries} />}
    </div>
  );
}

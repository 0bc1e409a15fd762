import { useEffect, useState } from 'react';
import type { Entry } from '../../../shared/domain';
import { toShownError, type ShownError } from '../ui/errors';

type Loaded = { key: string; entries: Entry[] | null; error: ShownError | null };

/** The entries of an inclusive date range, newest first; `entries` is null while they load. */
export function useRangeEntries(range: { from: string; to: string } | null) {
  const key = range ? `${range.from}/${range.to}` : null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    const [from, to] = key.split('/') as [string, string];
    window.hearth.listEntries({ from, to }).then(
      (list) => live && setLoaded({ key, entries: list.entries, error: null }),
      (e: unknown) => live && setLoaded({ key, entries: null, error: toShownError(e) }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const current = loaded !== null && loaded.key === key ? loaded : null;
  return { entries: current?.entries ?? null, error: current?.error ?? null };
}

import type { Entry } from '../../../shared/domain';
import { useData } from '../ui/useData';

/** The entries of an inclusive date range, newest first; `entries` is null while they load. */
export function useRangeEntries(range: { from: string; to: string } | null) {
  const key = range ? `${range.from}/${range.to}` : null;
  const loaded = useData<Entry[]>(range === null ? null : () => window.hearth.listEntries({ from: range.from, to: range.to }).then((list) => list.entries), [key]);
  return { entries: loaded.status === 'ready' ? loaded.value : null, error: loaded.status === 'failed' ? loaded.error : null };
}

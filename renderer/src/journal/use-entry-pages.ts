// The journal's entries one page at a time: the first page at once, the others as the list comes
// near them. A query change starts again from page one (the last answer stays on screen until its
// first page arrives); an answer for an older query, or from before a refresh, is dropped. A refresh
// (after a deletion, or another program's change) fetches again only the pages in view.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Entry } from '../../../shared/domain';
import type { ListQuery } from '../../../shared/schemas';
import { toShownError, type ShownError } from '../ui/errors';

export const PAGE_SIZE = 200;

interface Page {
  entries: readonly Entry[];
  /** The day of the entry just before this page (null for the first page): where a day heading goes. */
  dayBefore: string | null;
}

interface Shown {
  key: string;
  query: ListQuery;
  total: number;
  pages: ReadonlyMap<number, Page>;
}

export interface EntryPages {
  status: 'loading' | 'ready' | 'failed';
  /** The query the entries on screen answer (null before the first answer). */
  query: ListQuery | null;
  /** Entries matching that query, loaded or not. */
  total: number;
  error: ShownError | null;
  /** Whether a loaded page holds the entry with this id. */
  has: (id: string) => boolean;
  /** The entry at `index` in the whole list, or undefined while its page is not loaded. */
  at: (index: number) => Entry | undefined;
  /** The day of the nearest entry before `index` that `skip` does not leave out (null: none). */
  previousDay: (index: number, skip: (entry: Entry) => boolean) => string | null;
  /** The list shows entries `first`…`last`: load the pages they are in. */
  need: (first: number, last: number) => void;
  /** Loads again the pages in view (and the total), dropping the others. */
  refresh: () => void;
}

export const dayOf = (entry: Entry) => entry.occurredAt.slice(0, 10);
const pageOf = (index: number) => Math.floor(index / PAGE_SIZE);

/** One page; from the second on, with the entry before it, to know whether the page starts a day. */
async function loadPage(query: ListQuery, page: number): Promise<{ page: Page; total: number }> {
  const before = page > 0 ? 1 : 0;
  const answer = await window.hearth.listEntries({ ...query, offset: page * PAGE_SIZE - before, limit: PAGE_SIZE + before });
  const first = answer.entries[0];
  return {
    page: { entries: answer.entries.slice(before), dayBefore: before === 1 && first !== undefined ? dayOf(first) : null },
    total: answer.total,
  };
}

export function useEntryPages(key: string | null): EntryPages {
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  /** What is wanted now; an answer for another generation is stale. */
  const want = useRef<{ key: string | null; generation: number }>({ key: null, generation: 0 });
  const asked = useRef(new Set<string>());
  const view = useRef<[number, number]>([0, 0]);
  const current = useRef<Shown | null>(null);

  const request = useCallback((page: number) => {
    const { key: wantedKey, generation } = want.current;
    if (wantedKey === null) return;
    const id = `${generation}:${page}`;
    if (asked.current.has(id)) return;
    asked.current.add(id);
    const query = JSON.parse(wantedKey) as ListQuery;
    loadPage(query, page).then(
      ({ page: loaded, total }) => {
        if (want.current.generation !== generation) return;
        setError(null);
        setShown((s) => {
          const pages = new Map(s !== null && s.key === wantedKey ? s.pages : []);
          pages.set(page, loaded);
          return { key: wantedKey, query, total, pages };
        });
      },
      (e: unknown) => {
        if (want.current.generation !== generation) return;
        setError(toShownError(e));
        if (page === 0) setShown((s) => (s !== null && s.key === wantedKey ? s : null));
      },
    );
  }, []);

  /** Asks for the pages in view that the shown answer lacks (only once the wanted query has answered). */
  const fill = useCallback(() => {
    const s = current.current;
    if (s === null || s.key !== want.current.key) return;
    const [first, last] = view.current;
    const lastPage = pageOf(Math.max(0, Math.min(last, s.total - 1)));
    for (let p = pageOf(Math.max(0, first)); p <= lastPage; p++) if (!s.pages.has(p)) request(p);
  }, [request]);

  useEffect(() => {
    current.current = shown;
    fill();
  }, [shown, fill]);

  // A layout effect, so the first page is asked for before the cards above the list ask for theirs
  // in their (passive) effects: the service answers calls in turn, and at 100,000 entries the care
  // cards and the people take seconds after an unlock. The list should not wait behind them.
  useLayoutEffect(() => {
    want.current = { key, generation: want.current.generation + 1 };
    if (key === null) return undefined;
    view.current = [0, 0];
    request(0);
    // Gone: every answer still on its way is stale.
    return () => {
      want.current = { key: null, generation: want.current.generation + 1 };
    };
  }, [key, request]);

  const need = useCallback(
    (first: number, last: number) => {
      view.current = [first, last];
      fill();
    },
    [fill],
  );

  const refresh = useCallback(() => {
    const { key: wantedKey, generation } = want.current;
    if (wantedKey === null) return;
    want.current = { key: wantedKey, generation: generation + 1 };
    const [first, last] = view.current;
    const inView = (p: number) => p >= pageOf(first) && p <= pageOf(last);
    setShown((s) => (s !== null && s.key === wantedKey ? { ...s, pages: new Map([...s.pages].filter(([p]) => inView(p))) } : s));
    for (let p = pageOf(first); p <= pageOf(last); p++) request(p);
  }, [request]);

  const loadedIds = useMemo(() => new Set([...(shown?.pages.values() ?? [])].flatMap((p) => p.entries.map((e) => e.id))), [shown]);
  const has = useCallback((id: string) => loadedIds.has(id), [loadedIds]);

  const at = useCallback((index: number) => shown?.pages.get(pageOf(index))?.entries[index % PAGE_SIZE], [shown]);

  const previousDay = useCallback(
    (index: number, skip: (entry: Entry) => boolean) => {
      for (let j = index - 1; j >= 0; j--) {
        const entry = at(j);
        // The page before is not loaded: the page of j + 1 knows the day of its previous entry.
        if (entry === undefined) return shown?.pages.get(pageOf(j + 1))?.dayBefore ?? null;
        if (!skip(entry)) return dayOf(entry);
      }
      return null;
    },
    [at, shown],
  );

  const status = shown !== null ? 'ready' : error !== null ? 'failed' : 'loading';
  return { status, query: shown?.query ?? null, total: shown?.total ?? 0, error, has, at, previousDay, need, refresh };
}

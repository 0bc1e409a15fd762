import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SUPPORT_KINDS, type Entry, type PersonSummary, type SupportKind } from '../../../shared/domain';
import { listQuerySchema, type ListQuery } from '../../../shared/schemas';
import { subscribeSearchFocus } from '../ui/focus-search';
import { useNavigation } from '../app/navigation';
import { MOOD_WORDS } from '../ui/words';
import { KIND_LABELS } from '../../../shared/labels';
import { useData } from '../ui/useData';
import { useJournalChanges } from '../ui/journal-changes';
import { JournalList } from './JournalList';
import { useEntryPages } from './use-entry-pages';
import { OnThisDay } from './OnThisDay';
import { takeJournalNotice } from '../ui/notice';
import { holdDeletes, scheduleDelete, undoDelete, usePendingDelete } from '../ui/pending-delete';
import './journal.css';
import { LabelledOptions } from '../ui/LabelledOptions';
import { DateField } from '../ui/DateField';
import { CareCards } from './CareCards';
import { CheckinCards } from './CheckinCard';

export const SEARCH_DEBOUNCE_MS = 150;
const NOTICE_MS = 5000;

interface Filters {
  from: string;
  to: string;
  personId: string;
  kind: '' | SupportKind;
  moodMin: string;
  moodMax: string;
}

const NO_FILTERS: Filters = { from: '', to: '', personId: '', kind: '', moodMin: '', moodMax: '' };

/** "1,234 entries": the count a screen reader hears is the whole list's, loaded or not. */
const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

function buildQuery(search: string, f: Filters): ListQuery {
  const q: ListQuery = {};
  if (search.trim()) q.search = search.trim();
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (f.personId) q.personId = f.personId;
  if (f.kind) q.kind = f.kind;
  if (f.moodMin !== '') q.moodMin = Number(f.moodMin);
  if (f.moodMax !== '') q.moodMax = Number(f.moodMax);
  return q;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

/** The journal: search, filters and every entry, newest first, grouped by day, loaded page by page. */
export function JournalScreen() {
  const { navigate } = useNavigation();
  const id = useId();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [notice, setNotice] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  const { pending, failed, done } = usePendingDelete();

  const debouncedSearch = useDebounced(search, SEARCH_DEBOUNCE_MS);
  const query = useMemo(() => buildQuery(debouncedSearch, filters), [debouncedSearch, filters]);
  const queryKey = JSON.stringify(query);
  const checked = useMemo(() => listQuerySchema.safeParse(JSON.parse(queryKey) as ListQuery), [queryKey]);
  const queryError = checked.success ? null : (checked.error.issues[0]?.message ?? 'Check the filters');

  // Ctrl+F from the shell focuses the search box.
  useEffect(() => subscribeSearchFocus(() => searchRef.current?.focus()), []);

  // Deletions still waiting (undo window, or a lock came first) are made when the journal goes away
  // and retried when it comes back.
  useEffect(() => holdDeletes(), []);

  // "Entry saved." and the like, from the screen before; announced once, then it fades.
  useEffect(() => {
    const message = takeJournalNotice();
    if (!message) return undefined;
    // Set after mount, so the live region is there first and announces it.
    const t = setTimeout(() => setNotice(message), 0);
    return () => clearTimeout(t);
  }, []);
  useEffect(() => {
    if (!notice) return undefined;
    const t = setTimeout(() => setNotice(''), NOTICE_MS);
    return () => clearTimeout(t);
  }, [notice]);

  const people: PersonSummary[] = useData(() => window.hearth.listPeople({ includeArchived: true }), [], { refetchOnJournalChange: true }).value ?? [];

  // Page by page: the first at once, the rest as the list comes near them (use-entry-pages.ts).
  const pages = useEntryPages(queryError ? null : queryKey);
  const { refresh } = pages;

  // A deletion made, or another program's change: fetch again what is in view, not the whole list.
  const changes = useJournalChanges();
  const seen = useRef({ changes, done: done.length });
  useEffect(() => {
    if (seen.current.changes === changes && seen.current.done === done.length) return;
    seen.current = { changes, done: done.length };
    refresh();
  }, [changes, done.length, refresh]);

  useEffect(() => {
    if (focusUndo.current && pending !== null) {
      focusUndo.current = false;
      undoRef.current?.focus();
    }
  }, [pending]);

  const hidden = useMemo(() => new Set([...done, ...failed, ...(pending === null ? [] : [pending])]), [done, failed, pending]);
  // Hidden entries the answer still holds (a deletion not made yet, or made after the page came).
  let hiddenShown = 0;
  for (const entryId of hidden) if (pages.has(entryId)) hiddenShown++;
  const shownTotal = pages.total - hiddenShown;
  const filtering = search.trim() !== '' || JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const shownFiltering = pages.query !== null && Object.keys(pages.query).length > 0;

  function deleteRow(entry: Entry) {
    setNotice('');
    focusUndo.current = true;
    scheduleDelete(entry.id);
  }

  function undo() {
    undoDelete();
    setNotice('Entry restored.');
    searchRef.current?.focus();
  }

  function clearFilters() {
    setSearch('');
    setFilters(NO_FILTERS);
    searchRef.current?.focus();
  }

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));

  let count = '';
  if (pages.status === 'ready') {
    const noun = shownTotal === 1 ? 'entry' : 'entries';
    const n = COUNT_FORMAT.format(shownTotal);
    count = shownFiltering ? `${n} matching ${noun}` : `${n} ${noun}`;
  }

  const empty = pages.status === 'ready' && shownTotal === 0 && !shownFiltering && !filtering;

  return (
    <div className="journal-screen">
      <div className="journal-head">
        <h1>Journal</h1>
        <button type="button" className="primary" onClick={() => navigate({ name: 'entry' })}>
          New entry
        </button>
      </div>

      <CheckinCards />

      <div className="journal-toast" role="status" aria-live="polite">
        {pending !== null ? (
          <>
            <span>Entry deleted.</span>
            <button ref={undoRef} type="button" onClick={undo}>
              Undo
            </button>
          </>
        ) : (
          notice && <span>{notice}</span>
        )}
      </div>

      <CareCards />
      <OnThisDay onOpen={(entryId) => navigate({ name: 'entry', id: entryId })} />

      {!empty && (
        <div role="search" className="journal-search" aria-label="Search and filters">
          <div className="filter search-box">
            <label htmlFor={`${id}-search`}>Search journal</label>
            <input
              ref={searchRef}
              id={`${id}-search`}
              type="search"
              value={search}
              autoComplete="off"
              placeholder="Notes, people, #tags"
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <div className="filters">
            <div className="filter">
              <label htmlFor={`${id}-from`}>From</label>
              <DateField id={`${id}-from`} value={filters.from} onChange={(v) => setFilter('from', v)} />
            </div>
            <div className="filter">
              <label htmlFor={`${id}-to`}>To</label>
              <DateField
                id={`${id}-to`}
                value={filters.to}
                aria-invalid={queryError ? true : undefined}
                aria-describedby={queryError ? `${id}-query-error` : undefined}
                onChange={(v) => setFilter('to', v)}
              />
            </div>
            <div className="filter">
              <label htmlFor={`${id}-person`}>Person</label>
              <select id={`${id}-person`} value={filters.personId} onChange={(e) => setFilter('personId', e.target.value)}>
                <option value="">Anyone</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.archived ? `${p.name} (archived)` : p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter">
              <label htmlFor={`${id}-kind`}>Kind of support</label>
              <select id={`${id}-kind`} value={filters.kind} onChange={(e) => setFilter('kind', e.target.value as Filters['kind'])}>
                <option value="">Any kind</option>
                <LabelledOptions values={SUPPORT_KINDS} labels={KIND_LABELS} />
              </select>
            </div>
            <MoodSelect id={`${id}-mood-min`} label="Lowest mood" value={filters.moodMin} onChange={(v) => setFilter('moodMin', v)} />
            <MoodSelect id={`${id}-mood-max`} label="Highest mood" value={filters.moodMax} onChange={(v) => setFilter('moodMax', v)} />
            <button type="button" className="clear-filters" onClick={clearFilters}>
              Clear filters
            </button>
          </div>
          <p id={`${id}-query-error`} className="journal-field-error">
            {queryError}
          </p>
        </div>
      )}

      <p className="journal-count" role="status" aria-live="polite">
        {pages.status === 'loading' ? 'Loading entries…' : count}
      </p>

      {pages.error && (
        <p role="alert" className="form-error">
          {pages.error.message}
        </p>
      )}

      {empty ? (
        <EmptyJournal onNew={() => navigate({ name: 'entry' })} />
      ) : pages.status === 'ready' && shownTotal === 0 ? (
        <p className="journal-none">
          No entries match. <button type="button" onClick={clearFilters}>Show all entries</button>
        </p>
      ) : (
        pages.status === 'ready' && (
          <JournalList pages={pages} hidden={hidden} onOpen={(entryId) => navigate({ name: 'entry', id: entryId })} onDelete={deleteRow} />
        )
      )}
    </div>
  );
}

function MoodSelect({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {MOOD_WORDS.map((word, n) => (
          <option key={n} value={String(n)}>
            {n} – {word}
          </option>
        ))}
      </select>
    </div>
  );
}

function EmptyJournal({ onNew }: { onNew: () => void }) {
  return (
    <section className="journal-empty" aria-labelledby="journal-empty-title">
      <h2 id="journal-empty-title">Your journal is empty, and that is fine</h2>
      <p>
        Write down a moment when someone was there for you, or when you were there for someone. Small things count: a message, a
        shared meal, a kind word.
      </p>
      <p>If support feels thin right now, here are a few gentle places to start:</p>
      <ul>
        <li>Reach out to one person who matters to you: a short message is enough.</li>
        <li>Join a hobby group, a class or a volunteer group: shared activity makes connection easier.</li>
        <li>Look for a support group about what you are going through, in person or online.</li>
        <li>Talk to a professional: your doctor, a counsellor or a therapist. If you are in crisis, contact a local helpline or emergency service.</li>
      </ul>
      <button type="button" className="primary" onClick={onNew}>
        Write your first entry
      </button>
    </section>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Entry } from '../../../shared/domain';
import { MOOD_WORDS, SUPPORT_WORDS } from '../ui/words';
import { dayLabel, noteStart, timeOf } from '../ui/rows';
import { dayOf, type EntryPages } from './use-entry-pages';

const DAY_HEIGHT = 44;
const ENTRY_HEIGHT = 92;

interface Props {
  pages: EntryPages;
  /** Entries hidden at once while their deletion can be undone or is on its way. */
  hidden: ReadonlySet<string>;
  onOpen: (id: string) => void;
  onDelete: (entry: Entry) => void;
}

/** Where the keyboard asked focus to go; `step` is the way to move on past a hidden entry. */
interface FocusGoal {
  index: number;
  step: 1 | -1;
}

/**
 * The journal, newest first and grouped by day: one item per entry, whether its page is loaded yet
 * or not, so the list has its full length at once and a page arriving moves nothing in view. Only
 * the items in view are in the page.
 */
export function JournalList({ pages, hidden, onOpen, onDelete }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [goal, setGoal] = useState<FocusGoal | null>(null);
  const { at, previousDay, need, total } = pages;
  const labels = useMemo(() => new Map<string, string>(), []);
  const labelOf = (day: string) => {
    let label = labels.get(day);
    if (label === undefined) labels.set(day, (label = dayLabel(day)));
    return label;
  };
  const isHidden = useCallback((entry: Entry) => hidden.has(entry.id), [hidden]);
  const startsDay = (index: number, entry: Entry) => previousDay(index, isHidden) !== dayOf(entry);

  // The virtualizer's functions change on every scroll; this component is not memoized by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => {
      const entry = at(i);
      if (entry === undefined) return ENTRY_HEIGHT;
      if (isHidden(entry)) return 0;
      return startsDay(i, entry) ? DAY_HEIGHT + ENTRY_HEIGHT : ENTRY_HEIGHT;
    },
    getItemKey: (i) => at(i)?.id ?? `slot:${i}`,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => need(first, last), [need, first, last]);

  // Scrolled to the very end, the end stays in view while the rows there are drawn and measured
  // (a day heading makes a row taller than its estimate, which would push the last rows down).
  const atEnd = useRef(false);
  const totalSize = virtualizer.getTotalSize();
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && atEnd.current) el.scrollTop = el.scrollHeight;
  }, [totalSize]);
  function onScroll() {
    const el = scroller.current;
    if (el) atEnd.current = el.scrollHeight > el.clientHeight && el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
  }

  // Focus follows the keyboard once the entry it lands on is loaded and drawn.
  useEffect(() => {
    if (goal === null) return;
    const entry = at(goal.index);
    if (entry === undefined) return;
    if (isHidden(entry)) {
      const next = goal.index + goal.step;
      setGoal(next >= 0 && next < total ? { ...goal, index: next } : null);
      return;
    }
    const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${goal.index}"] .entry-open`);
    if (button) {
      button.focus();
      setGoal(null);
    } else virtualizer.scrollToIndex(goal.index, { align: 'auto' });
    // first and last: the list scrolled, so the entry may be drawn now.
  }, [goal, at, isHidden, total, virtualizer, first, last]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('entry-open')) return;
    const index = Number(target.closest<HTMLElement>('[data-index]')?.dataset.index);
    if (!Number.isInteger(index)) return;
    const perScreen = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ENTRY_HEIGHT) / ENTRY_HEIGHT));
    const moves: Record<string, FocusGoal> = {
      Home: { index: 0, step: 1 },
      End: { index: total - 1, step: -1 },
      PageDown: { index: Math.min(total - 1, index + perScreen), step: 1 },
      PageUp: { index: Math.max(0, index - perScreen), step: -1 },
      ArrowDown: { index: Math.min(total - 1, index + 1), step: 1 },
      ArrowUp: { index: Math.max(0, index - 1), step: -1 },
    };
    const move = moves[event.key];
    if (move === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    need(move.index, move.index);
    virtualizer.scrollToIndex(move.index, { align: 'auto' });
    setGoal(move);
  }

  return (
    // Keys go to the entries' buttons inside; this only moves focus among them.
    <div ref={scroller} className="journal-scroll" role="region" aria-label="Entries" onKeyDown={onKeyDown} onScroll={onScroll}>
      <div className="journal-rows" role="list" style={{ height: `${totalSize}px` }}>
        {items.map((item) => {
          const entry = at(item.index);
          const shownEntry = entry !== undefined && !isHidden(entry) ? entry : undefined;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              role="listitem"
              aria-setsize={total}
              aria-posinset={item.index + 1}
              aria-hidden={entry !== undefined && shownEntry === undefined ? true : undefined}
              className="journal-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {entry === undefined ? (
                <p className="entry-loading">Loading entry {item.index + 1}…</p>
              ) : (
                shownEntry && (
                  <>
                    {startsDay(item.index, shownEntry) && (
                      <div className="journal-day">
                        <h2>{labelOf(dayOf(shownEntry))}</h2>
                      </div>
                    )}
                    <EntryRow entry={shownEntry} dayLabel={labelOf(dayOf(shownEntry))} onOpen={onOpen} onDelete={onDelete} />
                  </>
                )
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function EntryRow({ entry, dayLabel, onOpen, onDelete }: { entry: Entry; dayLabel: string } & Pick<Props, 'onOpen' | 'onDelete'>) {
  const people = [...new Set(entry.interactions.map((i) => i.person))];
  const note = noteStart(entry.note);
  const time = timeOf(entry);
  return (
    <div className="entry-row">
      <button type="button" className="entry-open" onClick={() => onOpen(entry.id)}>
        <span className="entry-line">
          <time dateTime={entry.occurredAt} className="entry-time">
            {time}
          </time>
          {/* Entries imported from other journals may have neither: say so, never show a made-up value. */}
          <span className="entry-metric">
            {entry.mood === undefined ? (
              <span className="word">Mood not recorded</span>
            ) : (
              <>
                Mood {entry.mood} <span className="word">· {MOOD_WORDS[entry.mood]}</span>
              </>
            )}
          </span>
          <span className="entry-metric">
            {entry.support === undefined ? (
              <span className="word">Support not recorded</span>
            ) : (
              <>
                Supported {entry.support} <span className="word">· {SUPPORT_WORDS[entry.support]}</span>
              </>
            )}
          </span>
          {people.length > 0 && <span className="entry-people">With {people.join(', ')}</span>}
        </span>
        {note && <span className="entry-note">{note}</span>}
        {entry.tags.length > 0 && <span className="entry-tags">{entry.tags.map((t) => `#${t}`).join(' ')}</span>}
      </button>
      <button type="button" className="entry-delete" aria-label={`Delete entry of ${dayLabel} at ${time}`} onClick={() => onDelete(entry)}>
        Delete
      </button>
    </div>
  );
}

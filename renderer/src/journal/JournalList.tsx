import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { Entry } from '../../../shared/domain';
import { MOOD_WORDS, SUPPORT_WORDS } from '../ui/words';
import { noteStart, timeOf, toRows } from '../ui/rows';

const DAY_HEIGHT = 44;
const ENTRY_HEIGHT = 92;

interface Props {
  entries: readonly Entry[];
  onOpen: (id: string) => void;
  onDelete: (entry: Entry) => void;
}

/** The journal, newest first and grouped by day; only the rows in view are in the page. */
export function JournalList({ entries, onOpen, onDelete }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => toRows(entries), [entries]);
  // The virtualizer's functions change on every scroll; this component is not memoized by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'day' ? DAY_HEIGHT : ENTRY_HEIGHT),
    getItemKey: (i) => {
      const row = rows[i]!;
      return row.kind === 'day' ? `day:${row.day}` : row.entry.id;
    },
    overscan: 8,
  });

  return (
    <div ref={scroller} className="journal-scroll" role="region" aria-label="Entries">
      <div className="journal-rows" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={row.kind === 'day' ? 'journal-row journal-day' : 'journal-row'}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'day' ? (
                <h2>{row.label}</h2>
              ) : (
                <EntryRow entry={row.entry} dayLabel={row.dayLabel} onOpen={onOpen} onDelete={onDelete} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function EntryRow({ entry, dayLabel, onOpen, onDelete }: { entry: Entry; dayLabel: string } & Omit<Props, 'entries'>) {
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

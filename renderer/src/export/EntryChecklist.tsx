import { useVirtualizer } from '@tanstack/react-virtual';
import { formatDate } from '../ui/date-locale';
import { useId, useRef } from 'react';
import type { Entry } from '../../../shared/domain';
import { plural } from '../ui/format';
import { noteStart, timeOf } from '../ui/rows';

/** Above this many entries only the rows in view are in the page. */
export const VIRTUALIZE_OVER = 200;
const ROW_HEIGHT = 40;

interface Props {
  /** The range's entries, newest first; null while they load. */
  entries: readonly Entry[] | null;
  excluded: ReadonlySet<string>;
  onToggle: (id: string, included: boolean) => void;
  onAll: (included: boolean) => void;
}

/** Which entries of the range go into the report: one checkbox each, all ticked at first. */
export function EntryChecklist({ entries, excluded, onToggle, onAll }: Props) {
  const id = useId();
  const chosen = entries ? entries.filter((e) => !excluded.has(e.id)).length : 0;
  return (
    <fieldset className="export-group export-entries" aria-describedby={`${id}-count`}>
      <legend>Entries in the report</legend>
      <div className="export-entries-bar">
        <p id={`${id}-count`} className="hint" role="status">
          {entries === null ? 'Loading the entries of this range…' : entries.length === 0 ? 'No entries in this range.' : `${chosen} of ${plural(entries.length, 'entry', 'entries')} ticked.`}
        </p>
        <button type="button" onClick={() => onAll(true)} disabled={!entries?.length}>
          Tick all
        </button>
        <button type="button" onClick={() => onAll(false)} disabled={!entries?.length}>
          Untick all
        </button>
      </div>
      {entries && entries.length > VIRTUALIZE_OVER ? (
        <VirtualRows entries={entries} excluded={excluded} onToggle={onToggle} />
      ) : entries && entries.length > 0 ? (
        <ul className="export-entry-list">
          {entries.map((e) => (
            <li key={e.id}>
              <EntryCheck entry={e} included={!excluded.has(e.id)} onToggle={onToggle} />
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

function VirtualRows({ entries, excluded, onToggle }: Omit<Props, 'onAll' | 'entries'> & { entries: readonly Entry[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change on every scroll; this component is not memoized by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => entries[i]!.id,
    overscan: 10,
  });
  return (
    <div ref={scroller} className="export-entry-scroll">
      <ul className="export-entry-list virtual" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index]!;
          return (
            <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
              <EntryCheck entry={entry} included={!excluded.has(entry.id)} onToggle={onToggle} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function EntryCheck({ entry, included, onToggle }: { entry: Entry; included: boolean; onToggle: Props['onToggle'] }) {
  const people = [...new Set(entry.interactions.map((i) => i.person))];
  const note = noteStart(entry.note);
  return (
    <label className="export-entry">
      <input type="checkbox" checked={included} onChange={(e) => onToggle(entry.id, e.target.checked)} />
      <span className="export-entry-when">
        {formatDate(entry.occurredAt, 'shortWeekday')}, {timeOf(entry)}
      </span>
      <span className="export-entry-mood">{entry.mood === undefined ? 'No mood' : `Mood ${entry.mood}`}</span>
      {people.length > 0 && <span className="export-entry-people">With {people.join(', ')}</span>}
      {note && <span className="export-entry-note">{note}</span>}
    </label>
  );
}

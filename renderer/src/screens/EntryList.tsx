import { useId } from 'react';
import type { Entry } from '../../../shared/domain';

const NOTE_START_CHARS = 120;

/** The local date and time as the person recorded it (occurredAt carries its own offset). */
function when(occurredAt: string): string {
  return `${occurredAt.slice(0, 10)} ${occurredAt.slice(11, 16)}`;
}

function noteStart(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  return flat.length > NOTE_START_CHARS ? `${flat.slice(0, NOTE_START_CHARS)}…` : flat;
}

/** Entries as the service returns them: newest first. */
export function EntryList({ entries }: { entries: Entry[] }) {
  const id = useId();
  return (
    <section className="entries" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Entries</h2>
      {entries.length === 0 ? (
        <p>No entries yet.</p>
      ) : (
        <ol aria-labelledby={`${id}-title`}>
          {entries.map((entry) => (
            <li key={entry.id} className="entry">
              <time dateTime={entry.occurredAt}>{when(entry.occurredAt)}</time>
              <span>Mood {entry.mood}</span>
              <span>Felt supported {entry.support}</span>
              {entry.interactions.length > 0 && <span>With {entry.interactions.map((i) => i.person).join(', ')}</span>}
              {entry.note && <p className="entry-note">{noteStart(entry.note)}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

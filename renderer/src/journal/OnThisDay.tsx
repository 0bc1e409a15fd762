// "On this day": what the person wrote a month ago and a year ago on this date, with who was there.
// The service sends only those entries; each card opens its entry.
import type { Memory } from '../../../shared/contract/memories';
import type { Entry } from '../../../shared/domain';
import { longDate } from '../ui/format';
import { noteStart } from '../ui/rows';
import { localToday } from '../ui/today';
import { useData } from '../ui/useData';
import { useSettings } from '../ui/use-settings';
import { MOOD_WORDS } from '../ui/words';

export function OnThisDay({ onOpen }: { onOpen: (id: string) => void }) {
  const { settings } = useSettings();
  const wanted = settings?.onThisDay === true;
  const memories = useData(wanted ? () => window.hearth.onThisDay({ today: localToday() }) : null, [wanted], { refetchOnJournalChange: true }).value;
  if (!wanted || !memories || (memories.monthAgo.entries.length === 0 && memories.yearAgo.entries.length === 0)) return null;
  return (
    <section className="on-this-day" aria-labelledby="on-this-day-title">
      <h2 id="on-this-day-title">On this day</h2>
      <MemoryCards title="A month ago" memory={memories.monthAgo} onOpen={onOpen} />
      <MemoryCards title="A year ago" memory={memories.yearAgo} onOpen={onOpen} />
    </section>
  );
}

function MemoryCards({ title, memory, onOpen }: { title: string; memory: Memory; onOpen: (id: string) => void }) {
  if (memory.entries.length === 0) return null;
  return (
    <div className="memory-group">
      <h3>{title}</h3>
      <ul className="memory-cards">
        {memory.entries.map((entry) => (
          <li key={entry.id}>
            <MemoryCard entry={entry} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function MemoryCard({ entry, onOpen }: { entry: Entry; onOpen: (id: string) => void }) {
  const people = [...new Set(entry.interactions.map((i) => i.person))];
  const note = noteStart(entry.note);
  return (
    <button type="button" className="memory-card" onClick={() => onOpen(entry.id)}>
      <span className="memory-date">{longDate(entry.occurredAt.slice(0, 10))}</span>
      {entry.mood === undefined ? null : (
        <span className="memory-mood">
          Mood {entry.mood} · {MOOD_WORDS[entry.mood]}
        </span>
      )}
      <span className="memory-people">{people.length > 0 ? `With ${people.join(', ')}` : 'No one recorded'}</span>
      {note ? <span className="memory-note">{note}</span> : null}
    </button>
  );
}

// The interactions with one person, newest first, each a link to its entry.
import { useId } from 'react';
import { costWords, feltWords, KIND_LABELS, NOT_RECORDED } from '../../../shared/labels';
import { useNavigation } from '../app/navigation';
import { DIRECTION_LABELS, formatDayTime, noteStart, signedInt, type PersonInteraction } from './peopleData';
import { ThankYouButton } from './ThankYou';

export function InteractionList({ personName, items, onThanked }: { personName: string; items: PersonInteraction[]; onThanked?: () => void }) {
  const { navigate } = useNavigation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="person-interactions">
      <h2 id={`${id}-title`}>Interactions over time</h2>
      {items.length === 0 ? (
        <p>When you mention {personName} in an entry, it will show up here.</p>
      ) : (
        <ol aria-labelledby={`${id}-title`}>
          {items.map(({ entry, interaction: i, index }) => (
            <li key={`${entry.id}-${index}`} className="person-interaction">
              <a
                href="#entry"
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ name: 'entry', id: entry.id });
                }}
              >
                <time id={`${id}-${entry.id}-${index}`} dateTime={entry.occurredAt}>
                  {formatDayTime(entry.occurredAt)}
                </time>
              </a>
              <span>{i.kinds.length > 0 ? i.kinds.map((k) => KIND_LABELS[k]).join(', ') : 'No kind noted'}</span>
              <span>{i.direction === undefined ? `Direction ${NOT_RECORDED}` : DIRECTION_LABELS[i.direction]}</span>
              <span>{i.felt === undefined ? `Felt ${NOT_RECORDED}` : `Felt ${signedInt(i.felt)} (${feltWords(i.felt)})`}</span>
              <span>{i.cost === undefined ? `Cost ${NOT_RECORDED}` : `Cost ${i.cost} (${costWords(i.cost)})`}</span>
              {entry.note && <p className="person-note">{noteStart(entry.note)}</p>}
              <ThankYouButton
                personId={i.personId}
                name={personName}
                moments={[{ occurredAt: entry.occurredAt, kinds: i.kinds, note: entry.note }]}
                describedBy={`${id}-${entry.id}-${index}`}
                onSaved={onThanked}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

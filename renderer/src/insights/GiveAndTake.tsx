// Who one turns to, who turns to one, and ties that go both ways, from the recorded directions; a
// mixed tie is named as such, never as good or bad.
import { useId } from 'react';
import { groupPeople, MIXED_WORDS, PEOPLE_GROUP_HINTS, PEOPLE_GROUP_TITLES, PEOPLE_GROUPS } from '../../../shared/give-and-take';
import type { PersonInsight } from '../../../shared/insights';

function who(p: PersonInsight): string {
  return `${p.name} (received ${p.received}, gave ${p.gave}, both ways ${p.both})${p.mixed ? `: ${MIXED_WORDS}` : ''}`;
}

export function GiveAndTake({ people }: { people: PersonInsight[] }) {
  const id = useId();
  const groups = groupPeople(people);
  return (
    <section aria-labelledby={`${id}-h`} className="insights-panel level-3" data-testid="give-and-take">
      <h3 id={`${id}-h`}>Who you turn to, and who turns to you</h3>
      <p className="hint">From the interactions where the direction was recorded. A tie can be {MIXED_WORDS}: that is how it felt, and both can be true of one person.</p>
      <div className="insights-people-groups">
        {PEOPLE_GROUPS.map((g) => (
          <section key={g} aria-labelledby={`${id}-${g}`}>
            <h4 id={`${id}-${g}`}>
              {PEOPLE_GROUP_TITLES[g]} ({groups[g].length})
            </h4>
            <p className="hint">{PEOPLE_GROUP_HINTS[g]}</p>
            {groups[g].length === 0 ? (
              <p>No one in this range.</p>
            ) : (
              <ul>
                {groups[g].map((p) => (
                  <li key={p.personId}>{who(p)}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {groups.notRecorded.length > 0 && <p className="hint">Which way support went was not recorded with {groups.notRecorded.map((p) => p.name).join(', ')}.</p>}
    </section>
  );
}

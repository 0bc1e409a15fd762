// One person: your interactions with them over time, what kind of support flowed which way and how
// it felt, and the housekeeping — rename, relationship, merge into someone else, archive.
import { useId, useMemo, type MouseEvent } from 'react';
import type { Entry, PersonSummary } from '../../../shared/domain';
import type { PersonInsight } from '../../../shared/insights';
import { useNavigation } from '../app/navigation';
import { useData } from '../ui/useData';
import { relationshipText } from '../ui/RelationshipSelect';
import { AliasesForm } from './AliasesForm';
import { InteractionList } from './InteractionList';
import { MergeForm } from './MergeForm';
import { interactionsWith, type PersonInteraction } from './peopleData';
import type { ThankYouMoment } from '../../../shared/thank-you';
import { PersonGlance } from './PersonGlance';
import { ThankYouButton } from './ThankYou';
import { ArchiveForm, RelationshipForm, RenameForm } from './PersonForms';
import './people.css';

interface Loaded {
  person: PersonSummary;
  others: PersonSummary[];
  entries: Entry[];
  /** The service's figures for this person; null when there is no interaction with them. */
  figures: PersonInsight | null;
}

async function fetchPerson(id: string): Promise<Loaded> {
  const [people, list] = await Promise.all([window.hearth.listPeople({ includeArchived: true }), window.hearth.listEntries({ personId: id })]);
  const person = people.find((p) => p.id === id);
  if (!person) throw { message: 'That person no longer exists.', code: 'NOT_FOUND' };
  return { person, others: people.filter((p) => p.id !== id), entries: list.entries, figures: await figuresFor(id, list.entries) };
}

/** Insights over exactly the days of the person's entries: its per-person figures cover every interaction with them. */
async function figuresFor(id: string, entries: Entry[]): Promise<PersonInsight | null> {
  if (entries.length === 0) return null;
  const days = entries.map((e) => e.occurredAt.slice(0, 10)).sort();
  const insights = await window.hearth.insights({ from: days[0], to: days[days.length - 1] });
  return insights.people.find((p) => p.personId === id) ?? null;
}

/** What the person's thank-you mentions: the three latest times they gave support (or its direction was not recorded). */
function thanksFor(items: PersonInteraction[]): ThankYouMoment[] {
  return items
    .filter((i) => i.interaction.direction !== 'gave')
    .slice(0, 3)
    .map(({ entry, interaction }) => ({ occurredAt: entry.occurredAt, kinds: interaction.kinds, note: '' }));
}

export function PersonScreen({ id }: { id: string }) {
  const { navigate } = useNavigation();
  const loaded = useData(() => fetchPerson(id), [id]);

  function back(e: MouseEvent) {
    e.preventDefault();
    navigate({ name: 'people' });
  }

  return (
    <div className="person">
      <a href="#people" className="people-back" onClick={back}>
        ← Back to people
      </a>
      {loaded.value !== null ? (
        <PersonDetails key={loaded.value.person.id} {...loaded.value} reload={loaded.reload} />
      ) : loaded.error !== null ? (
        <>
          <h1>Person not found</h1>
          <p role="alert" className="form-error">
            {loaded.error.message}
          </p>
        </>
      ) : (
        <p role="status">Loading…</p>
      )}
    </div>
  );
}

function PersonDetails({ person, others, entries, figures, reload }: Loaded & { reload: () => Promise<unknown> }) {
  const id = useId();
  const items = useMemo(() => interactionsWith(person.id, entries), [person.id, entries]);

  return (
    <>
      <header className="person-header">
        <h1>{person.name}</h1>
        <p className="person-relationship">
          {relationshipText(person.relationship)}
          {person.archived && ' · archived'}
        </p>
        <ThankYouButton personId={person.id} name={person.name} moments={thanksFor(items)} onSaved={() => void reload()} />
      </header>

      <PersonGlance name={person.name} figures={figures} />

      <InteractionList personName={person.name} items={items} onThanked={() => void reload()} />

      <section aria-labelledby={`${id}-manage`} className="person-manage">
        <h2 id={`${id}-manage`}>Manage</h2>
        <RenameForm person={person} reload={reload} />
        <RelationshipForm person={person} reload={reload} />
        <AliasesForm person={person} reload={reload} />
        <MergeForm person={person} others={others} />
        <ArchiveForm person={person} reload={reload} />
      </section>
    </>
  );
}

// One person: your interactions with them over time, what kind of support flowed which way and how
// it felt, and the housekeeping — rename, relationship, merge into someone else, archive.
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent, type MouseEvent } from 'react';
import { DIRECTIONS, RELATIONSHIPS, SUPPORT_KINDS, type Entry, type PersonSummary, type Relationship } from '../../../shared/domain';
import { useNavigation } from '../app/navigation';
import { toShownError, type ShownError } from '../ui/errors';
import { FormError, invalidProps } from '../ui/FormError';
import { useAction } from '../ui/useAction';
import { costWords, feltWords, KIND_LABELS, NOT_RECORDED, RELATIONSHIP_LABELS } from '../../../shared/labels';
import { feltSpreadOf } from '../../../shared/felt-spread';
import { feltSpreadWords } from '../../../shared/insights-text';
import { AliasesForm } from './AliasesForm';
import { checkName } from './check-name';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import {
  DIRECTION_LABELS,
  formatDayTime,
  interactionsWith,
  noteStart,
  signed,
  signedInt,
  summarize,
  type PersonInteraction,
} from './peopleData';
import './people.css';
import { LabelledOptions } from '../ui/LabelledOptions';

type Loaded =
  | { id: string; person: PersonSummary; others: PersonSummary[]; entries: Entry[]; error: null }
  | { id: string; person: null; others: null; entries: null; error: ShownError };

async function fetchPerson(id: string): Promise<Loaded> {
  try {
    const [people, list] = await Promise.all([window.hearth.listPeople({ includeArchived: true }), window.hearth.listEntries({ personId: id })]);
    const person = people.find((p) => p.id === id);
    if (!person) return { id, person: null, others: null, entries: null, error: { message: 'That person no longer exists.', code: 'NOT_FOUND' } };
    return { id, person, others: people.filter((p) => p.id !== id), entries: list.entries, error: null };
  } catch (e) {
    return { id, person: null, others: null, entries: null, error: toShownError(e) };
  }
}

export function PersonScreen({ id }: { id: string }) {
  const { navigate } = useNavigation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    void fetchPerson(id).then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [id]);

  const reload = useCallback(() => fetchPerson(id).then(setLoaded), [id]);

  function back(e: MouseEvent) {
    e.preventDefault();
    navigate({ name: 'people' });
  }

  const current = loaded !== null && loaded.id === id ? loaded : null;

  return (
    <div className="person">
      <a href="#people" className="people-back" onClick={back}>
        ← Back to people
      </a>
      {current === null ? (
        <p role="status">Loading…</p>
      ) : current.person === null ? (
        <>
          <h1>Person not found</h1>
          <p role="alert" className="form-error">
            {current.error.message}
          </p>
        </>
      ) : (
        <PersonDetails key={current.person.id} person={current.person} others={current.others} entries={current.entries} reload={reload} />
      )}
    </div>
  );
}

interface DetailsProps {
  person: PersonSummary;
  others: PersonSummary[];
  entries: Entry[];
  reload: () => Promise<unknown>;
}

/** ", from 3 of 5 interactions" when a mean left out those where it was not recorded. */
const basedOn = (used: number, of: number) => (used === of ? '' : `, from ${used} of ${of} interactions`);

function PersonDetails({ person, others, entries, reload }: DetailsProps) {
  const id = useId();
  const items = useMemo(() => interactionsWith(person.id, entries), [person.id, entries]);
  const stats = useMemo(() => summarize(items.map((i) => i.interaction)), [items]);
  // A mean hides a mix (−2 and +2 average to neutral): the counts say how often each.
  const feltSpread = useMemo(() => feltSpreadOf(items.map((i) => i.interaction.felt)), [items]);

  return (
    <>
      <header className="person-header">
        <h1>{person.name}</h1>
        <p className="person-relationship">
          {RELATIONSHIP_LABELS[person.relationship]}
          {person.archived && ' · archived'}
        </p>
      </header>

      <section aria-labelledby={`${id}-summary`} className="person-summary">
        <h2 id={`${id}-summary`}>At a glance</h2>
        {stats.count === 0 ? (
          <p>No interactions with {person.name} yet.</p>
        ) : (
          <div className="person-summary-grid">
            <div>
              <h3>How it felt</h3>
              <ul className="person-facts">
                <li>
                  {stats.count} {stats.count === 1 ? 'interaction' : 'interactions'}
                </li>
                <li>
                  Average felt:{' '}
                  {stats.averageFelt === null
                    ? NOT_RECORDED
                    : `${signed(stats.averageFelt)} (${feltWords(stats.averageFelt)})${basedOn(stats.feltCount, stats.count)}`}
                </li>
                {stats.averageFelt !== null && <li>{feltSpreadWords(feltSpread)}</li>}
                <li>
                  Average cost:{' '}
                  {stats.averageCost === null
                    ? NOT_RECORDED
                    : `${stats.averageCost.toFixed(1)} (${costWords(stats.averageCost)})${basedOn(stats.costCount, stats.count)}`}
                </li>
              </ul>
            </div>
            <div>
              <h3 id={`${id}-kinds`}>Kinds of support</h3>
              <ul className="person-facts" aria-labelledby={`${id}-kinds`}>
                {SUPPORT_KINDS.map((k) => (
                  <li key={k}>
                    {KIND_LABELS[k]}: {stats.kinds[k]}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 id={`${id}-directions`}>Which way it went</h3>
              <ul className="person-facts" aria-labelledby={`${id}-directions`}>
                {DIRECTIONS.map((d) => (
                  <li key={d}>
                    {DIRECTION_LABELS[d]}: {stats.directions[d]}
                  </li>
                ))}
                {stats.directionNotRecorded > 0 && <li>Not recorded: {stats.directionNotRecorded}</li>}
              </ul>
            </div>
          </div>
        )}
      </section>

      <InteractionList personName={person.name} items={items} />

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

function InteractionList({ personName, items }: { personName: string; items: PersonInteraction[] }) {
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
                <time dateTime={entry.occurredAt}>{formatDayTime(entry.occurredAt)}</time>
              </a>
              <span>{i.kinds.length > 0 ? i.kinds.map((k) => KIND_LABELS[k]).join(', ') : 'No kind noted'}</span>
              <span>{i.direction === undefined ? `Direction ${NOT_RECORDED}` : DIRECTION_LABELS[i.direction]}</span>
              <span>{i.felt === undefined ? `Felt ${NOT_RECORDED}` : `Felt ${signedInt(i.felt)} (${feltWords(i.felt)})`}</span>
              <span>{i.cost === undefined ? `Cost ${NOT_RECORDED}` : `Cost ${i.cost} (${costWords(i.cost)})`}</span>
              {entry.note && <p className="person-note">{noteStart(entry.note)}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function RenameForm({ person, reload }: { person: PersonSummary; reload: () => Promise<unknown> }) {
  const [name, setName] = useState(person.name);
  const [status, setStatus] = useState('');
  const save = useAction();
  const id = useId();
  const errorId = `${id}-error`;

  function submit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    const checked = checkName(name);
    if (checked.error) {
      save.setError(checked.error);
      return;
    }
    void save.run(async () => {
      const updated = await window.hearth.updatePerson({ id: person.id, name: checked.name });
      setName(updated.name);
      setStatus('Name saved.');
      await reload();
    });
  }

  return (
    <form className="person-form" onSubmit={submit} noValidate aria-label="Rename">
      <label htmlFor={`${id}-name`}>Name</label>
      <div className="person-row">
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...invalidProps(save.error, errorId, 'name')}
        />
        <button type="submit" disabled={save.busy}>
          Save name
        </button>
      </div>
      <FormError id={errorId} error={save.error} />
      <p role="status" className="form-status">
        {status}
      </p>
    </form>
  );
}

function RelationshipForm({ person, reload }: { person: PersonSummary; reload: () => Promise<unknown> }) {
  const [relationship, setRelationship] = useState<Relationship>(person.relationship);
  const [status, setStatus] = useState('');
  const save = useAction();
  const id = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    void save.run(async () => {
      await window.hearth.updatePerson({ id: person.id, relationship });
      setStatus('Relationship saved.');
      await reload();
    });
  }

  return (
    <form className="person-form" onSubmit={submit} aria-label="Relationship">
      <label htmlFor={`${id}-relationship`}>Relationship</label>
      <div className="person-row">
        <select id={`${id}-relationship`} value={relationship} onChange={(e) => setRelationship(e.target.value as Relationship)}>
          <LabelledOptions values={RELATIONSHIPS} labels={RELATIONSHIP_LABELS} />
        </select>
        <button type="submit" disabled={save.busy}>
          Save relationship
        </button>
      </div>
      <FormError id={`${id}-error`} error={save.error} />
      <p role="status" className="form-status">
        {status}
      </p>
    </form>
  );
}

function MergeForm({ person, others }: { person: PersonSummary; others: PersonSummary[] }) {
  const { navigate } = useNavigation();
  const [targetId, setTargetId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const merge = useAction();
  const id = useId();
  const errorId = `${id}-error`;
  const target = others.find((p) => p.id === targetId) ?? null;
  const sortedOthers = useMemo(() => [...others].sort((a, b) => a.name.localeCompare(b.name)), [others]);

  function ask(e: FormEvent) {
    e.preventDefault();
    if (!target) {
      merge.setError({ message: 'Choose the person to merge into.', code: 'INVALID_INPUT', field: 'targetId' });
      return;
    }
    merge.setError(null);
    setConfirming(true);
  }

  function confirm() {
    if (!target) return;
    void merge.run(async () => {
      await window.hearth.mergePeople({ sourceId: person.id, targetId: target.id });
      setConfirming(false);
      navigate({ name: 'person', id: target.id });
    });
  }

  if (others.length === 0) {
    return (
      <div className="person-form">
        <h3>Merge</h3>
        <p className="people-hint">There is no one else to merge {person.name} into.</p>
      </div>
    );
  }

  return (
    <form className="person-form" onSubmit={ask} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Merge</h3>
      <p className="people-hint">If {person.name} is the same person as someone else in your journal, merge them into one.</p>
      <label htmlFor={`${id}-target`}>Merge into</label>
      <div className="person-row">
        <select id={`${id}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)} {...invalidProps(confirming ? null : merge.error, errorId, 'targetId')}>
          <option value="">Choose someone…</option>
          {sortedOthers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.archived ? ' (archived)' : ''}
            </option>
          ))}
        </select>
        <button type="submit" disabled={merge.busy}>
          Merge
        </button>
      </div>
      <FormError id={errorId} error={confirming ? null : merge.error} />
      <ConfirmDialog
        open={confirming}
        title={target ? `Merge ${person.name} into ${target.name}?` : 'Merge?'}
        confirmLabel="Yes, merge"
        busy={merge.busy}
        error={confirming ? merge.error : null}
        onConfirm={confirm}
        onCancel={() => {
          setConfirming(false);
          merge.setError(null);
        }}
      >
        <p>
          {moveWords(person)} {target?.name}, and {person.name} will disappear from your journal. This cannot be undone.
        </p>
      </ConfirmDialog>
    </form>
  );
}

function moveWords(person: PersonSummary): string {
  if (person.interactionCount === 0) return `${person.name} has no interactions to move to`;
  if (person.interactionCount === 1) return `The one interaction with ${person.name} will move to`;
  return `All ${person.interactionCount} interactions with ${person.name} will move to`;
}

function ArchiveForm({ person, reload }: { person: PersonSummary; reload: () => Promise<unknown> }) {
  const [status, setStatus] = useState('');
  const save = useAction();
  const id = useId();

  function toggle() {
    setStatus('');
    const archived = !person.archived;
    void save.run(async () => {
      await window.hearth.archivePerson({ id: person.id, archived });
      setStatus(archived ? `${person.name} is archived.` : `${person.name} is back in your lists.`);
      await reload();
    });
  }

  return (
    <div className="person-form" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{person.archived ? 'Archived' : 'Archive'}</h3>
      <p className="people-hint" id={`${id}-hint`}>
        Archived people are hidden from your lists, but their history is kept: their interactions stay in your entries and you can bring
        them back at any time.
      </p>
      <button type="button" onClick={toggle} disabled={save.busy} aria-describedby={`${id}-hint`}>
        {person.archived ? 'Unarchive' : 'Archive'}
      </button>
      <FormError id={`${id}-error`} error={save.error} />
      <p role="status" className="form-status">
        {status}
      </p>
    </div>
  );
}

// Everyone the journal mentions: a sortable table, a way to add someone by hand, and — when the
// list is empty — gentle ideas for building support.
import { useId, useMemo, useState, type FormEvent, type MouseEvent } from 'react';
import type { Relationship } from '../../../shared/domain';
import { useNavigation } from '../app/navigation';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/useAction';
import { useData } from '../ui/useData';
import { RELATIONSHIP_LABELS } from '../../../shared/labels';
import { FIRST_DIRECTION, formatDay, sortPeople, type Sort, type SortKey } from './peopleData';
import { nameOrShowError } from './check-name';
import { NameInput } from './NameInput';
import './people.css';
import { RelationshipSelect } from '../ui/RelationshipSelect';

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'lastContact', label: 'Last contact' },
  { key: 'interactions', label: 'Interactions' },
];

const SORT_WORDS: Record<SortKey, Record<Sort['direction'], string>> = {
  name: { ascending: 'by name, A to Z', descending: 'by name, Z to A' },
  lastContact: { ascending: 'by last contact, longest ago first', descending: 'by last contact, most recent first' },
  interactions: { ascending: 'by interactions, fewest first', descending: 'by interactions, most first' },
};

export function PeopleScreen() {
  const { navigate } = useNavigation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const id = useId();
  const loaded = useData(() => window.hearth.listPeople(includeArchived ? { includeArchived: true } : undefined), [includeArchived], {
    refetchOnJournalChange: true,
  });
  const people = loaded.value;
  const sorted = useMemo(() => (people ? sortPeople(people, sort) : []), [people, sort]);

  function sortBy(key: SortKey) {
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: FIRST_DIRECTION[key] }));
  }

  function open(e: MouseEvent, personId: string) {
    e.preventDefault();
    navigate({ name: 'person', id: personId });
  }

  return (
    <div className="people">
      <h1>People</h1>
      <p className="people-intro">Everyone you have written about, and how often you have been in touch.</p>

      <div className="people-toolbar">
        <input
          id={`${id}-archived`}
          type="checkbox"
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.target.checked)}
        />
        <label htmlFor={`${id}-archived`}>Show archived</label>
      </div>

      <FormError id={`${id}-load-error`} error={loaded.error} />
      {people === null ? (
        loaded.error === null && <p role="status">Loading people…</p>
      ) : sorted.length === 0 ? (
        <EmptyPeople archivedShown={includeArchived} />
      ) : (
        <table className="people-table">
          <caption>
            People you have written about, sorted {SORT_WORDS[sort.key][sort.direction]}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sort.key === 'name' ? sort.direction : undefined}>
                <SortButton column={COLUMNS[0]!} sort={sort} onSort={sortBy} />
              </th>
              <th scope="col">Relationship</th>
              <th scope="col" aria-sort={sort.key === 'lastContact' ? sort.direction : undefined}>
                <SortButton column={COLUMNS[1]!} sort={sort} onSort={sortBy} />
              </th>
              <th scope="col" className="people-num" aria-sort={sort.key === 'interactions' ? sort.direction : undefined}>
                <SortButton column={COLUMNS[2]!} sort={sort} onSort={sortBy} />
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <a href="#person" className="people-name" onClick={(e) => open(e, p.id)}>
                    {p.name}
                  </a>
                  {p.archived && <span className="people-badge"> (archived)</span>}
                </th>
                <td>{p.relationship === undefined ? 'Not recorded' : RELATIONSHIP_LABELS[p.relationship]}</td>
                <td>{p.lastContact === null ? 'No interactions yet' : <time dateTime={p.lastContact}>{formatDay(p.lastContact)}</time>}</td>
                <td className="people-num">{p.interactionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <NewPersonForm onAdded={loaded.reload} />
    </div>
  );
}

function SortButton({ column, sort, onSort }: { column: { key: SortKey; label: string }; sort: Sort; onSort: (key: SortKey) => void }) {
  const active = sort.key === column.key;
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
  return (
    <button type="button" className="people-sort" onClick={() => onSort(column.key)}>
      {column.label}
      <span aria-hidden="true" className="people-sort-arrow">
        {arrow}
      </span>
    </button>
  );
}

function EmptyPeople({ archivedShown }: { archivedShown: boolean }) {
  const id = useId();
  return (
    <section className="people-empty" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>No one here yet</h2>
      <p>
        {archivedShown ? 'There is no one in your journal yet, archived or not.' : 'There is no one in your journal yet.'} People appear here
        when you mention them in an entry. Support often grows from small steps, for example:
      </p>
      <ul>
        <li>Reach out to one person who matters to you — a short message is enough.</li>
        <li>Join a group around something you enjoy: a hobby, a class, a walking or reading group.</li>
        <li>Volunteer for a local cause; working side by side is an easy way to meet people.</li>
        <li>Look for a support group for what you are going through, in person or online.</li>
        <li>Talk to a professional — your doctor, a counsellor or a therapist — if things feel heavy.</li>
      </ul>
    </section>
  );
}

function NewPersonForm({ onAdded }: { onAdded: () => Promise<unknown> }) {
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState<Relationship | null>(null);
  const [status, setStatus] = useState('');
  const add = useAction();
  const id = useId();
  const errorId = `${id}-error`;

  function submit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    const checked = nameOrShowError(name, add);
    if (checked === null) return;
    void add.run(async () => {
      const person = await window.hearth.addPerson({ name: checked, ...(relationship === null ? {} : { relationship }) });
      setName('');
      // The next person starts not recorded too, not with this one's relationship.
      setRelationship(null);
      setStatus(`Added ${person.name}.`);
      await onAdded();
    });
  }

  return (
    <section className="people-new" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New person</h2>
      <p className="people-hint">People are usually added from an entry; you can also add someone here.</p>
      <form aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
        <div className="people-fields">
          <div className="people-field">
            <label htmlFor={`${id}-name`}>Name</label>
            <NameInput id={`${id}-name`} value={name} onChange={setName} error={add.error} errorId={errorId} />
          </div>
          <div className="people-field">
            <label htmlFor={`${id}-relationship`}>Relationship</label>
            <RelationshipSelect id={`${id}-relationship`} value={relationship} onChange={setRelationship} />
          </div>
          <button type="submit" disabled={add.busy}>
            Create person
          </button>
        </div>
        <FormError id={errorId} error={add.error} />
        <p role="status" className="form-status">
          {status}
        </p>
      </form>
    </section>
  );
}

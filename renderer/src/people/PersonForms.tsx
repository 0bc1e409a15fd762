// The person's own details, each saved on its own: name, relationship, and whether they are archived.
import { useId, useState, type FormEvent } from 'react';
import type { PersonSummary, Relationship } from '../../../shared/domain';
import { FormError } from '../ui/FormError';
import { RelationshipSelect } from '../ui/RelationshipSelect';
import { useAction } from '../ui/useAction';
import { nameOrShowError } from './check-name';
import { FieldForm } from './FieldForm';
import { NameInput } from './NameInput';

interface FormProps {
  person: PersonSummary;
  reload: () => Promise<unknown>;
}

export function RenameForm({ person, reload }: FormProps) {
  const [name, setName] = useState(person.name);
  const [status, setStatus] = useState('');
  const save = useAction();
  const fieldId = `${useId()}-name`;

  function submit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    const checked = nameOrShowError(name, save);
    if (checked === null) return;
    void save.run(async () => {
      const updated = await window.hearth.updatePerson({ id: person.id, name: checked });
      setName(updated.name);
      setStatus('Name saved.');
      await reload();
    });
  }

  return (
    <FieldForm name="Rename" fieldId={fieldId} label="Name" button="Save name" action={save} status={status} onSubmit={submit}>
      <NameInput id={fieldId} value={name} onChange={setName} error={save.error} errorId={`${fieldId}-error`} />
    </FieldForm>
  );
}

export function RelationshipForm({ person, reload }: FormProps) {
  const [relationship, setRelationship] = useState<Relationship | null>(person.relationship ?? null);
  const [status, setStatus] = useState('');
  const save = useAction();
  const fieldId = `${useId()}-relationship`;

  function submit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    void save.run(async () => {
      // null takes a chosen relationship back to not recorded.
      await window.hearth.updatePerson({ id: person.id, relationship });
      setStatus('Relationship saved.');
      await reload();
    });
  }

  return (
    <FieldForm name="Relationship" fieldId={fieldId} label="Relationship" button="Save relationship" action={save} status={status} onSubmit={submit}>
      <RelationshipSelect id={fieldId} value={relationship} onChange={setRelationship} />
    </FieldForm>
  );
}

export function ArchiveForm({ person, reload }: FormProps) {
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

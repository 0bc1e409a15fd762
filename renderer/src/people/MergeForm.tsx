// Merging someone into another person: the same person written under two names becomes one.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { PersonSummary } from '../../../shared/domain';
import { useNavigation } from '../app/navigation';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FormError, invalidProps } from '../ui/FormError';
import { useAction } from '../ui/useAction';

export function MergeForm({ person, others }: { person: PersonSummary; others: PersonSummary[] }) {
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

// "Also known as": the other words the person's notes use for someone ("Mum", "P.", a nickname).
// A report that names people by initials or relationship replaces these words with the name.
import { useId, useState, type FormEvent } from 'react';
import type { PersonSummary } from '../../../shared/domain';
import { aliasesSchema, splitWords } from '../../../shared/name-words';
import { useAction } from '../ui/useAction';
import { FieldForm } from './FieldForm';

export function AliasesForm({ person, reload }: { person: PersonSummary; reload: () => Promise<unknown> }) {
  const [text, setText] = useState(person.aliases.join(', '));
  const [status, setStatus] = useState('');
  const save = useAction();
  const fieldId = `${useId()}-aliases`;
  const invalid = save.error?.field === 'aliases';

  function submit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    const parsed = aliasesSchema.safeParse(splitWords(text));
    if (!parsed.success) {
      save.setError({ message: parsed.error.issues[0]?.message ?? 'Check the words', code: 'INVALID_INPUT', field: 'aliases' });
      return;
    }
    void save.run(async () => {
      const updated = await window.hearth.updatePerson({ id: person.id, aliases: parsed.data });
      setText(updated.aliases.join(', '));
      setStatus(updated.aliases.length === 0 ? 'No other names.' : 'Other names saved.');
      await reload();
    });
  }

  return (
    <FieldForm
      name="Also known as"
      fieldId={fieldId}
      label="Also known as"
      hint={
        <p id={`${fieldId}-hint`} className="hint">
          Other words your notes use for {person.name}, separated by commas: “Mum”, “P.”, a nickname. A report that hides names
          replaces these too.
        </p>
      }
      button="Save other names"
      action={save}
      status={status}
      onSubmit={submit}
    >
      <input
        id={fieldId}
        type="text"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
      />
    </FieldForm>
  );
}

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { PersonSummary } from '../../../shared/domain';
import type { EntryInput } from '../../../shared/schemas';
import { useLeaveGuard } from '../app/navigation';
import { DateField } from '../ui/DateField';
import { toShownError } from '../ui/errors';
import { errorAt, isDirty, newInteraction, toInput, validate, type EntryDraft, type FieldErrors, type InteractionDraft } from './draft';
import { InteractionFieldset } from './InteractionFieldset';
import { FieldError, ScaleSlider } from './ScaleSlider';
import { TagInput } from './TagInput';
import { useDraftAutosave } from './use-draft-autosave';
import { WritingPrompt } from './WritingPrompt';
import { MOOD_WORDS, STRESS_WORDS, SUPPORT_WORDS } from '../ui/words';

export const DISCARD_QUESTION = 'Discard this unsaved entry?';

interface Props {
  /** Where the form starts: a new entry or an existing entry's; changes from it are unsaved. */
  start: EntryDraft;
  /** What the form shows at first: `start`, or a kept draft's changes to it. */
  initial: EntryDraft;
  /** The entry being edited; absent for a new one. */
  entryId: string | undefined;
  /** Opened from the vault's draft, which this form now keeps. */
  resumed: boolean;
  people: readonly PersonSummary[];
  tags: readonly string[];
  /** Saves the entry; rejects with the service's error. */
  onSave: (input: EntryInput) => Promise<void>;
  /** After the entry was saved and its draft deleted. */
  onSaved: () => void;
  onCancel: () => void;
  onDelete?: (() => void) | undefined;
}

/**
 * The entry form. What is typed lives in this component's state and, while unsaved, in the vault's
 * encrypted draft (./use-draft-autosave.ts), so that a lock does not lose it.
 */
export function EntryForm({ start, initial, entryId, resumed, people, tags, onSave, onSaved, onCancel, onDelete }: Props) {
  const id = useId();
  const editing = entryId !== undefined;
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const addPersonRef = useRef<HTMLButtonElement>(null);
  const focusPerson = useRef<string | null>(null);
  const focusError = useRef(false);

  const dirty = isDirty(draft, start);
  const kept = useDraftAutosave(draft, dirty, entryId, resumed);
  const dropDraft = () => void kept.discard().catch(() => undefined);
  useLeaveGuard(dirty ? DISCARD_QUESTION : null, dropDraft);

  const knownNames = people.map((p) => p.name);
  const suggestNames = people.filter((p) => !p.archived).map((p) => p.name);
  const personInputId = (key: string) => `${id}-person-${key}`;

  useEffect(() => {
    if (focusPerson.current !== null) {
      document.getElementById(personInputId(focusPerson.current))?.focus();
      focusPerson.current = null;
    }
    if (focusError.current) {
      focusError.current = false;
      const message = [...(formRef.current?.querySelectorAll('.field-error') ?? [])].find((el) => el.textContent);
      const holder = message?.closest('.field, .scale, fieldset');
      const control = holder?.querySelector<HTMLElement>('input:not([disabled]), select, textarea');
      control?.focus();
    }
  });

  // Opened: bring focus to the form's title (so it is announced) unless something in it has focus.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body && formRef.current?.contains(active)) return;
    if (active && active !== document.body && !active.matches('main, h1')) return;
    titleRef.current?.focus();
  }, []);

  const set = (patch: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setInteraction = (index: number, next: InteractionDraft) =>
    setDraft((d) => ({ ...d, interactions: d.interactions.map((x, i) => (i === index ? next : x)) }));

  async function save() {
    if (busy) return;
    // Text left in the Tags box counts as a tag.
    const pending = draft.tagText.trim();
    const withTag: EntryDraft =
      pending && !draft.tags.some((t) => t.toLowerCase() === pending.toLowerCase()) ? { ...draft, tags: [...draft.tags, pending], tagText: '' } : draft;
    if (withTag !== draft) setDraft(withTag);
    const input = toInput(withTag, knownNames);
    const found = validate(input);
    setErrors(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      setFormError(count === 1 ? 'One thing needs a look before saving: see the message below.' : `${count} things need a look before saving: see the messages below.`);
      focusError.current = true;
      return;
    }
    setFormError('');
    setBusy(true);
    try {
      await kept.settle();
      await onSave(input);
    } catch (e) {
      const shown = toShownError(e);
      if (shown.field) {
        setErrors({ [shown.field]: shown.message });
        setFormError('The entry was not saved: see the message below.');
        focusError.current = true;
      } else setFormError(`The entry was not saved. ${shown.message}`);
      setBusy(false);
      return;
    }
    // Saved: the draft has done its work. The screen clears the leave guard and goes back.
    await kept.discard().catch(() => undefined);
    onSaved();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void save();
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      void save();
      return;
    }
    // A plain Enter in a one-line field must not save half an entry.
    if (e.target instanceof HTMLInputElement) e.preventDefault();
  }

  const err = (field: string) => errorAt(errors, field);
  const topLevel = errors.form ?? (errors.interactions && !Object.keys(errors).some((k) => k.startsWith('interactions.')) ? errors.interactions : undefined);

  return (
    <form ref={formRef} className="entry-form" aria-labelledby={`${id}-title`} aria-busy={busy} noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
      <div className="entry-form-head">
        <h1 id={`${id}-title`} ref={titleRef} tabIndex={-1}>{editing ? 'Edit entry' : 'New entry'}</h1>
        <p className="hint">Ctrl+Enter saves from anywhere in the form.</p>
      </div>
      {editing ? null : <WritingPrompt />}
      <p role="alert" className="form-error">
        {formError}
      </p>

      {/* The date in the app's date style (see DateField), the time beside it: a native
          datetime-local box would write the date in the browser's own locale instead. */}
      <fieldset className="field when" aria-describedby={err('occurredAt') ? `${id}-when-error` : undefined}>
        <legend>When</legend>
        <div className="when-parts">
          <label htmlFor={`${id}-when-date`}>Date</label>
          <DateField
            id={`${id}-when-date`}
            value={draft.when.slice(0, 10)}
            aria-invalid={err('occurredAt') ? true : undefined}
            aria-describedby={err('occurredAt') ? `${id}-when-error` : undefined}
            onChange={(date) => set({ when: date === '' ? '' : `${date}T${draft.when.slice(11, 16) || '12:00'}` })}
          />
          <label htmlFor={`${id}-when-time`}>Time</label>
          <input
            id={`${id}-when-time`}
            type="time"
            step={60}
            value={draft.when.slice(11, 16)}
            aria-invalid={err('occurredAt') ? true : undefined}
            aria-describedby={err('occurredAt') ? `${id}-when-error` : undefined}
            onChange={(e) => draft.when.length >= 10 && set({ when: `${draft.when.slice(0, 10)}T${e.target.value}` })}
          />
        </div>
        <FieldError id={`${id}-when-error`} message={err('occurredAt')} />
      </fieldset>

      <div className="scales">
        {/* Each starts not recorded, and stays so unless the person sets it. */}
        <ScaleSlider id={`${id}-mood`} label="Mood" words={MOOD_WORDS} value={draft.mood} onChange={(mood) => set({ mood })} error={err('mood')} />
        <ScaleSlider
          id={`${id}-support`}
          label="Felt supported"
          words={SUPPORT_WORDS}
          value={draft.support}
          onChange={(support) => set({ support })}
          error={err('support')}
        />
        <ScaleSlider id={`${id}-stress`} label="Stress" words={STRESS_WORDS} value={draft.stress} onChange={(stress) => set({ stress })} error={err('stress')} />
      </div>

      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          rows={6}
          value={draft.note}
          aria-invalid={err('note') ? true : undefined}
          aria-describedby={err('note') ? `${id}-note-error` : undefined}
          onChange={(e) => set({ note: e.target.value })}
        />
        <FieldError id={`${id}-note-error`} message={err('note')} />
      </div>

      <TagInput
        id={`${id}-tags`}
        tags={draft.tags}
        text={draft.tagText}
        known={tags}
        onChange={(next, tagText) => set({ tags: next, tagText })}
        error={err('tags')}
        onError={(message) =>
          setErrors((e) => {
            const next = Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'tags' && !k.startsWith('tags.')));
            return message ? { ...next, tags: message } : next;
          })
        }
      />

      <section className="interactions" aria-labelledby={`${id}-people-title`}>
        <h2 id={`${id}-people-title`}>People</h2>
        {draft.interactions.length === 0 && <p className="hint">Who was part of this? Add a person for each interaction, given or received.</p>}
        {draft.interactions.map((interaction, index) => (
          <InteractionFieldset
            key={interaction.key}
            index={index}
            value={interaction}
            onChange={(next) => setInteraction(index, next)}
            onRemove={() => {
              setDraft((d) => ({ ...d, interactions: d.interactions.filter((x) => x.key !== interaction.key) }));
              setErrors({});
              addPersonRef.current?.focus();
            }}
            knownNames={knownNames}
            suggestNames={suggestNames}
            errors={errors}
            personId={personInputId(interaction.key)}
          />
        ))}
        <button
          ref={addPersonRef}
          type="button"
          aria-describedby={topLevel ? `${id}-interactions-error` : undefined}
          onClick={() => {
            const next = newInteraction();
            focusPerson.current = next.key;
            setDraft((d) => ({ ...d, interactions: [...d.interactions, next] }));
          }}
        >
          Add person
        </button>
        <FieldError id={`${id}-interactions-error`} message={topLevel} />
      </section>

      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          Save entry
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {onDelete && (
          <button
            type="button"
            className="danger"
            onClick={() => {
              dropDraft();
              onDelete();
            }}
          >
            Delete entry
          </button>
        )}
      </div>
    </form>
  );
}

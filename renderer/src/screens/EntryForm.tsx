import { useId, useState, type FormEvent } from 'react';
import { SCALE_RANGE } from '../../../shared/domain';
import { FormError, invalidProps } from '../FormError';
import { useAction } from '../useAction';

const EMPTY = { mood: '5', support: '5', note: '', person: '' };

/** The smallest real entry: mood, felt support, a note and at most one person. */
export function EntryForm({ onSaved }: { onSaved: () => Promise<void> }) {
  const [form, setForm] = useState(EMPTY);
  const [saved, setSaved] = useState('');
  const { busy, error, run } = useAction();
  const id = useId();
  const errorId = `${id}-error`;
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    void run(async () => {
      const person = form.person.trim();
      await window.hearth.addEntry({
        mood: Number(form.mood),
        support: Number(form.support),
        note: form.note,
        interactions: person ? [{ person }] : [],
      });
      setForm(EMPTY);
      setSaved('Entry saved.');
      await onSaved();
    });
  }

  return (
    <form className="card entry-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>New entry</h2>
      <label htmlFor={`${id}-mood`}>Mood</label>
      <input
        id={`${id}-mood`}
        type="number"
        inputMode="numeric"
        min={SCALE_RANGE.min}
        max={SCALE_RANGE.max}
        step={1}
        required
        value={form.mood}
        onChange={set('mood')}
        {...invalidProps(error, errorId, 'mood')}
      />
      <label htmlFor={`${id}-support`}>Felt supported</label>
      <input
        id={`${id}-support`}
        type="number"
        inputMode="numeric"
        min={SCALE_RANGE.min}
        max={SCALE_RANGE.max}
        step={1}
        required
        value={form.support}
        onChange={set('support')}
        {...invalidProps(error, errorId, 'support')}
      />
      <label htmlFor={`${id}-person`}>Person</label>
      <input
        id={`${id}-person`}
        type="text"
        autoComplete="off"
        value={form.person}
        onChange={set('person')}
        {...invalidProps(error, errorId, 'interactions')}
      />
      <label htmlFor={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} rows={4} value={form.note} onChange={set('note')} {...invalidProps(error, errorId, 'note')} />
      <FormError id={errorId} error={error} />
      <p role="status" className="form-status">
        {saved}
      </p>
      <button type="submit" disabled={busy}>
        Save entry
      </button>
    </form>
  );
}

// "Write a thank-you": a private draft, prefilled from the journal, that the person edits and
// copies out. Saving it records that they gave esteem to this person, on today's entry. Hearth
// never sends it anywhere.
import { useEffect, useId, useRef, useState } from 'react';
import { thankYouDraft, type ThankYouMoment } from '../../../shared/thank-you';
import { toShownError } from '../ui/errors';
import { formatDay } from './peopleData';
import '../ui/care.css';

interface Props {
  personId: string;
  name: string;
  /** What they did, newest first, as the draft should mention it. */
  moments: ThankYouMoment[];
  /** What the button adds for a screen reader, e.g. which interaction it is about. */
  describedBy?: string;
  onSaved?: () => void;
}

export function ThankYouButton({ personId, name, moments, describedBy, onSaved }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-describedby={describedBy} onClick={() => setOpen(true)}>
        Write a thank-you
      </button>
      {open && (
        <ThankYouDialog
          personId={personId}
          name={name}
          moments={moments}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onSaved?.();
          }}
        />
      )}
    </>
  );
}

function ThankYouDialog({ personId, name, moments, onClose, onSaved }: Props & { onClose: () => void; onSaved: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [text, setText] = useState(() => thankYouDraft(name, moments, formatDay));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied. Paste it wherever you want to send it.');
    } catch {
      setStatus('Copying did not work here: select the text and copy it.');
    }
  }

  async function save() {
    setBusy(true);
    setError('');
    try {
      await window.hearth.saveThankYou({ personId, note: text });
      onSaved();
    } catch (e) {
      setError(toShownError(e).message);
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="care-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-about`} onClose={onClose}>
      <h2 id={`${id}-title`}>A thank-you to {name}</h2>
      <p id={`${id}-about`}>
        A private draft: Hearth sends nothing. Edit it, copy it into a message or a card, and save it to remember that you thanked them.
      </p>
      <label htmlFor={`${id}-text`}>Thank-you note</label>
      <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} />
      <p role="status">{status}</p>
      <p role="alert" className="form-error">
        {error}
      </p>
      <div className="care-dialog-actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          Close
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={busy || text.trim() === ''}>
          Save to journal
        </button>
      </div>
    </dialog>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { SavedDraft } from '../../../shared/api';
import { toShownError } from '../ui/errors';
import { useData } from '../ui/useData';

export const DRAFT_OFFER = 'You were writing an entry when Hearth locked:';

interface Props {
  /** Opens the entry form as the draft left it. */
  onContinue: (draft: SavedDraft) => void;
}

/**
 * Shown after unlock when the vault holds a draft: the entry that was being written when Hearth
 * locked, to continue or to discard. Renders nothing when there is none.
 */
export function DraftOffer({ onContinue }: Props) {
  const id = useId();
  const found = useData(() => window.hearth.getDraft(), []);
  const [discarded, setDiscarded] = useState(false);
  const draft: SavedDraft | null = discarded ? null : found.value;
  const [error, setError] = useState('');
  const textRef = useRef<HTMLParagraphElement>(null);

  // Announced once it appears, unless the person is already busy with something else.
  useEffect(() => {
    if (draft === null) return;
    const active = document.activeElement;
    if (active && active !== document.body && !active.matches('main, h1')) return;
    textRef.current?.focus();
  }, [draft]);

  if (draft === null) return null;

  async function discard() {
    try {
      await window.hearth.discardDraft();
      setDiscarded(true);
    } catch (e) {
      setError(`The draft was not discarded. ${toShownError(e).message}`);
    }
  }

  return (
    <section className="draft-offer notice" aria-labelledby={`${id}-text`}>
      <p id={`${id}-text`} ref={textRef} tabIndex={-1}>
        {DRAFT_OFFER}
      </p>
      <div className="draft-offer-actions">
        <button type="button" className="primary" onClick={() => onContinue(draft)}>
          Continue
        </button>
        <button type="button" onClick={() => void discard()}>
          Discard
        </button>
      </div>
      <p role="alert" className="form-error">
        {error}
      </p>
    </section>
  );
}

import './onboarding.css';
import type { InputHTMLAttributes } from 'react';
import { useState } from 'react';
import type { ShownError } from './errors';
import { invalidProps } from './FormError';

/**
 * The show/hide button of a passphrase box. Its name stays the same and aria-pressed carries the
 * state, as the ARIA toggle-button pattern asks: a name that flipped to "Hide" as well would be read
 * as "Hide passphrase, pressed", which says the opposite of what is on screen.
 */
export function ShowPassphraseToggle({
  shown,
  onToggle,
  controls,
  label = 'Show passphrase',
  disabled = false,
}: {
  shown: boolean;
  onToggle: () => void;
  /** Ids of the boxes it shows, for aria-controls. */
  controls: string;
  label?: string;
  disabled?: boolean;
}) {
  return (
    <button type="button" className="passphrase-toggle" aria-label={label} aria-pressed={shown} aria-controls={controls} onClick={onToggle} disabled={disabled}>
      {shown ? 'Hide' : 'Show'}
    </button>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> & { id: string };

/** One passphrase box with its own show/hide button (for the current passphrase, unlock, restore). */
export function PassphraseInput({ toggleLabel, ...input }: InputProps & { toggleLabel?: string }) {
  const [shown, setShown] = useState(false);
  return (
    <div className="passphrase-input">
      <input {...input} type={shown ? 'text' : 'password'} />
      <ShowPassphraseToggle shown={shown} onToggle={() => setShown((s) => !s)} controls={input.id} label={toggleLabel} disabled={input.disabled} />
    </div>
  );
}

interface KnownProps extends Omit<InputProps, 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  toggleLabel?: string;
  /** The form's error, its id, and the field name that marks this box invalid. */
  error: ShownError | null;
  errorId: string;
  field: string;
}

/** A passphrase the person already has (to unlock, to confirm a change), with its label. */
export function KnownPassphraseField({ label, onChange, error, errorId, field, ...input }: KnownProps) {
  return (
    <>
      <label htmlFor={input.id}>{label}</label>
      <PassphraseInput autoComplete="current-password" spellCheck={false} {...input} onChange={(e) => onChange(e.target.value)} {...invalidProps(error, errorId, field)} />
    </>
  );
}

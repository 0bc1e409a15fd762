import './onboarding.css';
import { useId } from 'react';
import { invalidProps } from '../FormError';
import type { ShownError } from '../errors';
import { StrengthMeter } from './StrengthMeter';

export interface PassphraseFieldsProps {
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  /** The form's error; fields 'passphrase' and 'repeat' mark their box. */
  error: ShownError | null;
  errorId: string;
  labels?: { passphrase: string; repeat: string };
  autoFocus?: boolean;
  disabled?: boolean;
}

/** A new passphrase typed twice, with the strength meter under the first box. */
export function PassphraseFields({
  passphrase,
  repeat,
  onPassphrase,
  onRepeat,
  error,
  errorId,
  labels = { passphrase: 'Passphrase', repeat: 'Repeat passphrase' },
  autoFocus = false,
  disabled = false,
}: PassphraseFieldsProps) {
  const id = useId();
  const hintsId = `${id}-hints`;
  const passInvalid = invalidProps(error, errorId, 'passphrase');
  return (
    <>
      <label htmlFor={`${id}-passphrase`}>{labels.passphrase}</label>
      <input
        id={`${id}-passphrase`}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        required
        autoFocus={autoFocus}
        disabled={disabled}
        value={passphrase}
        onChange={(e) => onPassphrase(e.target.value)}
        {...passInvalid}
        aria-describedby={[passInvalid['aria-describedby'], hintsId].filter(Boolean).join(' ')}
      />
      <StrengthMeter passphrase={passphrase} id={hintsId} />
      <label htmlFor={`${id}-repeat`}>{labels.repeat}</label>
      <input
        id={`${id}-repeat`}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        required
        disabled={disabled}
        value={repeat}
        onChange={(e) => onRepeat(e.target.value)}
        {...invalidProps(error, errorId, 'repeat')}
      />
    </>
  );
}

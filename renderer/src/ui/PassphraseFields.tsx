import './onboarding.css';
import { useId, useState } from 'react';
import { invalidProps } from './FormError';
import type { ShownError } from './errors';
import { ShowPassphraseToggle } from './PassphraseInput';
import { StrengthMeter } from './StrengthMeter';

export interface PassphraseFieldsProps {
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  /** The form's error; fields 'passphrase' and 'repeat' mark their box. */
  error: ShownError | null;
  /** Drops the form's error once either box changes after it named one of them: the error was about the old text. */
  onClearError: () => void;
  errorId: string;
  labels?: { passphrase: string; repeat: string };
  autoFocus?: boolean;
  disabled?: boolean;
}

/** A new passphrase typed twice, with the strength meter under the first box and one show/hide button for both. */
export function PassphraseFields({
  passphrase,
  repeat,
  onPassphrase,
  onRepeat,
  error,
  onClearError,
  errorId,
  labels = { passphrase: 'Passphrase', repeat: 'Repeat passphrase' },
  autoFocus = false,
  disabled = false,
}: PassphraseFieldsProps) {
  const id = useId();
  const hintsId = `${id}-hints`;
  const passInvalid = invalidProps(error, errorId, 'passphrase');
  const [shown, setShown] = useState(false);
  const type = shown ? 'text' : 'password';
  const edited = (set: (value: string) => void) => (value: string) => {
    if (error?.field === 'passphrase' || error?.field === 'repeat') onClearError();
    set(value);
  };
  return (
    <>
      <label htmlFor={`${id}-passphrase`}>{labels.passphrase}</label>
      <div className="passphrase-input">
        <input
          id={`${id}-passphrase`}
          type={type}
          autoComplete="new-password"
          spellCheck={false}
          required
          autoFocus={autoFocus}
          disabled={disabled}
          value={passphrase}
          onChange={(e) => edited(onPassphrase)(e.target.value)}
          {...passInvalid}
          aria-describedby={[passInvalid['aria-describedby'], hintsId].filter(Boolean).join(' ')}
        />
        <ShowPassphraseToggle
          shown={shown}
          onToggle={() => setShown((s) => !s)}
          controls={`${id}-passphrase ${id}-repeat`}
          disabled={disabled}
        />
      </div>
      <StrengthMeter passphrase={passphrase} id={hintsId} />
      <label htmlFor={`${id}-repeat`}>{labels.repeat}</label>
      <input
        id={`${id}-repeat`}
        type={type}
        autoComplete="new-password"
        spellCheck={false}
        required
        disabled={disabled}
        value={repeat}
        onChange={(e) => edited(onRepeat)(e.target.value)}
        {...invalidProps(error, errorId, 'repeat')}
      />
    </>
  );
}

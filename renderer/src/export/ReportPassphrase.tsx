import { useId } from 'react';
import { PDF_PASSWORD_MAX_BYTES, type ReportFormat, type SharePassphrase } from '../../../shared/exchange';
import type { ShownError } from '../ui/errors';
import { FormError } from '../ui/FormError';
import { PassphraseFields } from '../ui/PassphraseFields';
import { useCopy } from './use-copy';

interface Props {
  /** The generated passphrase; null while it is being made. */
  generated: SharePassphrase | null;
  /** A PDF's passphrase must fit what PDF readers accept. */
  format: ReportFormat;
  onNewPassphrase: () => void;
  own: boolean;
  onOwn: (own: boolean) => void;
  ownPassphrase: string;
  ownRepeat: string;
  onOwnPassphrase: (value: string) => void;
  onOwnRepeat: (value: string) => void;
  /** Problems with the passphrase (fields 'passphrase' and 'repeat'), or with making one. */
  error: ShownError | null;
  /** Drops `error` once the person edits the box it named. */
  onClearError: () => void;
  disabled: boolean;
}

/** The passphrase the report opens with: a generated one shown once, or the person's own. */
export function ReportPassphrase(props: Props) {
  const { generated, own, error, disabled } = props;
  const id = useId();
  const errorId = `${id}-error`;
  const { copy, statusFor } = useCopy();

  return (
    <fieldset className="export-group">
      <legend>Passphrase</legend>
      <p className="hint" id={`${id}-advice`}>
        Give this passphrase to your therapist separately, not in the same email as the file.
      </p>
      {own ? null : (
        <div className="stack">
          <label htmlFor={`${id}-generated`}>Passphrase for this report</label>
          <div className="export-row">
            <input
              id={`${id}-generated`}
              className="mono export-passphrase"
              type="text"
              readOnly
              spellCheck={false}
              value={generated?.passphrase ?? ''}
              placeholder={generated ? undefined : 'Making a passphrase…'}
              aria-describedby={`${id}-advice`}
            />
            <button type="button" onClick={() => generated && void copy(generated.passphrase)} disabled={!generated}>
              Copy
            </button>
            <button type="button" onClick={props.onNewPassphrase} disabled={disabled}>
              New passphrase
            </button>
          </div>
          <p role="status" className="form-status">
            {statusFor(generated?.passphrase)}
          </p>
        </div>
      )}
      <label className="export-choice">
        <input type="checkbox" checked={own} onChange={(e) => props.onOwn(e.target.checked)} disabled={disabled} />
        Use my own passphrase instead
      </label>
      {own ? (
        <div className="stack">
          {props.format === 'pdf' ? (
            <p className="hint">
              For a PDF, at most {PDF_PASSWORD_MAX_BYTES} bytes: PDF readers such as Evince and Okular accept no more. A letter with an accent counts as two.
            </p>
          ) : null}
          <PassphraseFields
            passphrase={props.ownPassphrase}
            repeat={props.ownRepeat}
            onPassphrase={props.onOwnPassphrase}
            onRepeat={props.onOwnRepeat}
            error={error}
            onClearError={props.onClearError}
            errorId={errorId}
            labels={{ passphrase: 'Your passphrase for this report', repeat: 'Repeat your passphrase' }}
            disabled={disabled}
          />
        </div>
      ) : null}
      <FormError id={errorId} error={error} />
    </fieldset>
  );
}

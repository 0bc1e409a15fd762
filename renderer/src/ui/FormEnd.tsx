// The end of a form: its error, the submit button and a status line saying what is happening or
// what was done.
import type { Ref } from 'react';
import type { ShownError } from './errors';
import { FormError } from './FormError';

interface Props {
  errorId: string;
  error: ShownError | null;
  submit: string;
  disabled: boolean;
  primary?: boolean;
  status: string;
  /** For a status that takes focus once the work is done. */
  statusRef?: Ref<HTMLParagraphElement>;
}

export function FormEnd({ errorId, error, submit, disabled, primary = false, status, statusRef }: Props) {
  return (
    <>
      <FormError id={errorId} error={error} />
      <div className="actions">
        <button type="submit" className={primary ? 'primary' : undefined} disabled={disabled}>
          {submit}
        </button>
        <p role="status" className="form-status" ref={statusRef} tabIndex={statusRef ? -1 : undefined}>
          {status}
        </p>
      </div>
    </>
  );
}

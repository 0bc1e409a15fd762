// The shape of each small form on the person page: a label, the field and its button on one row,
// then the form's error and a status line that says what was saved.
import type { FormEvent, ReactNode } from 'react';
import type { ShownError } from '../ui/errors';
import { FormError } from '../ui/FormError';

interface Props {
  /** The form's accessible name. */
  name: string;
  /** The id of the field; the error's id is `${id}-error`. */
  fieldId: string;
  label: string;
  /** Words under the label (give them the id the field points at). */
  hint?: ReactNode;
  button: string;
  action: { busy: boolean; error: ShownError | null };
  status: string;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}

export function FieldForm({ name, fieldId, label, hint, button, action, status, onSubmit, children }: Props) {
  return (
    <form className="person-form" onSubmit={onSubmit} noValidate aria-label={name}>
      <label htmlFor={fieldId}>{label}</label>
      {hint}
      <div className="person-row">
        {children}
        <button type="submit" disabled={action.busy}>
          {button}
        </button>
      </div>
      <FormError id={`${fieldId}-error`} error={action.error} />
      <p role="status" className="form-status">
        {status}
      </p>
    </form>
  );
}

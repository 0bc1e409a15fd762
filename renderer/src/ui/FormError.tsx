import type { ShownError } from './errors';

/** The live region next to a form; it is always rendered so screen readers announce new errors. */
export function FormError({ id, error }: { id: string; error: ShownError | null }) {
  return (
    <p id={id} role="alert" className="form-error">
      {error?.message}
    </p>
  );
}

/** aria attributes for a control whose field the error names (exactly, or as a parent path). */
export function invalidProps(error: ShownError | null, errorId: string, field: string) {
  const hit = error?.field !== undefined && (error.field === field || error.field.startsWith(`${field}.`));
  return hit ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
}

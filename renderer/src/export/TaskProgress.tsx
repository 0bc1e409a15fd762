/**
 * A long task while it runs: its label, announced, and an indeterminate bar. Most of the wait is
 * one key derivation or one scrypt, which cannot report how far along it is.
 */
export function TaskProgress({ label }: { label: string }) {
  return (
    <div className="export-progress">
      <p role="status" className="form-status">
        {label}
      </p>
      <progress aria-label={label} />
    </div>
  );
}

import { useCopy } from './use-copy';

export interface Saved {
  fileName: string;
  /** The generated passphrase the file opens with; null when it was the person's own. */
  passphrase: string | null;
}

/**
 * Where the report went and what opens it. The generated passphrase stays here, with its own Copy
 * button, because the passphrase field above already holds a new one for the next report.
 */
export function SavedReport({ saved }: { saved: Saved | null }) {
  const { copy, statusFor } = useCopy();
  if (!saved) return <p role="status" className="form-status ok" />;
  if (saved.passphrase === null) {
    return (
      <p role="status" className="form-status ok">
        Saved {saved.fileName}. It opens with your passphrase.
      </p>
    );
  }
  const passphrase = saved.passphrase;
  return (
    <div className="stack">
      <p role="status" className="form-status ok">
        Saved {saved.fileName}. It opens with the passphrase <span className="mono">{passphrase}</span>. The passphrase above is a new one, for the next report.
      </p>
      <div className="export-row">
        <button type="button" onClick={() => void copy(passphrase)}>
          Copy the passphrase of {saved.fileName}
        </button>
        <p role="status" className="form-status">
          {statusFor(passphrase)}
        </p>
      </div>
    </div>
  );
}

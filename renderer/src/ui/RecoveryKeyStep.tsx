import './onboarding.css';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { toShownError } from './errors';
import { recoveryKeyGroups, sameRecoveryKey } from './recovery-key';

/**
 * Shows a recovery key once, with Copy, Save as file and Print, and asks for it to be typed back
 * before the person can go on. Saving asks the main process, which asks where with the native
 * dialog: only its answer can say whether (and under which name) the file was saved.
 */
export function RecoveryKeyStep({
  recoveryKey,
  onDone,
  title = 'Your recovery key',
  doneLabel = 'Continue',
  headingLevel = 1,
  children,
}: {
  recoveryKey: string;
  onDone: () => void;
  title?: string;
  doneLabel?: string;
  /** 1 on its own screen, 2 inside Settings. */
  headingLevel?: 1 | 2;
  /** Explanation under the heading. */
  children?: ReactNode;
}) {
  const id = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const heading = useRef<HTMLHeadingElement>(null);
  const [typed, setTyped] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const matches = sameRecoveryKey(typed, recoveryKey);
  const groups = recoveryKeyGroups(recoveryKey);

  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopyStatus('Copied. Paste it somewhere safe, then clear it from your clipboard.');
    } catch {
      setCopyStatus('Copying did not work here. Select the key and copy it, or write it down.');
    }
  }

  async function saveAsFile() {
    setCopyStatus('');
    try {
      const result = await window.hearth.saveRecoveryKey({ recoveryKey });
      // A cancelled dialog saved nothing, so there is nothing to say.
      if (result.saved) setCopyStatus(`Saved as ${result.fileName}. Move it somewhere safe, away from this computer.`);
    } catch (e) {
      setCopyStatus(`Saving did not work: ${toShownError(e).message} Copy the key or write it down instead.`);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (matches) onDone();
  }

  const typedStatus = typed.trim() === '' ? 'Type the key back to continue.' : matches ? 'The key matches.' : 'This does not match the key above yet.';

  return (
    <section className="card onboarding-card recovery" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {children ?? (
        <p>
          If you ever forget your passphrase, this key is the only way back into your journal. Hearth shows it only this once: print
          it or write it down, and keep it somewhere safe, away from this computer.
        </p>
      )}
      <figure className="recovery-key print-only-target">
        <figcaption>Recovery key</figcaption>
        <code translate="no">
          {groups.map((group, i) => (
            <span key={i} className="recovery-key-group">
              {group}
              {i < groups.length - 1 ? '-' : ''}
            </span>
          ))}
        </code>
      </figure>
      <div className="actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={() => void saveAsFile()}>
          Save as file
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <p role="status" className="form-status">
          {copyStatus}
        </p>
      </div>
      <form onSubmit={submit} noValidate className="type-back">
        <label htmlFor={`${id}-typed`}>Recovery key</label>
        <p id={`${id}-typed-help`} className="hint">
          To be sure you have it, type the key here. Case, spaces and dashes do not matter.
        </p>
        <input
          id={`${id}-typed`}
          type="text"
          className="mono"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          aria-describedby={`${id}-typed-help ${id}-typed-status`}
        />
        <p id={`${id}-typed-status`} className={matches ? 'form-status ok' : 'form-status'} aria-live="polite">
          {typedStatus}
        </p>
        <button type="submit" className="primary" disabled={!matches}>
          {doneLabel}
        </button>
      </form>
    </section>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { ImportSummary, RestoreMode } from '../../../shared/exchange';
import { applyTheme } from '../ui/theme';
import { FormError, invalidProps } from '../ui/FormError';
import { useNewPassphrase } from '../ui/new-passphrase';
import { PassphraseFields } from '../ui/PassphraseFields';
import { PassphraseInput } from '../ui/PassphraseInput';
import { useAction } from '../ui/useAction';
import { validateFilePassphrase } from './file-passphrase';
import { ImportSummaryList } from './ImportSummaryList';
import { TaskProgress } from './TaskProgress';
import { useFocusOn } from './use-focus-on';
import { usePendingImport } from './use-pending-import';

/** A whole-journal backup to a file of the person's choosing, and a restore from one. */
export function BackupSection() {
  const id = useId();
  return (
    <section className="panel export-part" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Backup and restore</h2>
      <p className="hint">
        A backup is one encrypted file with your whole journal: entries, people and settings. Keep it somewhere other than this
        computer.
      </p>
      <BackupNow />
      <Restore />
    </section>
  );
}

function BackupNow() {
  const id = useId();
  const errorId = `${id}-error`;
  const [savedFile, setSavedFile] = useState<string | null>(null);
  const { busy, error, setError, run } = useAction();
  const { passphrase, checking, passes, clear, fields } = useNewPassphrase(setError, validateFilePassphrase);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || checking) return;
    setSavedFile(null);
    if (!(await passes())) return;
    void run(async () => {
      const result = await window.hearth.exportBackup({ passphrase });
      if (!result.saved) return;
      clear();
      setSavedFile(result.fileName);
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack export-subpart">
      <h3 id={`${id}-title`}>Back up now</h3>
      <p className="hint">You need this passphrase to restore the backup. It can differ from your journal&apos;s passphrase; nobody can reset it.</p>
      <PassphraseFields
        {...fields}
        error={error}
        errorId={errorId}
        labels={{ passphrase: 'Passphrase for the backup', repeat: 'Repeat the passphrase for the backup' }}
        disabled={busy}
      />
      <FormError id={errorId} error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || checking}>
          Back up now…
        </button>
        {busy ? (
          <TaskProgress label="Backing up…" />
        ) : (
          <p role="status" className="form-status ok">
            {savedFile ? `Saved ${savedFile}.` : ''}
          </p>
        )}
      </div>
    </form>
  );
}

const MODE_LABELS: Record<RestoreMode, { label: string; hint: string }> = {
  merge: { label: 'Merge', hint: 'By entry: the newer version wins. Nothing in this journal is deleted.' },
  replace: { label: 'Replace', hint: 'Replace restores into an empty journal, exactly as the backup was.' },
};

function Restore() {
  const id = useId();
  const errorId = `${id}-error`;
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [outcome, setOutcome] = useState<{ text: string } | null>(null);
  const { summary, hold } = usePendingImport();
  const { busy, error, setError, run } = useAction();
  const reviewRef = useFocusOn<HTMLHeadingElement>(summary);
  const outcomeRef = useFocusOn<HTMLParagraphElement>(outcome);
  // A wrong passphrase and a damaged file are one error: both point at the passphrase box.
  const fieldError = error?.code === 'BACKUP_UNREADABLE' ? { ...error, field: 'passphrase' } : error;

  function open(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    if (passphrase === '') {
      setError({ message: 'Enter the passphrase of the backup.', field: 'passphrase' });
      return;
    }
    void run(async () => {
      const result = await window.hearth.openImport({ format: 'backup', passphrase });
      if (!result.opened) return;
      setPassphrase('');
      setMode('merge');
      hold(result.summary);
    });
  }

  function commit(event: FormEvent, opened: ImportSummary) {
    event.preventDefault();
    if (busy) return;
    void run(async () => {
      const r = await window.hearth.commitImport({ importId: opened.importId, mode });
      hold(null);
      // Restoring into an empty journal brings the backup's settings, theme included.
      if (mode === 'replace') applyTheme((await window.hearth.getSettings()).theme);
      setOutcome({ text: `Restored: ${r.added} added, ${r.updated} updated, ${r.skipped} unchanged.` });
    });
  }

  function cancel(opened: ImportSummary) {
    void run(async () => {
      hold(null);
      setOutcome({ text: 'Nothing was restored.' });
      await window.hearth.cancelImport({ importId: opened.importId });
    });
  }

  return (
    <div className="export-subpart">
      <h3 id={`${id}-title`}>Restore from a backup</h3>
      {summary ? (
        <form onSubmit={(e) => commit(e, summary)} noValidate aria-labelledby={`${id}-review`} aria-busy={busy} className="stack">
          <h4 id={`${id}-review`} ref={reviewRef} tabIndex={-1}>
            What the backup holds
          </h4>
          <ImportSummaryList summary={summary} />
          <fieldset className="export-group">
            <legend>How to restore</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <div key={m} className="export-choice-row">
                <label className="export-choice">
                  <input
                    type="radio"
                    name={`${id}-mode`}
                    value={m}
                    checked={mode === m}
                    onChange={() => setMode(m)}
                    disabled={busy || (m === 'replace' && !summary.journalEmpty)}
                    aria-describedby={`${id}-mode-${m}`}
                  />
                  {MODE_LABELS[m].label}
                </label>
                <span id={`${id}-mode-${m}`} className="hint">
                  {MODE_LABELS[m].hint}
                  {m === 'replace' && !summary.journalEmpty ? ' This journal has entries or people, so choose Merge.' : ''}
                </span>
              </div>
            ))}
          </fieldset>
          <FormError id={errorId} error={error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              Restore
            </button>
            <button type="button" onClick={() => cancel(summary)} disabled={busy}>
              Cancel
            </button>
            {busy ? <TaskProgress label="Restoring…" /> : null}
          </div>
        </form>
      ) : (
        <form onSubmit={open} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack">
          <p className="hint">Hearth asks for the file next, and shows what it holds before anything changes.</p>
          <label htmlFor={`${id}-passphrase`}>Passphrase of the backup</label>
          <PassphraseInput
            id={`${id}-passphrase`}
            autoComplete="off"
            spellCheck={false}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            disabled={busy}
            {...invalidProps(fieldError, errorId, 'passphrase')}
          />
          <FormError id={errorId} error={error} />
          <div className="actions">
            <button type="submit" disabled={busy}>
              Restore from a backup…
            </button>
            {busy ? <TaskProgress label="Opening the backup…" /> : null}
          </div>
        </form>
      )}
      <p role="status" className="form-status ok" ref={outcomeRef} tabIndex={-1}>
        {outcome?.text ?? ''}
      </p>
    </div>
  );
}

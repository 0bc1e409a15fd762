import { useId, useState, type FormEvent } from 'react';
import type { AutoBackup, AutoBackupTrigger, Settings } from '../../../shared/domain';
import type { ShownError } from '../ui/errors';
import { FormError, invalidProps } from '../ui/FormError';
import { useNewPassphrase } from '../ui/new-passphrase';
import { PassphraseFields } from '../ui/PassphraseFields';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatInstant } from '../ui/date-locale';
import { useSettings } from '../ui/use-settings';
import { useAction } from '../ui/useAction';
import { KEEP_RANGE, parseKeep, TRIGGER_CHOICES, TRIGGER_LABELS } from './auto-backup-form';
import { validateFilePassphrase } from './file-passphrase';
import { TaskProgress } from './TaskProgress';
import { useFocusOn } from './use-focus-on';
import { LabelledOptions } from '../ui/LabelledOptions';

/** Automatic backups to a folder: turned on with their own passphrase, then kept up on lock and daily. */
export function AutoBackupSection({ focus = false }: { focus?: boolean }) {
  const id = useId();
  const { settings, setSettings, loadError } = useSettings();
  // Opened from Settings ("Automatic backups…"): start here, not at the top of the screen.
  const heading = useFocusOn<HTMLHeadingElement>(focus ? true : null);


  return (
    <section className="panel export-part" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Automatic backups
      </h2>
      {loadError ? (
        <p role="alert" className="form-error">
          {loadError}
        </p>
      ) : settings === null ? (
        <p role="status">Loading…</p>
      ) : settings.autoBackup ? (
        <AutoBackupOn config={settings.autoBackup} onSettings={setSettings} />
      ) : (
        <AutoBackupOff onSettings={setSettings} />
      )}
    </section>
  );
}

interface KeepAndWhenProps {
  id: string;
  keep: string;
  onKeep: (keep: string) => void;
  trigger: AutoBackupTrigger;
  onTrigger: (trigger: AutoBackupTrigger) => void;
  disabled: boolean;
  error: ShownError | null;
  errorId: string;
}

/** How many backups to keep and when to make them: the same two fields when turning on and when changing. */
function KeepAndWhen({ id, keep, onKeep, trigger, onTrigger, disabled, error, errorId }: KeepAndWhenProps) {
  return (
    <div className="export-row">
      <label className="export-field">
        Backups to keep
        <input
          type="number"
          min={KEEP_RANGE.min}
          max={KEEP_RANGE.max}
          step={1}
          value={keep}
          onChange={(e) => onKeep(e.target.value)}
          disabled={disabled}
          {...invalidProps(error, errorId, 'keep')}
        />
      </label>
      <label className="export-field" htmlFor={`${id}-when`}>
        When
        <select id={`${id}-when`} value={trigger} onChange={(e) => onTrigger(e.target.value as AutoBackupTrigger)} disabled={disabled}>
          <LabelledOptions values={TRIGGER_CHOICES} labels={TRIGGER_LABELS} />
        </select>
      </label>
    </div>
  );
}

function AutoBackupOff({ onSettings }: { onSettings: (s: Settings) => void }) {
  const id = useId();
  const errorId = `${id}-error`;
  const [keep, setKeep] = useState(String(KEEP_RANGE.default));
  const [trigger, setTrigger] = useState<AutoBackupTrigger>('lock-and-daily');
  const { busy, error, setError, run } = useAction();
  const { passphrase, checking, passes, fields } = useNewPassphrase(setError, validateFilePassphrase);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || checking) return;
    if (!(await passes())) return;
    const kept = parseKeep(keep);
    if (!kept.ok) {
      setError(kept.error);
      return;
    }
    void run(async () => {
      // The folder is chosen in the main process; a cancelled choice returns settings still off.
      onSettings(await window.hearth.enableAutoBackup({ passphrase, keep: kept.keep, trigger }));
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Turn on automatic backups" aria-busy={busy} className="stack">
      <p className="hint">
        Hearth writes an encrypted backup into a folder you choose (another disk, or a folder your cloud storage syncs) and keeps
        the newest ones. It keeps a key made from this passphrase inside your journal, so it can back up without asking; to restore
        one of these backups you need the passphrase itself.
      </p>
      <PassphraseFields
        {...fields}
        error={error}
        errorId={errorId}
        labels={{ passphrase: 'Passphrase for automatic backups', repeat: 'Repeat the passphrase for automatic backups' }}
        disabled={busy}
      />
      <KeepAndWhen id={id} keep={keep} onKeep={setKeep} trigger={trigger} onTrigger={setTrigger} disabled={busy} error={error} errorId={errorId} />
      <FormError id={errorId} error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || checking}>
          Choose folder and turn on…
        </button>
        {busy ? <TaskProgress label="Turning on automatic backups…" /> : null}
      </div>
    </form>
  );
}

function when(iso: string): string {
  return formatInstant(iso, 'dateTime');
}

function AutoBackupOn({ config, onSettings }: { config: AutoBackup; onSettings: (s: Settings) => void }) {
  const id = useId();
  const errorId = `${id}-error`;
  const [keep, setKeep] = useState(String(config.keep));
  const [trigger, setTrigger] = useState<AutoBackupTrigger>(config.trigger);
  const [done, setDone] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [task, setTask] = useState<'save' | 'backup' | 'off' | null>(null);
  const { busy, error, setError, run } = useAction();
  const changed = keep.trim() !== String(config.keep) || trigger !== config.trigger;

  function act(which: 'save' | 'backup' | 'off', action: () => Promise<Settings>) {
    setTask(which);
    setDone('');
    void run(async () => {
      const next = await action();
      if (which === 'save') setDone('Saved.');
      // A failed automatic backup comes back as settings with lastError, shown as an alert above.
      if (which === 'backup' && !next.autoBackup?.lastError) setDone('Backed up.');
      if (which === 'off') setConfirming(false);
      onSettings(next);
    });
  }

  function saveChanges(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const kept = parseKeep(keep);
    if (!kept.ok) {
      setError(kept.error);
      return;
    }
    act('save', () => window.hearth.updateAutoBackup({ keep: kept.keep, trigger }));
  }

  return (
    <div className="stack">
      <dl className="export-summary">
        <div>
          <dt>Folder</dt>
          <dd className="mono">{config.folder}</dd>
        </div>
        <div>
          <dt>Last backup</dt>
          <dd>{config.lastBackupAt ? <time dateTime={config.lastBackupAt}>{when(config.lastBackupAt)}</time> : 'No automatic backup yet'}</dd>
        </div>
      </dl>
      {config.lastError ? (
        <p role="alert" className="form-error">
          The last automatic backup did not work: {config.lastError}
        </p>
      ) : null}
      <form onSubmit={saveChanges} noValidate aria-label="Automatic backup settings" aria-busy={busy} className="stack">
        <KeepAndWhen
          id={id}
          keep={keep}
          onKeep={(k) => {
            setKeep(k);
            setDone('');
          }}
          trigger={trigger}
          onTrigger={(t) => {
            setTrigger(t);
            setDone('');
          }}
          disabled={busy}
          error={error}
          errorId={errorId}
        />
        <div className="actions">
          <button type="submit" disabled={busy || !changed}>
            Save changes
          </button>
          <button type="button" onClick={() => act('backup', () => window.hearth.backupNow())} disabled={busy}>
            Back up now
          </button>
          <button type="button" onClick={() => setConfirming(true)} disabled={busy}>
            Turn off
          </button>
          {busy && task === 'backup' ? (
            <TaskProgress label="Backing up…" />
          ) : (
            <p role="status" className="form-status ok">
              {done}
            </p>
          )}
        </div>
        <FormError id={errorId} error={confirming ? null : error} />
      </form>
      <ConfirmDialog
        open={confirming}
        title="Turn off automatic backups?"
        confirmLabel="Turn off"
        busy={busy}
        error={confirming ? error : null}
        onConfirm={() => act('off', () => window.hearth.disableAutoBackup())}
        onCancel={() => setConfirming(false)}
      >
        <p>Hearth stops writing backups to {config.folder}. The backups already there stay where they are.</p>
      </ConfirmDialog>
    </div>
  );
}

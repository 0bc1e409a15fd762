// Settings → Sync: one journal on several computers through a folder the person already syncs.
// Off: choose a folder (empty, or the one this journal's other computers use, or one another
// computer made for its own journal, which takes both passphrases and merges). On: how it stands, sync now, this computer's name, the other
// computers, forget one, stop syncing. Main asks for the folder with its own dialog.
import { useId, useState, type FormEvent } from 'react';
import type { SyncStatus } from '../../../shared/contract/sync';
import { deviceNameSchema } from '../../../shared/contract/sync';
import { passphraseSchema } from '../../../shared/contract/values';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatInstant } from '../ui/date-locale';
import { toShownError } from '../ui/errors';
import { FormError, invalidProps } from '../ui/FormError';
import { KnownPassphraseField } from '../ui/PassphraseInput';
import { useSyncActivity } from '../ui/sync-activity';
import { syncLine } from '../ui/sync-words';
import { useAction } from '../ui/useAction';
import { useData } from '../ui/useData';

export const SYNC_FOLDER_SENTENCE =
  'The folder holds only encrypted files: nobody without your passphrase can read them. Never put it inside Hearth’s own data folder.';

export function SyncSettings() {
  const id = useId();
  const { activity, setUps, setUpChanged } = useSyncActivity();
  const status = useData<SyncStatus>(() => window.hearth.syncStatus(), [activity.syncing, activity.last?.at, setUps], { refetchOnJournalChange: true });
  const current = status.value;
  const changed = async () => {
    setUpChanged();
    await status.reload();
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sync</h2>
      <p id={`${id}-about`}>
        Keep this journal on several of your computers through a folder a sync tool you already use (Syncthing, Dropbox, iCloud Drive, a USB
        stick…) shares between them. {SYNC_FOLDER_SENTENCE}
      </p>
      {current === null ? (
        status.error ? (
          <p role="alert" className="form-error">
            {status.error.message}
          </p>
        ) : (
          <p role="status">Loading…</p>
        )
      ) : current.folder === null ? (
        <SyncSetUp onDone={changed} />
      ) : (
        <SyncOn status={current} onChange={changed} line={syncLine(current, activity, new Date()) ?? ''} skipped={activity.last?.ok ? activity.last.round.skipped : []} />
      )}
    </section>
  );
}

function SyncSetUp({ onDone }: { onDone: () => Promise<void> }) {
  const id = useId();
  const [mode, setMode] = useState<'new' | 'other'>('new');
  const [own, setOwn] = useState('');
  const [theirs, setTheirs] = useState('');
  const action = useAction();
  const errorId = `${id}-error`;

  function choose(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    if (mode === 'other') {
      const missing = !passphraseSchema.safeParse(own).success ? 'ownPassphrase' : !passphraseSchema.safeParse(theirs).success ? 'passphrase' : null;
      if (missing !== null) {
        action.setError({ message: missing === 'ownPassphrase' ? 'Enter this journal’s passphrase.' : 'Enter the passphrase of the journal in that folder.', field: missing });
        return;
      }
    }
    void action.run(async () => {
      try {
        const result = mode === 'new' ? await window.hearth.setUpSync() : await window.hearth.adoptSyncFolder({ ownPassphrase: own, passphrase: theirs });
        if (!result.opened) return;
        setOwn('');
        setTheirs('');
        await onDone();
      } catch (e) {
        const shown = toShownError(e);
        if (shown.code !== 'SYNC_OTHER_JOURNAL') throw e;
        setMode('other');
        throw new Error('That folder holds the journal of another computer. To merge this journal into it, enter both passphrases and choose the folder again.');
      }
    });
  }

  return (
    <form onSubmit={choose} noValidate aria-busy={action.busy}>
      <fieldset className="setting">
        <legend>Which folder?</legend>
        <div className="choices">
          <label className="choice">
            <input type="radio" name={`${id}-mode`} value="new" checked={mode === 'new'} onChange={() => setMode('new')} />
            An empty folder, or the one this journal already syncs through
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-mode`} value="other" checked={mode === 'other'} onChange={() => setMode('other')} />
            A folder another computer made for its own journal
          </label>
        </div>
      </fieldset>
      {mode === 'other' ? (
        <div className="setting">
          <KnownPassphraseField id={`${id}-own`} label="This journal’s passphrase" value={own} onChange={setOwn} error={action.error} errorId={errorId} field="ownPassphrase" />
          <KnownPassphraseField
            id={`${id}-theirs`}
            label="Passphrase of the journal in that folder"
            value={theirs}
            onChange={setTheirs}
            error={action.error}
            errorId={errorId}
            field="passphrase"
            aria-describedby={`${id}-merge`}
          />
          <p id={`${id}-merge`} className="hint">
            Hearth merges this journal into the one in the folder. Afterwards the folder journal’s passphrase (and its recovery key) unlock this
            journal, here too; this journal’s passphrase and recovery key no longer do.
          </p>
        </div>
      ) : null}
      <FormError id={errorId} error={action.error} />
      <div className="setting-row">
        <button type="submit" disabled={action.busy}>
          Choose the folder…
        </button>
        <span role="status">{action.busy ? (mode === 'new' ? 'Setting up sync…' : 'Merging this journal into the folder’s…') : ''}</span>
      </div>
    </form>
  );
}

interface OnProps {
  status: SyncStatus;
  onChange: () => Promise<void>;
  line: string;
  skipped: Array<{ file: string; reason: string }>;
}

function SyncOn({ status, onChange, line, skipped }: OnProps) {
  const id = useId();
  const now = useAction();
  const [confirm, setConfirm] = useState<{ kind: 'forget'; id: string; name: string } | { kind: 'leave' } | null>(null);
  const confirmAction = useAction();

  function confirmed() {
    const what = confirm;
    if (what === null) return;
    void confirmAction.run(async () => {
      if (what.kind === 'forget') await window.hearth.forgetSyncDevice({ id: what.id });
      else await window.hearth.leaveSync();
      setConfirm(null);
      await onChange();
    });
  }

  return (
    <>
      <dl className="sync-facts">
        <dt>Folder</dt>
        <dd>
          <code>{status.folder}</code>
        </dd>
        <dt>Now</dt>
        <dd>{line}</dd>
        {status.unpublished > 0 ? (
          <>
            <dt>Not yet in the folder</dt>
            <dd>{status.unpublished === 1 ? '1 change' : `${status.unpublished} changes`}</dd>
          </>
        ) : null}
      </dl>
      <div className="setting-row">
        <button type="button" disabled={now.busy} onClick={() => void now.run(async () => void (await window.hearth.syncNow()))}>
          {now.busy ? 'Syncing…' : 'Sync now'}
        </button>
      </div>
      <FormError id={`${id}-now-error`} error={now.error} />
      {skipped.length > 0 ? (
        <>
          <h3>Files not applied</h3>
          <ul className="sync-skipped">
            {skipped.map((s) => (
              <li key={s.file}>
                <code>{s.file}</code>: {s.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <DeviceName name={status.device?.name ?? ''} onSaved={onChange} />
      <h3 id={`${id}-devices`}>Your other computers</h3>
      {status.devices.length === 0 ? (
        <p>No other computer syncs this folder yet. On the other computer, choose this folder in Settings → Sync, or “Join a journal from a sync folder” when it has no journal yet.</p>
      ) : (
        <table className="sync-devices" aria-labelledby={`${id}-devices`}>
          <thead>
            <tr>
              <th scope="col">Computer</th>
              <th scope="col">Last seen</th>
              <th scope="col">Forget</th>
            </tr>
          </thead>
          <tbody>
            {status.devices.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{d.lastSeenAt === null ? 'Not yet' : formatInstant(d.lastSeenAt, 'dateTime')}</td>
                <td>
                  <button type="button" aria-label={`Forget ${d.name}`} onClick={() => setConfirm({ kind: 'forget', id: d.id, name: d.name })}>
                    Forget…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="setting-row">
        <button type="button" onClick={() => setConfirm({ kind: 'leave' })}>
          Stop syncing…
        </button>
      </div>
      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.kind === 'forget' ? `Forget ${confirm.name}?` : 'Stop syncing on this computer?'}
        confirmLabel={confirm?.kind === 'forget' ? 'Forget' : 'Stop syncing'}
        busy={confirmAction.busy}
        error={confirmAction.error}
        onConfirm={confirmed}
        onCancel={() => {
          confirmAction.setError(null);
          setConfirm(null);
        }}
      >
        {confirm?.kind === 'forget' ? (
          <p>
            This computer stops waiting for {confirm.name}’s changes, so the folder can be tidied without them. What it already sent stays in
            this journal. If it syncs again later, it comes back.
          </p>
        ) : (
          <p>
            This journal stays on this computer as it is, and the folder keeps its files. Changes made here from now on stay here, and changes
            from your other computers no longer arrive.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

function DeviceName({ name, onSaved }: { name: string; onSaved: () => Promise<void> }) {
  const id = useId();
  const [value, setValue] = useState(name);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = deviceNameSchema.safeParse(value);
    if (!parsed.success) {
      action.setError({ message: parsed.error.issues[0]?.message ?? 'That name is not valid.', field: 'name' });
      return;
    }
    setSaved(false);
    void action.run(async () => {
      await window.hearth.renameSyncDevice({ name: parsed.data });
      setSaved(true);
      await onSaved();
    });
  }

  return (
    <form className="setting" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-name`}>Name of this computer</label>
      <div className="setting-row">
        <input
          id={`${id}-name`}
          value={value}
          maxLength={60}
          onChange={(e) => {
            setSaved(false);
            setValue(e.target.value);
          }}
          aria-describedby={`${id}-hint`}
          {...invalidProps(action.error, `${id}-error`, 'name')}
        />
        <button type="submit" disabled={action.busy}>
          Rename
        </button>
        <span role="status" className="saved">
          {saved ? 'Saved' : ''}
        </span>
      </div>
      <p id={`${id}-hint`} className="hint">
        Your other computers show this name, as in “3 changes from {value.trim() || 'Laptop'}”.
      </p>
      <FormError id={`${id}-error`} error={action.error} />
    </form>
  );
}

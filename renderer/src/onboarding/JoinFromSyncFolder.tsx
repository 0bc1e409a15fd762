import '../ui/onboarding.css';
import { useId, useState, type FormEvent } from 'react';
import { passphraseSchema } from '../../../shared/contract/values';
import { FormEnd } from '../ui/FormEnd';
import { KnownPassphraseField } from '../ui/PassphraseInput';
import { useAction } from '../ui/useAction';

/**
 * First run on a second computer: the passphrase of the journal another computer keeps in a sync
 * folder, then the folder (main's dialog). Hearth builds this computer's journal from it and opens it.
 */
export function JoinFromSyncFolder({ onJoined, onBack }: { onJoined: () => void; onBack: () => void }) {
  const { busy, error, setError, run } = useAction();
  const [passphrase, setPassphrase] = useState('');
  const [stage, setStage] = useState<'idle' | 'joining' | 'opening'>('idle');
  const id = useId();
  const errorId = `${id}-error`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!passphraseSchema.safeParse(passphrase).success) {
      setError({ message: 'Enter the passphrase of the journal in the sync folder.', field: 'passphrase' });
      return;
    }
    void run(async () => {
      setStage('joining');
      try {
        const joined = await window.hearth.joinSyncFolder({ passphrase });
        if (!joined.opened) return;
        setStage('opening');
        await window.hearth.unlock({ passphrase });
        onJoined();
      } finally {
        setStage('idle');
      }
    });
  }

  const status = stage === 'joining' ? 'Reading the sync folder and building this computer’s journal…' : stage === 'opening' ? 'Opening the journal…' : '';
  return (
    <form className="card onboarding-card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h1 id={`${id}-title`}>Join a journal from a sync folder</h1>
      <p>
        If Hearth already keeps your journal on another computer in a folder your sync tool shares (Syncthing, Dropbox, iCloud Drive…), this
        computer can join it. Enter that journal’s passphrase, then choose the folder. The folder holds only encrypted files.
      </p>
      <KnownPassphraseField
        id={`${id}-passphrase`}
        label="Passphrase of the journal in the sync folder"
        value={passphrase}
        onChange={setPassphrase}
        error={error}
        errorId={errorId}
        field="passphrase"
        autoFocus
      />
      <FormEnd errorId={errorId} error={error} submit="Choose the sync folder…" disabled={busy} primary status={status} />
      <p>
        <button type="button" className="link-button" onClick={onBack} disabled={busy}>
          Create a new journal instead
        </button>
      </p>
    </form>
  );
}

/** Beside "Create your journal": the way to the form above. */
export function JoinOffer({ onJoin }: { onJoin: () => void }) {
  const id = useId();
  return (
    <section className="card onboarding-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Already use Hearth on another computer?</h2>
      <p>Join the journal it keeps in a sync folder, instead of starting a new one.</p>
      <button type="button" onClick={onJoin}>
        Join a journal from a sync folder
      </button>
    </section>
  );
}

// Changing the journal's passphrase, and at the same time, if asked, the key it is encrypted with.
import { useId, useState, type FormEvent } from 'react';
import { FormEnd } from '../ui/FormEnd';
import { useNewPassphrase } from '../ui/new-passphrase';
import { PassphraseFields } from '../ui/PassphraseFields';
import { KnownPassphraseField } from '../ui/PassphraseInput';
import { useAction } from '../ui/useAction';
import { NewKeyShown } from './NewKeyShown';

export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [rotate, setRotate] = useState(false);
  const [key, setKey] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction();
  const { passphrase, checking, passes, clear, fields } = useNewPassphrase(setError);
  const id = useId();
  const errorId = `${id}-error`;
  const fieldError =
    error?.code === 'WRONG_PASSPHRASE' || error?.field === 'oldPassphrase'
      ? { ...error, field: 'current' }
      : error?.field === 'newPassphrase'
        ? { ...error, field: 'passphrase' }
        : error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || checking) return;
    setDone(false);
    if (current === '') {
      setError({ message: 'Enter your current passphrase.', field: 'current' });
      return;
    }
    if (!(await passes())) return;
    void run(async () => {
      const result = await window.hearth.changePassphrase({ oldPassphrase: current, newPassphrase: passphrase, rotateKey: rotate });
      setCurrent('');
      clear();
      setRotate(false);
      if (result.recoveryKey === null) setDone(true);
      else setKey(result.recoveryKey);
    });
  }

  if (key) {
    return (
      <NewKeyShown
        recoveryKey={key}
        onDone={() => {
          setKey(null);
          setDone(true);
        }}
      >
        <p>
          Your passphrase is changed and the journal is re-encrypted with a new key, so your old recovery key no longer works. Hearth shows this one only
          now: print it or write it down, and keep it somewhere safe.
        </p>
      </NewKeyShown>
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Change passphrase</h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack">
        <KnownPassphraseField
          id={`${id}-current`}
          label="Current passphrase"
          toggleLabel="Show current passphrase"
          value={current}
          onChange={setCurrent}
          error={fieldError}
          errorId={errorId}
          field="current"
        />
        <PassphraseFields
          {...fields}
          error={fieldError}
          errorId={errorId}
          labels={{ passphrase: 'New passphrase', repeat: 'Repeat new passphrase' }}
        />
        <label>
          <input type="checkbox" checked={rotate} onChange={(e) => setRotate(e.target.checked)} aria-describedby={`${id}-rotate-hint`} /> Also re-encrypt the
          journal with a new key
        </label>
        <p id={`${id}-rotate-hint`} className="hint">
          Then an old copy of the journal file and the old passphrase open nothing you write from now on. You get a new recovery key, and the old one stops
          working.
        </p>
        <FormEnd
          errorId={errorId}
          error={error}
          submit="Change passphrase"
          disabled={busy || checking}
          primary
          status={busy ? 'Changing your passphrase…' : done ? 'Saved. Use your new passphrase from now on.' : ''}
        />
      </form>
    </section>
  );
}

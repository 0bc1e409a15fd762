// A new recovery key for a lost or seen one: the old key stops working.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormEnd } from '../ui/FormEnd';
import { KnownPassphraseField } from '../ui/PassphraseInput';
import { useAction } from '../ui/useAction';
import { NewKeyShown } from './NewKeyShown';

export function NewRecoveryKey() {
  const [passphrase, setPassphrase] = useState('');
  const [key, setKey] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction();
  const id = useId();
  const errorId = `${id}-error`;
  const doneRef = useRef<HTMLParagraphElement>(null);
  const fieldError = error?.code === 'WRONG_PASSPHRASE' || error?.code === 'INVALID_INPUT' ? { ...error, field: 'passphrase' } : error;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    if (passphrase === '') {
      setError({ message: 'Enter your passphrase.', field: 'passphrase' });
      return;
    }
    void run(async () => {
      const result = await window.hearth.newRecoveryKey({ passphrase });
      setPassphrase('');
      setKey(result.recoveryKey);
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
        <p>Your old recovery key no longer works. Hearth shows this one only now: print it or write it down, and keep it somewhere safe.</p>
      </NewKeyShown>
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Recovery key</h2>
      <p>A new recovery key replaces the old one, which stops working. Do this if you lost the old key or think someone saw it.</p>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack">
        <KnownPassphraseField
          id={`${id}-passphrase`}
          label="Your passphrase"
          value={passphrase}
          onChange={setPassphrase}
          error={fieldError}
          errorId={errorId}
          field="passphrase"
        />
        <FormEnd
          errorId={errorId}
          error={error}
          submit="Create a new recovery key"
          disabled={busy}
          status={busy ? 'Creating a new recovery key…' : done ? 'Saved. Your new recovery key is now the one that works.' : ''}
          statusRef={doneRef}
        />
      </form>
    </section>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { FormError, invalidProps } from '../FormError';
import { useAction } from '../useAction';

export function CreateJournal({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, error, setError, run } = useAction();
  const id = useId();
  const errorId = `${id}-error`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase !== repeat) {
      setError({ message: 'The two passphrases are not the same.', field: 'repeat' });
      return;
    }
    void run(async () => {
      const { recoveryKey } = await window.hearth.create({ passphrase });
      onCreated(recoveryKey);
    });
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h1 id={`${id}-title`}>Create your journal</h1>
      <p>Choose a passphrase. It encrypts everything you write; Hearth cannot recover it for you.</p>
      <label htmlFor={`${id}-passphrase`}>Passphrase</label>
      <input
        id={`${id}-passphrase`}
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        {...invalidProps(error, errorId, 'passphrase')}
      />
      <label htmlFor={`${id}-repeat`}>Repeat passphrase</label>
      <input
        id={`${id}-repeat`}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        {...invalidProps(error, errorId, 'repeat')}
      />
      <FormError id={errorId} error={error} />
      <button type="submit" disabled={busy}>
        Create journal
      </button>
    </form>
  );
}

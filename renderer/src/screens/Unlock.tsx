import { useId, useState, type FormEvent } from 'react';
import { FormError, invalidProps } from '../FormError';
import { useAction } from '../useAction';

export function Unlock({ onUnlocked }: { onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useAction();
  const id = useId();
  const errorId = `${id}-error`;
  // A wrong passphrase names no field, but it is this field that is wrong.
  const fieldError = error?.code === 'WRONG_PASSPHRASE' ? { ...error, field: 'passphrase' } : error;

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await window.hearth.unlock({ passphrase });
      onUnlocked();
    });
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h1 id={`${id}-title`}>Hearth is locked</h1>
      <label htmlFor={`${id}-passphrase`}>Passphrase</label>
      <input
        id={`${id}-passphrase`}
        type="password"
        autoComplete="current-password"
        required
        autoFocus
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        {...invalidProps(fieldError, errorId, 'passphrase')}
      />
      <FormError id={errorId} error={error} />
      <button type="submit" disabled={busy}>
        Unlock
      </button>
    </form>
  );
}

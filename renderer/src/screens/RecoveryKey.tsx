import { useId } from 'react';

/** Shown once, right after the journal is created: the only moment the recovery key is visible. */
export function RecoveryKey({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Your recovery key</h1>
      <p>
        Write this key down and keep it somewhere safe. It opens your journal if you forget your passphrase. Hearth shows it
        only this once.
      </p>
      <figure className="recovery-key">
        <figcaption>Recovery key</figcaption>
        <code>{recoveryKey}</code>
      </figure>
      <button type="button" onClick={onContinue} autoFocus>
        Continue
      </button>
    </section>
  );
}

import '../ui/onboarding.css';
import { useId, type FormEvent } from 'react';
import { FormEnd } from '../ui/FormEnd';
import { useAction } from '../ui/useAction';
import { useNewPassphrase } from '../ui/new-passphrase';
import { PassphraseFields } from '../ui/PassphraseFields';

/** First run: choose the passphrase (with a strength gate) and create the vault. */
export function CreateJournal({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const { busy, error, setError, run } = useAction();
  const { passphrase, checking, passes, fields } = useNewPassphrase(setError);
  const id = useId();
  const errorId = `${id}-error`;


  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || checking) return;
    if (!(await passes())) return;
    void run(async () => {
      const { recoveryKey } = await window.hearth.create({ passphrase });
      onCreated(recoveryKey);
    });
  }

  return (
    <form className="card onboarding-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h1 id={`${id}-title`}>Create your journal</h1>
      <p>
        Everything you write in Hearth (entries, notes, people and settings) is encrypted on this computer with a passphrase only you
        know. Nobody, including the people who make Hearth, can reset that passphrase or read your journal without it or the recovery
        key you get next.
      </p>
      <PassphraseFields
        {...fields}
        error={error}
        errorId={errorId}
        autoFocus
      />
      <FormEnd
        errorId={errorId}
        error={error}
        submit="Create journal"
        disabled={busy || checking}
        primary
        status={busy ? 'Creating your journal…' : ''}
      />
    </form>
  );
}

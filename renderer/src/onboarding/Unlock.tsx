import '../ui/onboarding.css';
import { useId, useState, type FormEvent } from 'react';
import { invalidProps } from '../ui/FormError';
import { FormEnd } from '../ui/FormEnd';
import { useAction } from '../ui/useAction';
import { useNewPassphrase } from '../ui/new-passphrase';
import { PassphraseFields } from '../ui/PassphraseFields';
import { RecoverReadable } from './RecoverReadable';
import { KnownPassphraseField } from '../ui/PassphraseInput';

/** The locked screen: the passphrase, or the recovery key and a new passphrase. */
export function Unlock({ onUnlocked, notice }: { onUnlocked: () => void; notice?: string }) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  return mode === 'passphrase' ? (
    <PassphraseUnlock onUnlocked={onUnlocked} onUseRecoveryKey={() => setMode('recovery')} notice={notice} />
  ) : (
    <RecoveryUnlock onUnlocked={onUnlocked} onBack={() => setMode('passphrase')} />
  );
}

function PassphraseUnlock({ onUnlocked, onUseRecoveryKey, notice }: { onUnlocked: () => void; onUseRecoveryKey: () => void; notice?: string }) {
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useAction();
  const id = useId();
  const errorId = `${id}-error`;
  // A wrong passphrase names no field, but it is this field that is wrong.
  const fieldError = error?.code === 'WRONG_PASSPHRASE' || error?.code === 'INVALID_INPUT' ? { ...error, field: 'passphrase' } : error;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    void run(async () => {
      await window.hearth.unlock({ passphrase });
      onUnlocked();
    });
  }

  return (
    <div className="card onboarding-card">
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack">
        <h1 id={`${id}-title`}>Hearth is locked</h1>
        {notice ? <p className="notice">{notice}</p> : null}
        <KnownPassphraseField
          id={`${id}-passphrase`}
          label="Passphrase"
          required
          autoFocus
          value={passphrase}
          onChange={setPassphrase}
          error={fieldError}
          errorId={errorId}
          field="passphrase"
        />
        <FormEnd errorId={errorId} error={error} submit="Unlock" disabled={busy} primary status={busy ? 'Unlocking…' : ''} />
      </form>
      {/* The journal's file is damaged (not a wrong passphrase): offer to copy out what can be read. */}
      {error?.code === 'CORRUPT_RECORD' ? <RecoverReadable passphrase={passphrase} /> : null}
      <p className="aside">
        Forgot your passphrase?{' '}
        <button type="button" className="link-button" onClick={onUseRecoveryKey}>
          Use recovery key
        </button>
      </p>
    </div>
  );
}

function RecoveryUnlock({ onUnlocked, onBack }: { onUnlocked: () => void; onBack: () => void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const { busy, error, setError, run } = useAction();
  const { passphrase, checking, passes, fields } = useNewPassphrase(setError);
  const id = useId();
  const errorId = `${id}-error`;
  const fieldError =
    error?.code === 'WRONG_RECOVERY_KEY'
      ? { ...error, field: 'recoveryKey' }
      : error?.field === 'newPassphrase'
        ? { ...error, field: 'passphrase' }
        : error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || checking) return;
    if (recoveryKey.trim() === '') {
      setError({ message: 'Type the recovery key you saved when you created the journal.', field: 'recoveryKey' });
      return;
    }
    if (!(await passes())) return;
    void run(async () => {
      await window.hearth.unlockWithRecoveryKey({ recoveryKey, newPassphrase: passphrase });
      onUnlocked();
    });
  }

  return (
    <div className="card onboarding-card">
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="stack">
        <h1 id={`${id}-title`}>Open with your recovery key</h1>
        <p>Type the recovery key you saved when you created the journal, then choose a new passphrase. Your entries stay as they are.</p>
        <label htmlFor={`${id}-key`}>Recovery key</label>
        <input
          id={`${id}-key`}
          type="text"
          className="mono"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          value={recoveryKey}
          onChange={(e) => setRecoveryKey(e.target.value)}
          {...invalidProps(fieldError, errorId, 'recoveryKey')}
        />
        <PassphraseFields
          {...fields}
          error={fieldError}
          errorId={errorId}
          labels={{ passphrase: 'Passphrase', repeat: 'Repeat passphrase' }}
        />
        <FormEnd
          errorId={errorId}
          error={error}
          submit="Set new passphrase and unlock"
          disabled={busy || checking}
          primary
          status={busy ? 'Unlocking…' : ''}
        />
      </form>
      <p className="aside">
        <button type="button" className="link-button" onClick={onBack}>
          Back to passphrase
        </button>
      </p>
    </div>
  );
}

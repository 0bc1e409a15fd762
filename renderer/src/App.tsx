import { useCallback, useEffect, useState } from 'react';
import { toShownError } from './errors';
import { CreateJournal } from './screens/CreateJournal';
import { Journal } from './screens/Journal';
import { RecoveryKey } from './screens/RecoveryKey';
import { Unlock } from './screens/Unlock';

type Screen =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'create' }
  | { kind: 'recovery'; recoveryKey: string }
  | { kind: 'locked' }
  | { kind: 'unlocked' };

async function currentScreen(): Promise<Screen> {
  try {
    const status = await window.hearth.status();
    if (!status.exists) return { kind: 'create' };
    return status.unlocked ? { kind: 'unlocked' } : { kind: 'locked' };
  } catch (e) {
    return { kind: 'failed', message: toShownError(e).message };
  }
}

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const refresh = useCallback(() => {
    void currentScreen().then(setScreen);
  }, []);

  useEffect(refresh, [refresh]);

  // A lock from outside (idle, suspend, screen lock) drops everything shown from the journal.
  useEffect(
    () =>
      window.hearth.onEvent((event) => {
        if (event.type === 'locked') setScreen((s) => (s.kind === 'unlocked' || s.kind === 'recovery' ? { kind: 'locked' } : s));
      }),
    [],
  );

  return <main className="app">{render(screen)}</main>;

  function render(s: Screen) {
    switch (s.kind) {
      case 'loading':
        return <p role="status">Opening Hearth…</p>;
      case 'failed':
        return (
          <p role="alert" className="form-error">
            {s.message}
          </p>
        );
      case 'create':
        return <CreateJournal onCreated={(recoveryKey) => setScreen({ kind: 'recovery', recoveryKey })} />;
      case 'recovery':
        return <RecoveryKey recoveryKey={s.recoveryKey} onContinue={refresh} />;
      case 'locked':
        return <Unlock onUnlocked={() => setScreen({ kind: 'unlocked' })} />;
      case 'unlocked':
        return <Journal onLocked={() => setScreen({ kind: 'locked' })} />;
    }
  }
}

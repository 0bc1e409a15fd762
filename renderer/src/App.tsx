import { useCallback, useEffect, useState } from 'react';
import { clearSearchFocusRequest } from './ui/focus-search';
import { keepDraft } from './entry/draft-keeper';
import { JournalChangesProvider } from './ui/journal-changes';
import { NavigationProvider } from './app/navigation';
import { NewEntryRequests, requestNewEntry } from './app/new-entry-request';
import { Shell } from './shell/Shell';
import { toShownError } from './ui/errors';
import { CreateJournal } from './onboarding/CreateJournal';
import { RecoveryKeyStep } from './ui/RecoveryKeyStep';
import { Unlock } from './onboarding/Unlock';
import { HelplineFromMenu } from './ui/HelplineDialog';
import { JoinFromSyncFolder, JoinOffer } from './onboarding/JoinFromSyncFolder';
import { SyncActivityProvider } from './ui/sync-activity';
import type { LockReason } from '../../shared/api';

/** What the unlock screen says after a lock nobody asked for here. */
const LOCK_NOTICES: Partial<Record<LockReason, string>> = {
  idle: 'Hearth locked itself after a while without use.',
  'key-changed': 'Another Hearth window or the command line gave this journal a new passphrase or key. Unlock it again with the new one.',
};

type Screen =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'create' }
  | { kind: 'join' }
  | { kind: 'recovery'; recoveryKey: string }
  | { kind: 'locked'; notice?: string }
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

/**
 * The top of the renderer: first run, recovery key, locked, or the unlocked app. Locking replaces
 * the unlocked tree with the unlock screen, so every decrypted thing the renderer held is dropped.
 */
export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const refresh = useCallback(() => {
    void currentScreen().then(setScreen);
  }, []);

  useEffect(refresh, [refresh]);

  const dropToLocked = useCallback((notice?: string) => {
    clearSearchFocusRequest();
    setScreen((s) => (s.kind === 'unlocked' || s.kind === 'recovery' ? { kind: 'locked', notice } : s));
  }, []);

  // A lock from outside (idle, suspend, screen lock) is announced first: the entry being written
  // is saved as the vault's draft, then the main process is told it may lock. Once locked,
  // everything shown from the journal is dropped.
  useEffect(
    () =>
      window.hearth.onEvent((event) => {
        if (event.type === 'will-lock') {
          void (keepDraft() ?? Promise.resolve(false)).then(() => window.hearth.readyToLock().catch(() => undefined));
        } else if (event.type === 'locked') {
          dropToLocked(LOCK_NOTICES[event.reason]);
        } else if (event.type === 'open-new-entry') {
          requestNewEntry();
        }
      }),
    [dropToLocked],
  );

  const lock = useCallback(() => {
    // Drop the screen first, then lock the service; a failure is shown on the unlock screen.
    dropToLocked();
    window.hearth.lock().catch((e: unknown) => {
      setScreen({ kind: 'locked', notice: `Hearth could not lock the journal: ${toShownError(e).message}` });
    });
  }, [dropToLocked]);

  return (
    <SyncActivityProvider>
      {render(screen)}
      <HelplineFromMenu />
    </SyncActivityProvider>
  );

  function render(s: Screen) {
    switch (s.kind) {
      case 'loading':
        return (
          <main className="app onboarding">
            <p role="status">Opening Hearth…</p>
          </main>
        );
      case 'failed':
        return (
          <main className="app onboarding">
            <div className="card onboarding-card">
              <h1>Hearth could not open</h1>
              <p role="alert" className="form-error">
                {s.message}
              </p>
              <button type="button" onClick={refresh}>
                Try again
              </button>
            </div>
          </main>
        );
      case 'create':
        return (
          <main className="app onboarding">
            <CreateJournal onCreated={(recoveryKey) => setScreen({ kind: 'recovery', recoveryKey })} />
            <JoinOffer onJoin={() => setScreen({ kind: 'join' })} />
          </main>
        );
      case 'join':
        return (
          <main className="app onboarding">
            <JoinFromSyncFolder onJoined={() => setScreen({ kind: 'unlocked' })} onBack={() => setScreen({ kind: 'create' })} />
          </main>
        );
      case 'recovery':
        return (
          <main className="app onboarding">
            <RecoveryKeyStep recoveryKey={s.recoveryKey} onDone={refresh} />
          </main>
        );
      case 'locked':
        return (
          <main className="app onboarding">
            <Unlock onUnlocked={() => setScreen({ kind: 'unlocked' })} notice={s.notice} />
          </main>
        );
      case 'unlocked':
        return (
          <NavigationProvider>
            <JournalChangesProvider>
              <NewEntryRequests />
              <Shell onLock={lock} />
            </JournalChangesProvider>
          </NavigationProvider>
        );
    }
  }
}

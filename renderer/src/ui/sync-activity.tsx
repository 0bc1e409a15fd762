// What the desktop app's sync scheduler is doing, as its `sync` events say: one subscription for
// the whole window, from its start, so a round that began at unlock is already known. Settings →
// Sync also says when it changed the set-up, so the status line reads it again.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IDLE_SYNC, type SyncActivity } from '../../../shared/contract/sync';

interface SyncContext {
  activity: SyncActivity;
  /** Moves whenever sync was set up, left or changed here: put it in a fetch's deps. */
  setUps: number;
  setUpChanged: () => void;
}

const Context = createContext<SyncContext>({ activity: IDLE_SYNC, setUps: 0, setUpChanged: () => undefined });

export function SyncActivityProvider({ children }: { children: ReactNode }) {
  const [activity, setActivity] = useState<SyncActivity>(IDLE_SYNC);
  const [setUps, setSetUps] = useState(0);
  useEffect(
    () =>
      window.hearth.onEvent((event) => {
        if (event.type === 'sync') setActivity(event.activity);
        else if (event.type === 'locked') setActivity(IDLE_SYNC);
      }),
    [],
  );
  const setUpChanged = useCallback(() => setSetUps((n) => n + 1), []);
  const value = useMemo(() => ({ activity, setUps, setUpChanged }), [activity, setUps, setUpChanged]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSyncActivity(): SyncContext {
  return useContext(Context);
}

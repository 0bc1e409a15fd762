// A reminder or the tray asked for a new entry ('open-new-entry' from the main process). The request
// waits while the journal is locked and is answered once the unlocked app is there.
import { useEffect } from 'react';
import { useNavigation } from './navigation';

let pending = false;
const listeners = new Set<() => void>();

export function requestNewEntry(): void {
  pending = true;
  for (const listener of listeners) listener();
}

/** Inside the unlocked app: opens the new-entry form for each request, including one made while locked. */
export function NewEntryRequests(): null {
  const { navigate } = useNavigation();
  useEffect(() => {
    const take = () => {
      if (!pending) return;
      pending = false;
      navigate({ name: 'entry' });
    };
    take();
    listeners.add(take);
    return () => {
      listeners.delete(take);
    };
  }, [navigate]);
  return null;
}

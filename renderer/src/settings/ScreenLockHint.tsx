// What locks the journal besides the timer. On Linux, Hearth notices the screen locking only
// through the screen locker's D-Bus signal; where there is none, this says so instead of promising it.
import { useData } from '../ui/useData';

export function ScreenLockHint({ id }: { id: string }) {
  const status = useData(() => window.hearth.status(), []);
  return (
    <p id={id} className="hint">
      {status.value?.screenLockUnwatched
        ? 'Hearth also locks when the computer sleeps. It cannot tell when the screen locks on this computer (there is no screen-lock signal on D-Bus), so locking the screen does not lock Hearth: choose a short time above.'
        : 'Hearth also locks when the computer sleeps or the screen locks.'}
    </p>
  );
}

// Navigation between screens, with a guard a screen can set while it holds unsaved text: leaving
// asks first, so nothing typed is lost by accident.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Route } from './routes';

interface Navigation {
  route: Route;
  /** Go to a screen; returns false when the person chose to stay on a guarded screen. */
  navigate: (route: Route) => boolean;
  /**
   * Set (or clear with null) the question asked before leaving the current screen; `onLeave` runs
   * when the person answers yes and leaves.
   */
  setLeaveGuard: (question: string | null, onLeave?: () => void) => void;
}

interface Guard {
  question: string;
  onLeave: (() => void) | undefined;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children, confirm = (q) => window.confirm(q) }: { children: ReactNode; confirm?: (question: string) => boolean }) {
  const [route, setRoute] = useState<Route>({ name: 'journal' });
  const guard = useRef<Guard | null>(null);
  const navigate = useCallback(
    (next: Route) => {
      const left = guard.current;
      if (left !== null && !confirm(left.question)) return false;
      guard.current = null;
      left?.onLeave?.();
      setRoute(next);
      return true;
    },
    [confirm],
  );
  const setLeaveGuard = useCallback((question: string | null, onLeave?: () => void) => {
    guard.current = question === null ? null : { question, onLeave };
  }, []);
  const value = useMemo(() => ({ route, navigate, setLeaveGuard }), [route, navigate, setLeaveGuard]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}

/** While `question` is non-null, leaving the screen (or closing the window) asks first. */
export function useLeaveGuard(question: string | null, onLeave?: () => void): void {
  const { setLeaveGuard } = useNavigation();
  const leave = useRef(onLeave);
  useEffect(() => {
    leave.current = onLeave;
  });
  useEffect(() => {
    setLeaveGuard(question, () => leave.current?.());
    if (question === null) return undefined;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      setLeaveGuard(null);
    };
  }, [question, setLeaveGuard]);
}

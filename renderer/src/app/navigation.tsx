// Navigation between screens, with a guard a screen can set while it holds unsaved text: leaving
// asks first, so nothing typed is lost by accident.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Route } from './routes';

interface Navigation {
  route: Route;
  /** Go to a screen; returns false when the person chose to stay on a guarded screen. */
  navigate: (route: Route) => boolean;
  /** Set (or clear with null) the question asked before leaving the current screen. */
  setLeaveGuard: (question: string | null) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children, confirm = (q) => window.confirm(q) }: { children: ReactNode; confirm?: (question: string) => boolean }) {
  const [route, setRoute] = useState<Route>({ name: 'journal' });
  const guard = useRef<string | null>(null);
  const navigate = useCallback(
    (next: Route) => {
      if (guard.current !== null && !confirm(guard.current)) return false;
      guard.current = null;
      setRoute(next);
      return true;
    },
    [confirm],
  );
  const setLeaveGuard = useCallback((question: string | null) => {
    guard.current = question;
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
export function useLeaveGuard(question: string | null): void {
  const { setLeaveGuard } = useNavigation();
  useEffect(() => {
    setLeaveGuard(question);
    if (question === null) return undefined;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      setLeaveGuard(null);
    };
  }, [question, setLeaveGuard]);
}

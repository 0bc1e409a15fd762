// Ctrl+F / Cmd+F: the shell asks the journal screen to focus its "Search journal" box.
//
// The shell navigates to the journal and then calls requestSearchFocus(). The journal screen
// subscribes while it is mounted:
//
//   useEffect(() => subscribeSearchFocus(() => searchInput.current?.focus()), []);
//
// A request made while no journal screen is subscribed (it is about to mount) waits and is handed
// to the next subscriber, once. Nothing here holds journal data.

type Listener = () => void;

const listeners = new Set<Listener>();
let pending = false;

/** Ask the journal screen to focus its search box, now or as soon as it subscribes. */
export function requestSearchFocus(): void {
  if (listeners.size === 0) {
    pending = true;
    return;
  }
  pending = false;
  for (const listener of [...listeners]) listener();
}

/** Called by the journal screen; returns the unsubscribe function (fit for a useEffect cleanup). */
export function subscribeSearchFocus(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) {
    pending = false;
    listener();
  }
  return () => {
    listeners.delete(listener);
  };
}

/** Forget a request nobody took (on lock). */
export function clearSearchFocusRequest(): void {
  pending = false;
}

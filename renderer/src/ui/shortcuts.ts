import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  newEntry: () => void;
  lock: () => void;
  search: () => void;
}

export function isMacPlatform(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const platform = nav.userAgentData?.platform ?? navigator.platform ?? '';
  return /mac/i.test(platform);
}

/** True while a modal dialog is open: shortcuts must not act behind it. */
export function modalOpen(doc: Document = document): boolean {
  try {
    if (doc.querySelector('dialog:modal')) return true;
  } catch {
    // :modal is not supported everywhere (test DOMs): take any open <dialog> as modal.
    if (doc.querySelector('dialog[open]')) return true;
  }
  return doc.querySelector('[aria-modal="true"]') !== null;
}

/**
 * Global shortcuts of the unlocked app: Ctrl+N new entry, Ctrl+L lock, Ctrl+F search the journal
 * (Cmd on macOS). They work from anywhere, text boxes included, but never behind a modal dialog.
 */
export function useGlobalShortcuts(handlers: ShortcutHandlers, mac: boolean = isMacPlatform()): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || event.altKey || event.shiftKey) return;
      const modifier = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (!modifier) return;
      const actions: Record<string, (() => void) | undefined> = { n: latest.current.newEntry, l: latest.current.lock, f: latest.current.search };
      const action = actions[event.key.toLowerCase()];
      if (!action) return;
      if (modalOpen()) return;
      event.preventDefault();
      action();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [mac]);
}

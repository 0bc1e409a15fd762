// The app notices what another process (the CLI) writes to the open journal: every few seconds the
// service compares the vault's change counter (one small query), reloads only the changed records,
// and the window is told so its screens fetch again. Every call the renderer makes checks as well.
import type { HearthEvent } from '../../shared/api';

export const CHANGE_CHECK_MS = 2_000;

export interface ChangeSource {
  checkForChanges(): Promise<boolean>;
}

/** Starts checking; returns the function that stops it. */
export function watchForChanges(service: ChangeSource, everyMs = CHANGE_CHECK_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    // A slow check (a large change to reload) never overlaps the next.
    if (running) return;
    running = true;
    service
      .checkForChanges()
      .catch((e: unknown) => console.error('Hearth: checking for changes by other programs failed:', e))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** The event a found change becomes. */
export const JOURNAL_CHANGED: HearthEvent = { type: 'journal-changed' };

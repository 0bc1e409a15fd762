// Deleting with Undo: the entry is hidden at once and deleted for real only when the undo window
// closes, or sooner when the journal screen goes away (navigation, lock, closing the window). So a
// deletion is never lost, and nothing the person undid is ever deleted. Only ids are kept here.
import { useSyncExternalStore } from 'react';

export const UNDO_MS = 6000;

export interface PendingState {
  /** The entry whose deletion can still be undone. */
  pending: string | null;
  /** Deletions that could not be made yet (the journal was locked): retried on the next flush. */
  failed: readonly string[];
  /** Deletions made in this session: lists fetched before them still hold these entries. */
  done: readonly string[];
}

let state: PendingState = { pending: null, failed: [], done: [] };
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

function set(next: PendingState) {
  state = next;
  for (const l of listeners) l();
}

export function getPendingState(): PendingState {
  return state;
}

export function subscribePending(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePendingDelete(): PendingState {
  return useSyncExternalStore(subscribePending, getPendingState, getPendingState);
}

/** Hides the entry now and deletes it when the undo window closes. An earlier pending deletion is made now. */
export function scheduleDelete(id: string, ms: number = UNDO_MS): void {
  void flushDeletes();
  set({ ...state, pending: id });
  timer = setTimeout(() => void flushDeletes(), ms);
}

/** Cancels the pending deletion; returns the id that stays, or null when there was none. */
export function undoDelete(): string | null {
  const id = state.pending;
  if (id === null) return null;
  if (timer !== null) clearTimeout(timer);
  timer = null;
  set({ ...state, pending: null });
  return id;
}

async function deleteOne(id: string): Promise<boolean> {
  try {
    await window.hearth.deleteEntry({ id });
    return true;
  } catch (e) {
    // Already gone is done; anything else (locked) is retried later.
    return typeof e === 'object' && e !== null && 'code' in e && e.code === 'NOT_FOUND';
  }
}

/** Makes the pending deletion (and any earlier one that failed) now. */
export async function flushDeletes(): Promise<void> {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const ids = [...state.failed, ...(state.pending === null ? [] : [state.pending])];
  if (ids.length === 0) return;
  // Still hidden while the calls run: they move from pending to failed and leave on success.
  set({ ...state, pending: null, failed: ids });
  await settle(ids);
}

async function settle(ids: string[]): Promise<void> {
  const done = await Promise.all(ids.map(deleteOne));
  const ok = ids.filter((_, i) => done[i]);
  set({ ...state, failed: state.failed.filter((id) => !ok.includes(id)), done: [...state.done, ...ok] });
}

/** Retries deletions that could not be made earlier; the pending one keeps its undo window. */
export async function retryFailed(): Promise<void> {
  const ids = [...state.failed];
  if (ids.length === 0) return;
  await settle(ids);
}

let deferred: ReturnType<typeof setTimeout> | null = null;

/**
 * For the journal screen's lifetime: on mount, retry what failed and cancel a flush its own
 * unmount scheduled (React's StrictMode unmounts and mounts again at once); on unmount, flush
 * on the next tick.
 */
export function holdDeletes(): () => void {
  if (deferred !== null) clearTimeout(deferred);
  deferred = null;
  void retryFailed();
  return () => {
    deferred = setTimeout(() => {
      deferred = null;
      void flushDeletes();
    }, 0);
  };
}

/** For tests: forget everything without deleting. */
export function resetPendingDeletes(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  set({ pending: null, failed: [], done: [] });
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void flushDeletes());

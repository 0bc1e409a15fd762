// The one contract between the renderer and the main process (and the CLI and the test bridge):
// the methods are declared per feature under ./contract/ and merged there into one table.
export type { FileMethod, FileResults, HearthApi, HearthClient, Results } from './contract';
export { FILE_METHODS } from './contract';
export type { EntryList } from './contract/entries';
export type { SavedDraft } from './contract/drafts';
import type { HearthClient } from './contract';
import type { SyncActivity } from './contract/sync';

/** Why the journal was locked. */
/** key-changed: another Hearth gave the journal a new key, so this session could not go on. */
export type LockReason = 'manual' | 'idle' | 'suspend' | 'screen-locked' | 'key-changed';

/**
 * Events pushed from the main process to the renderer on the one event channel. `will-lock` comes
 * before a lock the renderer did not ask for: it saves its draft and answers with readyToLock.
 */
export type HearthEvent =
  | { type: 'will-lock'; reason: LockReason }
  | { type: 'locked'; reason: LockReason }
  /** Another process (the CLI) changed the journal: screens showing it fetch again. */
  | { type: 'journal-changed' }
  /** The menu's "Find a helpline…": the window shows the helplines, locked or not. */
  | { type: 'open-helplines' }
  /** A reminder (or the tray's New entry) was clicked: open a new entry, once the journal is unlocked. */
  | { type: 'open-new-entry' }
  /** The desktop app's sync scheduler started or ended a round. */
  | { type: 'sync'; activity: SyncActivity };

/** What the renderer sees as `window.hearth`: the contract plus the event subscription. */
export type HearthBridge = HearthClient & {
  /** Subscribe to main-process events; returns the unsubscribe function. */
  onEvent(listener: (event: HearthEvent) => void): () => void;
};

/** Name of the single IPC channel for calls and for events. */
export const IPC_CALL_CHANNEL = 'hearth:call';
export const IPC_EVENT_CHANNEL = 'hearth:event';

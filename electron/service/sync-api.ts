// What the sync feature (./features/sync.ts) asks of the sync engine, on the unlocked journal that
// holds the write lock. The engine (./sync-session.ts, ./sync-join.ts) reaches back to
// HearthService, so the service cannot import it: whoever makes the service lends it
// (./sync-engine.ts), as the desktop app lends its network for the update check.
import type { Journal } from './journal';
import type { SyncRoundResult } from './sync-round';

export interface EngineStatus {
  folder: string;
  device: { id: string; name: string };
  devices: Array<{ id: string; name: string | null; appliedUpTo: number; lastSeenAt: string | null }>;
  lastSyncedAt: string | null;
  unpublished: number;
}

export interface SyncEngine {
  setUp(journal: Journal, folder: string): Promise<SyncRoundResult>;
  round(journal: Journal): Promise<SyncRoundResult>;
  /** Null while the journal does not sync. */
  status(journal: Journal): EngineStatus | null;
  rename(journal: Journal, name: string): Promise<void>;
  forget(journal: Journal, id: string): void;
  leave(journal: Journal): void;
  /** Makes this (empty) vault from the journal in a sync folder; it stays locked. */
  join(folder: string, passphrase: string): Promise<SyncRoundResult>;
  /** Merges this locked vault into the journal of a sync folder, whose passphrase then opens it. */
  adopt(folder: string, ownPassphrase: string, passphrase: string): Promise<SyncRoundResult>;
}

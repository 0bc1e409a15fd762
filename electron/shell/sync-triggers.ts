// Which calls move the sync scheduler: a call that opens the journal or changes its sync set-up
// starts it again (it reads whether the journal syncs); any other write makes it sync soon; a
// lock first lets it publish what is left, while the key is still there.
import { CONTRACT, type Method } from '../../shared/contract';
import { isMethod } from '../ipc/dispatch';
import { sync } from '../../shared/contract/sync';
import type { SyncScheduler } from './sync-scheduler';

export const STARTS_SYNC: ReadonlySet<Method> = new Set<Method>(['create', 'unlock', 'unlockWithRecoveryKey', 'setUpSync', 'adoptSyncFolder', 'leaveSync']);
const SYNC_METHODS: ReadonlySet<string> = new Set(Object.keys(sync));

export type SyncMoves = Pick<SyncScheduler, 'start' | 'wrote'>;

/** After a call (from the window or the command line): start again, or sync soon after a write. */
export function afterCallForSync(scheduler: SyncMoves, method: unknown, ok: boolean): void {
  if (!ok || !isMethod(method)) return;
  if (STARTS_SYNC.has(method)) void scheduler.start();
  else if (CONTRACT[method].needs === 'writer' && !SYNC_METHODS.has(method)) scheduler.wrote();
}

/** The service's lock, after one last round. */
export function lockAfterSync(service: { lock(): Promise<void> }, scheduler: Pick<SyncScheduler, 'beforeLock'>): () => Promise<void> {
  return async () => {
    await scheduler.beforeLock();
    await service.lock();
  };
}

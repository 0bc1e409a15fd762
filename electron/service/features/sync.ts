// Sync through a folder the person already syncs: the contract's methods over the engine
// (../sync-session.ts and ../sync-round.ts, on the unlocked journal holding the write lock).
// Joining makes a vault of its own, so it is lent by whoever made the service (ServiceOptions).
import type { sync } from '../../../shared/contract/sync';
import type { SyncDevice, SyncRound, SyncStatus } from '../../../shared/contract/sync';
import { HearthError } from '../../../shared/errors';
import type { Journal } from '../journal';
import { syncRound, type SyncRoundResult } from '../sync-round';
import { forgetSyncDevice, leaveSync, renameThisDevice, setUpSync, syncStatusOf } from '../sync-session';
import type { FeatureHandlers } from './handler';

const NOT_SYNCING: SyncStatus = { folder: null, device: null, devices: [], lastSyncedAt: null, unpublished: 0 };

/** A device whose name file has not arrived yet is named by the start of its id. */
function named(device: { id: string; name: string | null }): string {
  return device.name ?? `Computer ${device.id.slice(0, 6)}`;
}

export function statusOf(journal: Journal): SyncStatus {
  const status = syncStatusOf(journal);
  if (status === null) return NOT_SYNCING;
  return { ...status, devices: status.devices.map((d): SyncDevice => ({ ...d, name: named(d) })) };
}

/**
 * Who sent the changes a round applied. The engine counts them all together; they are put on one
 * device only when one device alone can have sent them (the only one, or the only one that moved).
 */
export function attribute(before: SyncStatus, after: SyncStatus, result: SyncRoundResult): SyncRound {
  const round: SyncRound = { published: result.published, applied: result.applied, skipped: [...result.skipped], from: [] };
  if (result.applied === 0) return round;
  const earlier = new Map(before.devices.map((d) => [d.id, d]));
  const moved = after.devices.filter((d) => {
    const was = earlier.get(d.id);
    return was === undefined || was.appliedUpTo !== d.appliedUpTo || was.lastSeenAt !== d.lastSeenAt;
  });
  const sender = moved.length === 1 ? moved[0] : after.devices.length === 1 ? after.devices[0] : undefined;
  return sender === undefined ? round : { ...round, from: [{ id: sender.id, name: sender.name, changes: result.applied }] };
}

async function roundWithSenders(journal: Journal, run: () => Promise<SyncRoundResult>): Promise<SyncRound> {
  const before = statusOf(journal);
  const result = await run();
  return attribute(before, statusOf(journal), result);
}

export const syncHandlers = {
  syncStatus: ({ journal }) => statusOf(journal),
  syncNow: ({ journal }) => roundWithSenders(journal, () => syncRound(journal)),
  setUpSync: async ({ journal }, _arg, folder) => {
    await setUpSync(journal, { folder });
    return statusOf(journal);
  },
  adoptSyncFolder: async () => {
    throw new HearthError('INTERNAL', 'Merging this journal into another journal’s sync folder is not available yet.');
  },
  joinSyncFolder: async ({ joinSyncFolder }, { passphrase }, folder) => {
    if (joinSyncFolder === undefined) throw new HearthError('INTERNAL', 'This copy of Hearth cannot join a sync folder.');
    const result = await joinSyncFolder(folder, passphrase);
    return { applied: result.applied, skipped: [...result.skipped] };
  },
  renameSyncDevice: async ({ journal }, { name }) => {
    await renameThisDevice(journal, name);
    return statusOf(journal);
  },
  forgetSyncDevice: ({ journal }, { id }) => {
    forgetSyncDevice(journal, id);
    return statusOf(journal);
  },
  leaveSync: ({ journal }) => {
    leaveSync(journal);
    return statusOf(journal);
  },
} satisfies FeatureHandlers<typeof sync>;

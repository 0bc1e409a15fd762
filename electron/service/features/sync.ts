// Sync through a folder the person already syncs: the contract's methods over the sync engine
// (../sync-api.ts), on the unlocked journal holding the write lock where they change anything.
import type { SyncDevice, SyncRound, SyncStatus, sync } from '../../../shared/contract/sync';
import { HearthError } from '../../../shared/errors';
import type { Journal } from '../journal';
import type { SyncEngine } from '../sync-api';
import type { SyncRoundResult } from '../sync-round';
import type { FeatureContext, FeatureHandlers } from './handler';

const NOT_SYNCING: SyncStatus = { folder: null, device: null, devices: [], lastSyncedAt: null, unpublished: 0 };

function engineOf({ sync: engine }: FeatureContext): SyncEngine {
  if (engine === undefined) throw new HearthError('INTERNAL', 'This copy of Hearth cannot sync.');
  return engine;
}

/** A device whose name file has not arrived yet is named by the start of its id. */
export function named(device: { id: string; name: string | null }): string {
  return device.name ?? `Computer ${device.id.slice(0, 6)}`;
}

function statusOf(engine: SyncEngine, journal: Journal): SyncStatus {
  const status = engine.status(journal);
  if (status === null) return NOT_SYNCING;
  return { ...status, devices: status.devices.map((d): SyncDevice => ({ ...d, name: named(d) })) };
}

/** A round's answer, each sender named as the status names it. */
export function roundOf(result: SyncRoundResult): SyncRound {
  return {
    published: result.published,
    applied: result.applied,
    skipped: [...result.skipped],
    from: result.from.map((d) => ({ id: d.id, name: named(d), changes: d.applied })),
  };
}

/** Runs `change`, then answers with where sync stands. */
async function thenStatus(ctx: FeatureContext & { journal: Journal }, change: (engine: SyncEngine) => unknown): Promise<SyncStatus> {
  const engine = engineOf(ctx);
  await change(engine);
  return statusOf(engine, ctx.journal);
}

export const syncHandlers = {
  syncStatus: (ctx) => statusOf(engineOf(ctx), ctx.journal),
  syncNow: async (ctx) => roundOf(await engineOf(ctx).round(ctx.journal)),
  setUpSync: (ctx, _arg, folder) => thenStatus(ctx, (engine) => engine.setUp(ctx.journal, folder)),
  joinSyncFolder: async (ctx, { passphrase }, folder) => {
    const result = await engineOf(ctx).join(folder, passphrase);
    return { applied: result.applied, skipped: [...result.skipped] };
  },
  renameSyncDevice: (ctx, { name }) => thenStatus(ctx, (engine) => engine.rename(ctx.journal, name)),
  forgetSyncDevice: (ctx, { id }) => thenStatus(ctx, (engine) => engine.forget(ctx.journal, id)),
  leaveSync: (ctx) => thenStatus(ctx, (engine) => engine.leave(ctx.journal)),
} satisfies FeatureHandlers<typeof sync>;

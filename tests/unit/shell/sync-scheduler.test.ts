// The sync scheduler under a fake clock: when rounds run (unlock, quiet after writes, folder
// changes, the poll, before a lock), that two never overlap, and that a failure is an activity to
// show, not a crash. The service is a fake whose rounds end when the test says.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncActivity, SyncRound, SyncStatus } from '../../../shared/contract/sync';
import { HearthError } from '../../../shared/errors';
import { FOLDER_QUIET_MS, POLL_MS, SyncScheduler, WRITE_QUIET_MS } from '../../../electron/shell/sync-scheduler';
import { afterCallForSync, lockAfterSync } from '../../../electron/shell/sync-triggers';

const OWN = 'a'.repeat(32);
const OTHER = 'b'.repeat(32);
const ROUND: SyncRound = { published: 1, applied: 0, from: [], skipped: [] };

const STATUS: SyncStatus = {
  folder: '/sync',
  device: { id: OWN, name: 'Desk' },
  devices: [],
  lastSyncedAt: null,
  unpublished: 0,
};

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-03T10:42:00Z') });
});
afterEach(() => vi.useRealTimers());

function setup(options: { status?: SyncStatus; answer?: () => Promise<SyncRound> } = {}) {
  let running = 0;
  let most = 0;
  const pending: Array<{ resolve: (r: SyncRound) => void; reject: (e: unknown) => void }> = [];
  const api = {
    syncStatus: vi.fn(async () => options.status ?? STATUS),
    syncNow: vi.fn(async () => {
      running += 1;
      most = Math.max(most, running);
      try {
        return await (options.answer?.() ?? new Promise<SyncRound>((resolve, reject) => pending.push({ resolve, reject })));
      } finally {
        running -= 1;
      }
    }),
  };
  const watchers: Array<{ folder: string; onChange: (path: string | null) => void; stopped: boolean }> = [];
  const activity: SyncActivity[] = [];
  const onApplied = vi.fn();
  const scheduler = new SyncScheduler({
    api,
    watch: (folder, onChange) => {
      const w = { folder, onChange, stopped: false };
      watchers.push(w);
      return () => (w.stopped = true);
    },
    onActivity: (a) => activity.push(a),
    onApplied,
  });
  /** Ends the oldest round still running. */
  const finish = async (round: SyncRound | Error = ROUND) => {
    const next = pending.shift();
    if (!next) throw new Error('no round is running');
    if (round instanceof Error) next.reject(round);
    else next.resolve(round);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { api, scheduler, watchers, activity, onApplied, finish, pending, most: () => most };
}

describe('the sync scheduler', () => {
  it('does nothing for a journal that does not sync', async () => {
    const t = setup({ status: { ...STATUS, folder: null, device: null } });
    await t.scheduler.start();
    t.scheduler.wrote();
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(t.api.syncNow).not.toHaveBeenCalled();
    expect(t.watchers).toEqual([]);
    // Nothing to tell the window either.
    expect(t.activity).toEqual([]);
  });

  it('syncs at unlock, watches the folder, and says "syncing" while a round runs', async () => {
    const t = setup();
    const started = t.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.api.syncNow).toHaveBeenCalledTimes(1);
    expect(t.watchers.map((w) => w.folder)).toEqual(['/sync']);
    expect(t.scheduler.activity.syncing).toBe(true);
    await t.finish();
    await started;
    expect(t.scheduler.activity).toEqual({ syncing: false, last: { ok: true, round: ROUND, at: '2026-12-03T10:42:00.000Z' } });
  });

  it('syncs once, two seconds after the last of several writes', async () => {
    const t = setup();
    void t.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    await t.finish();
    t.scheduler.wrote();
    await vi.advanceTimersByTimeAsync(1_500);
    t.scheduler.wrote();
    await vi.advanceTimersByTimeAsync(1_500);
    t.scheduler.wrote();
    await vi.advanceTimersByTimeAsync(WRITE_QUIET_MS - 1);
    expect(t.api.syncNow).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.api.syncNow).toHaveBeenCalledTimes(2);
  });

  it('syncs when another device’s file arrives, not when this computer’s own do', async () => {
    const t = setup();
    void t.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    await t.finish();
    const watcher = t.watchers[0]!;
    watcher.onChange(`devices/${OWN}/000000000002.hearthsync`);
    await vi.advanceTimersByTimeAsync(FOLDER_QUIET_MS * 5);
    expect(t.api.syncNow).toHaveBeenCalledTimes(1);
    watcher.onChange(`devices/${OTHER}/000000000001.hearthsync`);
    watcher.onChange(`devices/${OTHER}/000000000002.hearthsync`);
    await vi.advanceTimersByTimeAsync(FOLDER_QUIET_MS);
    expect(t.api.syncNow).toHaveBeenCalledTimes(2);
  });

  it('checks the folder every minute too, where watching misses a change', async () => {
    const t = setup({ answer: async () => ROUND });
    await t.scheduler.start();
    expect(t.api.syncNow).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(t.api.syncNow).toHaveBeenCalledTimes(4);
  });

  it('never runs two rounds at once: requests during a round share one round after it', async () => {
    const t = setup();
    void t.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    const asked = [t.scheduler.syncNow(), t.scheduler.syncNow(), t.scheduler.syncNow()];
    t.scheduler.wrote();
    await vi.advanceTimersByTimeAsync(WRITE_QUIET_MS);
    expect(t.api.syncNow).toHaveBeenCalledTimes(1);
    await t.finish();
    expect(t.api.syncNow).toHaveBeenCalledTimes(2);
    const second: SyncRound = { ...ROUND, published: 0, applied: 3 };
    await t.finish(second);
    expect(await Promise.all(asked)).toEqual([second, second, second]);
    expect(t.most()).toBe(1);
    expect(t.onApplied).toHaveBeenCalledTimes(1);
  });

  it('turns a failed round into an activity that says why, and goes on syncing', async () => {
    const t = setup();
    void t.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    await t.finish(new HearthError('FILE_ERROR'));
    expect(t.scheduler.activity).toEqual({
      syncing: false,
      last: { ok: false, message: 'The file could not be read or written.', at: '2026-12-03T10:42:00.000Z' },
    });
    const now = expect(t.scheduler.syncNow()).rejects.toThrow('disk gone');
    await vi.advanceTimersByTimeAsync(0);
    await t.finish(new Error('disk gone'));
    await now;
    expect(t.scheduler.activity.last).toMatchObject({ ok: false, message: 'disk gone' });
    t.scheduler.wrote();
    await vi.advanceTimersByTimeAsync(WRITE_QUIET_MS);
    expect(t.api.syncNow).toHaveBeenCalledTimes(3);
  });

  it('before a lock, stops watching and publishes once more, then stays quiet', async () => {
    const t = setup();
    void t.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    await t.finish();
    t.scheduler.wrote();
    const locking = t.scheduler.beforeLock();
    expect(t.watchers[0]!.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.api.syncNow).toHaveBeenCalledTimes(2);
    await t.finish();
    await locking;
    expect(t.scheduler.activity).toEqual({ syncing: false, last: null });
    t.watchers[0]!.onChange(`devices/${OTHER}/000000000003.hearthsync`);
    t.scheduler.wrote();
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(t.api.syncNow).toHaveBeenCalledTimes(2);
  });

  it('publishes before a lock even when a round was already running', async () => {
    const t = setup();
    void t.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    const locking = t.scheduler.beforeLock();
    await t.finish();
    expect(t.api.syncNow).toHaveBeenCalledTimes(2);
    await t.finish();
    await locking;
  });
});

describe('which calls move the scheduler', () => {
  it('starts it again on unlock and on a change of set-up, syncs soon after a write, and ignores reads, failures and its own rounds', () => {
    const moves = { start: vi.fn(async () => undefined), wrote: vi.fn() };
    for (const method of ['unlock', 'unlockWithRecoveryKey', 'create', 'setUpSync', 'leaveSync']) afterCallForSync(moves, method, true);
    expect(moves.start).toHaveBeenCalledTimes(5);
    for (const method of ['addEntry', 'updateSettings', 'saveThankYou', 'archivePerson']) afterCallForSync(moves, method, true);
    expect(moves.wrote).toHaveBeenCalledTimes(4);
    for (const method of ['listEntries', 'syncStatus', 'syncNow', 'renameSyncDevice', 'forgetSyncDevice', 'status', 'lock', 'not-a-method']) afterCallForSync(moves, method, true);
    afterCallForSync(moves, 'addEntry', false);
    afterCallForSync(moves, 'unlock', false);
    expect(moves.start).toHaveBeenCalledTimes(5);
    expect(moves.wrote).toHaveBeenCalledTimes(4);
  });

  it('locks only after the last round', async () => {
    const order: string[] = [];
    const lock = lockAfterSync(
      { lock: async () => void order.push('lock') },
      {
        beforeLock: async () => {
          await Promise.resolve();
          order.push('last round');
        },
      },
    );
    await lock();
    expect(order).toEqual(['last round', 'lock']);
  });
});

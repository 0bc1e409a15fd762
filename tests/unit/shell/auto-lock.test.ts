// Auto-lock on a real vault: idle time from Settings, suspend and screen lock, the will-lock
// handshake that lets the renderer keep its draft, and the events the renderer receives. Fake
// timers drive the clock; the service, SQLite and libsodium are real.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HearthEvent } from '../../../shared/api';
import { AutoLock } from '../../../electron/shell/auto-lock';
import { WILL_LOCK_WAIT_MS } from '../../../electron/shell/lock-handshake';
import { freshService, PASSPHRASE } from '../../support/vault';

const MINUTE = 60_000;
const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.useRealTimers();
  while (cleanups.length) cleanups.pop()!();
});

/**
 * An unlocked real vault and an AutoLock over it, with the clock faked after the (real) KDF ran.
 * `renderer` stands in for the page: it hears each event and may answer will-lock.
 */
async function setup(renderer: (event: HearthEvent, autoLock: AutoLock) => void = answer) {
  const vault = await freshService();
  cleanups.push(vault.cleanup);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const events: HearthEvent[] = [];
  const autoLock: AutoLock = new AutoLock({
    service: vault.service,
    notify: (e) => {
      events.push(e);
      renderer(e, autoLock);
    },
  });
  cleanups.push(() => autoLock.stop());
  return { ...vault, autoLock, events };
}

/** A renderer with nothing to keep: it answers will-lock at once, as the IPC handler reports it. */
function answer(event: HearthEvent, autoLock: AutoLock): void {
  if (event.type === 'will-lock') queueMicrotask(() => void autoLock.afterCall('readyToLock', true));
}

const willLockThenLocked = (reason: string) => [
  { type: 'will-lock', reason },
  { type: 'locked', reason },
];

describe('AutoLock', () => {
  it('locks after the default 5 idle minutes and tells the renderer', async () => {
    const { service, autoLock, events } = await setup();
    expect(autoLock.minutes).toBe(5);
    await vi.advanceTimersByTimeAsync(5 * MINUTE - 1);
    expect(await service.status()).toEqual({ exists: true, unlocked: true });
    await vi.advanceTimersByTimeAsync(1);
    expect(await service.status()).toEqual({ exists: true, unlocked: false });
    expect(events).toEqual(willLockThenLocked('idle'));
  });

  it('counts activity as presence', async () => {
    const { service, autoLock, events } = await setup();
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(4 * MINUTE);
      autoLock.activity();
    }
    expect((await service.status()).unlocked).toBe(true);
    expect(events).toEqual([]);
  });

  it('follows the idle time from Settings after updateSettings', async () => {
    const { service, autoLock, events } = await setup();
    await service.updateSettings({ autoLockMinutes: 1 });
    await autoLock.afterCall('updateSettings', true);
    expect(autoLock.minutes).toBe(1);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect((await service.status()).unlocked).toBe(false);
    expect(events).toEqual(willLockThenLocked('idle'));
  });

  it('reads the idle time again after an unlock', async () => {
    const { service, autoLock } = await setup();
    await service.updateSettings({ autoLockMinutes: 30 });
    await service.lock();
    vi.useRealTimers(); // the KDF worker runs on real time
    await service.unlock({ passphrase: PASSPHRASE });
    await autoLock.afterCall('unlock', true);
    expect(autoLock.minutes).toBe(30);
  });

  it('reads the idle time again after an import was committed (a restore brings its settings)', async () => {
    const { service, autoLock } = await setup();
    await service.updateSettings({ autoLockMinutes: 15 });
    await autoLock.afterCall('commitImport', true);
    expect(autoLock.minutes).toBe(15);
  });

  it('ignores failed calls and calls that cannot change the setting', async () => {
    const { service, autoLock, events } = await setup();
    await service.updateSettings({ autoLockMinutes: 60 });
    await autoLock.afterCall('updateSettings', false);
    await autoLock.afterCall('listEntries', true);
    expect(autoLock.minutes).toBe(5);
    expect(events).toEqual([]);
  });

  it('reports a manual lock made through IPC', async () => {
    const { autoLock, events } = await setup();
    await autoLock.afterCall('lock', true);
    expect(events).toEqual([{ type: 'locked', reason: 'manual' }]);
  });

  it.each([
    ['suspend', 'suspend'],
    ['screen-locked', 'screen-locked'],
  ] as const)('locks at once on %s', async (_name, reason) => {
    const { service, autoLock, events } = await setup();
    await autoLock.lockNow(reason);
    expect((await service.status()).unlocked).toBe(false);
    expect(events).toEqual(willLockThenLocked(reason));
  });

  it('waits for the renderer to keep its draft before it locks, and the draft is there after unlock', async () => {
    const draft = { note: 'Half a sentence about Sam', tags: [], tagText: '', interactions: [] };
    const { service, autoLock, events } = await setup((event, lock) => {
      // The page takes a while to save its draft, then answers.
      if (event.type === 'will-lock') setTimeout(() => void service.saveDraft(draft).then(() => lock.afterCall('readyToLock', true)), WILL_LOCK_WAIT_MS / 2);
    });
    const locking = autoLock.lockNow('screen-locked');
    await vi.advanceTimersByTimeAsync(WILL_LOCK_WAIT_MS / 2);
    await locking;
    expect(events).toEqual(willLockThenLocked('screen-locked'));
    vi.useRealTimers(); // the KDF worker runs on real time
    await service.unlock({ passphrase: PASSPHRASE });
    expect(await service.getDraft()).toMatchObject(draft);
  });

  it('locks anyway when the renderer does not answer within the limit', async () => {
    const { service, autoLock, events } = await setup(() => undefined);
    const locking = autoLock.lockNow('suspend');
    await vi.advanceTimersByTimeAsync(WILL_LOCK_WAIT_MS - 1);
    expect((await service.status()).unlocked).toBe(true);
    expect(events).toEqual([{ type: 'will-lock', reason: 'suspend' }]);
    await vi.advanceTimersByTimeAsync(1);
    await locking;
    expect((await service.status()).unlocked).toBe(false);
    expect(events).toEqual(willLockThenLocked('suspend'));
  });

  it('joins a lock already under way instead of announcing a second one', async () => {
    const { autoLock, events } = await setup(() => undefined);
    const first = autoLock.lockNow('suspend');
    const second = autoLock.lockNow('screen-locked');
    await vi.advanceTimersByTimeAsync(WILL_LOCK_WAIT_MS);
    await Promise.all([first, second]);
    expect(events).toEqual(willLockThenLocked('suspend'));
  });

  it('sends nothing when the journal is already locked', async () => {
    const { service, autoLock, events } = await setup();
    await service.lock();
    await autoLock.lockNow('suspend');
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(events).toEqual([]);
  });

  it('logs instead of throwing when locking fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events: HearthEvent[] = [];
    const failing = {
      status: () => Promise.reject(new Error('disk gone')),
      lock: () => Promise.resolve(),
      getSettings: () => Promise.reject(new Error('disk gone')),
    };
    const autoLock = new AutoLock({ service: failing, notify: (e) => events.push(e) });
    await expect(autoLock.lockNow('idle')).resolves.toBeUndefined();
    autoLock.stop();
    expect(events).toEqual([]);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});

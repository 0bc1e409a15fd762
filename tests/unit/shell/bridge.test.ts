// installHearth is serialized by contextBridge.executeInMainWorld and run in the page's world, so
// it is tested the same way: from its source text, in a fresh V8 context with nothing in scope.
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import type { HearthEvent } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';
import { METHODS } from '../../../shared/schemas';
import { installHearth, type BridgeCall, type BridgeSubscribe } from '../../../electron/shell/bridge';

type PageHearth = Record<string, ((arg?: unknown) => Promise<unknown>) | undefined> & {
  onEvent: (listener: (event: HearthEvent) => void) => () => void;
};

/** Runs the function's source text in a new context, as the page's world would. */
function installInFreshWorld(call: BridgeCall, subscribe: BridgeSubscribe) {
  const world: Record<string, unknown> = { structuredClone };
  runInNewContext(`(${installHearth.toString()})(methods, call, subscribe)`, Object.assign(world, { methods: [...METHODS], call, subscribe }));
  return world.hearth as PageHearth;
}

describe('installHearth', () => {
  it('defines a frozen, non-writable window.hearth with every method and onEvent', () => {
    const world: Record<string, unknown> = { structuredClone, methods: [...METHODS], call: vi.fn(), subscribe: vi.fn() };
    runInNewContext(`(${installHearth.toString()})(methods, call, subscribe); hearth = null;`, world);
    const hearth = world.hearth as PageHearth;
    expect(hearth).not.toBeNull();
    expect(Object.isFrozen(hearth)).toBe(true);
    expect(Object.keys(hearth).sort()).toEqual([...METHODS, 'onEvent'].sort());
  });

  it('resolves with the value of an ok envelope, as a fresh unfrozen copy', async () => {
    const value = Object.freeze({ exists: true, unlocked: false });
    const call = vi.fn<BridgeCall>(async () => ({ ok: true, value }));
    const hearth = installInFreshWorld(call, vi.fn());
    const status = (await hearth.status!()) as { exists: boolean };
    expect(status).toEqual({ exists: true, unlocked: false });
    expect(Object.isFrozen(status)).toBe(false);
    expect(call).toHaveBeenCalledExactlyOnceWith('status', undefined);
    await hearth.unlock!({ passphrase: 'p' });
    expect(call).toHaveBeenLastCalledWith('unlock', { passphrase: 'p' });
  });

  it('rejects with an Error named HearthError that keeps code, field and recordId', async () => {
    const envelope: Envelope<never> = { ok: false, error: { code: 'INVALID_INPUT', message: 'Too short', field: 'passphrase' } };
    const hearth = installInFreshWorld(async () => envelope, vi.fn());
    const error = await hearth.unlock!({ passphrase: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'HearthError', code: 'INVALID_INPUT', message: 'Too short', field: 'passphrase' });
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect(error).not.toHaveProperty('recordId');

    const corrupt = installInFreshWorld(async () => ({ ok: false, error: { code: 'CORRUPT_RECORD', message: 'Damaged', recordId: 'r1' } }), vi.fn());
    await expect(corrupt.getEntry!({ id: 'r1' })).rejects.toMatchObject({ code: 'CORRUPT_RECORD', recordId: 'r1' });
  });

  it('delivers events to onEvent listeners until unsubscribed', () => {
    const listeners = new Set<(event: HearthEvent) => void>();
    const subscribe: BridgeSubscribe = (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    const hearth = installInFreshWorld(vi.fn(), subscribe);
    const received: HearthEvent[] = [];
    const off = hearth.onEvent((e) => received.push(e));
    for (const l of listeners) l({ type: 'locked', reason: 'idle' });
    off();
    for (const l of listeners) l({ type: 'locked', reason: 'suspend' });
    expect(received).toEqual([{ type: 'locked', reason: 'idle' }]);
    expect(listeners.size).toBe(0);
  });
});

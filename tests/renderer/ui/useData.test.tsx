// @vitest-environment happy-dom
// The one loading hook: the newest request wins, late answers are dropped, reload waits for its
// answer, and another program's change to the journal loads again only where asked.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HearthEvent } from '../../../shared/api';
import { JournalChangesProvider } from '../../../renderer/src/ui/journal-changes';
import { pause, startLoad, type LoadOutcome } from '../../../renderer/src/ui/start-load';
import { useData } from '../../../renderer/src/ui/useData';

afterEach(cleanup);

/** A promise the test settles by hand, to choose the order answers arrive in. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('startLoad', () => {
  it('reports the value, or the error, of a load nobody cancelled', async () => {
    const seen: LoadOutcome<unknown>[] = [];
    startLoad(() => Promise.resolve(7), (o) => seen.push(o));
    startLoad(() => Promise.reject(new Error('no')), (o) => seen.push(o));
    startLoad(() => {
      throw new Error('thrown at once');
    }, (o) => seen.push(o));
    await settle();
    expect(seen).toEqual([
      { ok: true, value: 7 },
      { ok: false, error: new Error('no') },
      { ok: false, error: new Error('thrown at once') },
    ]);
  });

  it('drops the answer of a cancelled load and tells the load through its signal', async () => {
    const report = vi.fn();
    const d = deferred<number>();
    let signal: AbortSignal | undefined;
    const cancel = startLoad((s) => {
      signal = s;
      return d.promise;
    }, report);
    expect(signal?.aborted).toBe(false);
    cancel();
    expect(signal?.aborted).toBe(true);
    d.resolve(1);
    await settle();
    expect(report).not.toHaveBeenCalled();
  });

  it('pause waits its time, and never ends once aborted', async () => {
    vi.useFakeTimers();
    try {
      const done = vi.fn();
      void pause(300, new AbortController().signal).then(done);
      const stopped = new AbortController();
      const never = vi.fn();
      void pause(300, stopped.signal).then(never);
      stopped.abort();
      await vi.advanceTimersByTimeAsync(299);
      expect(done).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toHaveBeenCalledOnce();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(never).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('useData', () => {
  it('loads, keeps the last value while a newer request loads, and drops an older answer that comes late', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<string>>>();
    const load = (key: string) => {
      const d = deferred<string>();
      answers.set(key, d);
      return d.promise;
    };
    const { result, rerender } = renderHook(({ key }) => useData(() => load(key), [key]), { initialProps: { key: 'a' } });
    expect(result.current).toMatchObject({ status: 'loading', value: null, error: null });
    await act(async () => answers.get('a')!.resolve('A'));
    expect(result.current).toMatchObject({ status: 'ready', value: 'A' });

    rerender({ key: 'b' });
    expect(result.current).toMatchObject({ status: 'loading', value: 'A' });
    rerender({ key: 'c' });
    await act(async () => answers.get('c')!.resolve('C'));
    expect(result.current).toMatchObject({ status: 'ready', value: 'C' });
    // 'b' was asked for before 'c': its answer arriving now changes nothing.
    await act(async () => answers.get('b')!.resolve('B'));
    expect(result.current).toMatchObject({ status: 'ready', value: 'C' });
  });

  it('says a failure in words and forgets the value', async () => {
    let fail = false;
    const { result, rerender } = renderHook(({ n }) => useData(() => (fail ? Promise.reject({ message: 'The journal is locked.', code: 'LOCKED' }) : Promise.resolve(n)), [n]), {
      initialProps: { n: 1 },
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    fail = true;
    rerender({ n: 2 });
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.value).toBeNull();
    expect(result.current.error).toEqual({ message: 'The journal is locked.', code: 'LOCKED' });
  });

  it('is idle with nothing to load, and aborts the load in flight when the screen goes away', async () => {
    const { result, rerender } = renderHook(({ on }) => useData(on ? () => Promise.resolve(1) : null, []), { initialProps: { on: false } });
    expect(result.current.status).toBe('idle');
    rerender({ on: true });
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', value: 1 }));

    let signal: AbortSignal | undefined;
    const pending = renderHook(() =>
      useData((s) => {
        signal = s;
        return new Promise<number>(() => undefined);
      }, []),
    );
    expect(signal?.aborted).toBe(false);
    pending.unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('reload loads again and resolves once the new value is in', async () => {
    let n = 0;
    const { result } = renderHook(() => useData(() => Promise.resolve(++n), []));
    await waitFor(() => expect(result.current.value).toBe(1));
    let reloaded: Promise<void> | undefined;
    act(() => {
      reloaded = result.current.reload();
    });
    expect(result.current).toMatchObject({ status: 'loading', value: 1 });
    await act(() => reloaded);
    expect(result.current).toMatchObject({ status: 'ready', value: 2 });
  });

  it('loads again on journal-changed only when asked to', async () => {
    const listeners = new Set<(e: HearthEvent) => void>();
    Object.assign(window, {
      hearth: {
        onEvent: (l: (e: HearthEvent) => void) => {
          listeners.add(l);
          return () => listeners.delete(l);
        },
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => <JournalChangesProvider>{children}</JournalChangesProvider>;
    const watching = vi.fn(() => Promise.resolve('w'));
    const notWatching = vi.fn(() => Promise.resolve('n'));
    renderHook(() => [useData(watching, [], { refetchOnJournalChange: true }), useData(notWatching, [])], { wrapper });
    await waitFor(() => expect(watching).toHaveBeenCalledOnce());
    act(() => listeners.forEach((l) => l({ type: 'locked', reason: 'idle' })));
    act(() => listeners.forEach((l) => l({ type: 'journal-changed' })));
    await waitFor(() => expect(watching).toHaveBeenCalledTimes(2));
    expect(notWatching).toHaveBeenCalledOnce();
  });
});

// The idle timer with fake timers: fires after N minutes of quiet, once, and activity resets it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from '../../../electron/shell/idle-timer';

const MINUTE = 60_000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function timer(minutes: number) {
  const onIdle = vi.fn();
  return { onIdle, idle: new IdleTimer({ minutes, onIdle }) };
}

describe('IdleTimer', () => {
  it('fires after N minutes without activity, and only once', () => {
    const { onIdle, idle } = timer(5);
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
    idle.stop();
  });

  it('starts the period again on activity', () => {
    const { onIdle, idle } = timer(5);
    vi.advanceTimersByTime(4 * MINUTE);
    idle.touch();
    vi.advanceTimersByTime(4 * MINUTE);
    idle.touch();
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledOnce();
    idle.stop();
  });

  it('keeps a single timeout however many events arrive', () => {
    const { idle } = timer(1);
    for (let i = 0; i < 1000; i++) idle.touch();
    expect(vi.getTimerCount()).toBe(1);
    idle.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('re-arms on activity after it has fired', () => {
    const { onIdle, idle } = timer(1);
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    idle.touch();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(2);
    idle.stop();
  });

  it('applies a new limit counted from the last activity', () => {
    const { onIdle, idle } = timer(5);
    vi.advanceTimersByTime(2 * MINUTE);
    idle.setMinutes(15);
    expect(idle.minutes).toBe(15);
    vi.advanceTimersByTime(13 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledOnce();
    idle.stop();
  });

  it('fires at once when the new limit has already passed', () => {
    const { onIdle, idle } = timer(5);
    vi.advanceTimersByTime(3 * MINUTE);
    idle.setMinutes(1);
    vi.advanceTimersByTime(0);
    expect(onIdle).toHaveBeenCalledOnce();
    idle.stop();
  });

  it('never fires after stop', () => {
    const { onIdle, idle } = timer(1);
    idle.stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

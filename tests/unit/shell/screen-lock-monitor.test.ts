// The Linux screen-lock watcher: real child processes standing in for `gdbus monitor`.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLockSignal, watchScreenLock, type ScreenLockMonitor } from '../../../electron/shell/screen-lock-monitor';

let monitor: ScreenLockMonitor | undefined;
afterEach(() => monitor?.stop());

/** A fake monitor: prints `lines` one by one, then stays up as gdbus does. */
function fake(lines: string[]): readonly [string, readonly string[]] {
  const script = `const lines = ${JSON.stringify(lines)}; let i = 0; const t = setInterval(() => { if (i < lines.length) console.log(lines[i++]); }, 20); process.on('SIGTERM', () => { clearInterval(t); process.exit(0); });`;
  return [process.execPath, ['-e', script]];
}

describe('isLockSignal', () => {
  it.each([
    ['/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (true,)', true],
    ['/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (false,)', false],
    ['/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()', true],
    ['/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Unlock ()', false],
    ['The name org.freedesktop.ScreenSaver does not have an owner (yet)', false],
  ])('%s -> %s', (line, locks) => {
    expect(isLockSignal(line)).toBe(locks);
  });
});

describe('watchScreenLock', () => {
  it('locks once per lock signal from either bus, and ignores everything else', async () => {
    const onLock = vi.fn();
    monitor = watchScreenLock({
      onLock,
      settleMs: 200,
      monitors: [
        fake(['/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (false,)', '/org/freedesktop/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (true,)']),
        fake(['/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()']),
      ],
    });
    expect(await monitor.available).toBe(true);
    await vi.waitFor(() => expect(onLock).toHaveBeenCalledTimes(2), { timeout: 5000 });
  });

  it('says it is unavailable when no monitor can start or each exits at once', async () => {
    monitor = watchScreenLock({
      onLock: vi.fn(),
      // A loaded machine can take over the default second just to start node; a monitor that exits
      // answers at its exit, so the long settle costs nothing when the code is right.
      settleMs: 60_000,
      monitors: [
        ['/nonexistent/gdbus', ['monitor']],
        [process.execPath, ['-e', 'process.exit(1)']],
      ],
    });
    expect(await monitor.available).toBe(false);
  }, 90_000);
});

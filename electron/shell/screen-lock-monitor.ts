// Electron emits 'lock-screen' on macOS and Windows only. On Linux the screen locker announces
// itself on D-Bus: the session bus's org.freedesktop.ScreenSaver ActiveChanged(true), and logind's
// Session.Lock on the system bus. `gdbus monitor` (GLib, present on most desktops) prints both as
// lines; this watches them and calls onLock. Without gdbus, or without a bus, it says so and the
// Settings screen tells the person that screen-lock locking is unavailable.
import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The monitors: [command, arguments]. */
export const MONITORS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['gdbus', ['monitor', '--session', '--dest', 'org.freedesktop.ScreenSaver']],
  ['gdbus', ['monitor', '--system', '--dest', 'org.freedesktop.login1']],
];

/** Whether a line of `gdbus monitor` output is the screen locking. */
export function isLockSignal(line: string): boolean {
  if (/\borg\.freedesktop\.ScreenSaver\.ActiveChanged \(true,?\)/.test(line)) return true;
  return /\borg\.freedesktop\.login1\.Session\.Lock \(\)/.test(line);
}

export interface ScreenLockMonitor {
  /** Resolves true once any monitor runs, false when none could be started. */
  readonly available: Promise<boolean>;
  stop(): void;
}

export interface ScreenLockOptions {
  onLock: () => void;
  spawn?: (command: string, args: readonly string[]) => ChildProcess;
  monitors?: ReadonlyArray<readonly [string, readonly string[]]>;
  /** How long a monitor must stay up to count as running. */
  settleMs?: number;
}

export function watchScreenLock(options: ScreenLockOptions): ScreenLockMonitor {
  const spawn = options.spawn ?? ((command, args) => nodeSpawn(command, [...args], { stdio: ['ignore', 'pipe', 'ignore'] }));
  const children: ChildProcess[] = [];
  let stopped = false;
  const started = (options.monitors ?? MONITORS).map(
    ([command, args]) =>
      new Promise<boolean>((resolve) => {
        let child: ChildProcess;
        try {
          child = spawn(command, args);
        } catch {
          resolve(false);
          return;
        }
        children.push(child);
        // A monitor that cannot start (no gdbus: 'error'; no bus: it exits) is simply not there.
        child.once('error', () => resolve(false));
        child.once('exit', () => resolve(false));
        const settled = setTimeout(() => resolve(true), options.settleMs ?? 1000);
        settled.unref();
        if (child.stdout) {
          createInterface({ input: child.stdout }).on('line', (line) => {
            if (!stopped && isLockSignal(line)) options.onLock();
          });
        }
      }),
  );
  return {
    available: Promise.all(started).then((up) => up.some(Boolean)),
    stop() {
      stopped = true;
      for (const child of children) if (child.exitCode === null && !child.killed) child.kill();
    },
  };
}

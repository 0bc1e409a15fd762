// Node has no power events: a suspend shows as a gap between two ticks of a short interval timer.
// Linux and macOS stop the monotonic clock while asleep and the timer fires late on the wall clock;
// where the monotonic clock runs on (Windows), the gap shows there. A gap the process spent running
// is no suspend: the agent's thread was busy (opening a large journal blocks it for seconds), and
// its CPU time grew with the gap, where asleep it stands still. So the gap beyond the CPU time
// spent must exceed twice the interval plus some slack (a loaded machine can delay a tick by a
// second or two).
export interface Tick {
  /** Date.now() */
  wallMs: number;
  /** performance.now() or process.hrtime, in milliseconds */
  monoMs: number;
  /** The process's CPU time, user and system, in milliseconds (process.cpuUsage). */
  cpuMs: number;
}

export const TICK_MS = 2000;
export const SLACK_MS = 4000;

export function suspendedBetween(previous: Tick, next: Tick, intervalMs = TICK_MS, slackMs = SLACK_MS): boolean {
  const gap = Math.max(next.wallMs - previous.wallMs, next.monoMs - previous.monoMs);
  return gap - Math.max(0, next.cpuMs - previous.cpuMs) > 2 * intervalMs + slackMs;
}

export function systemTick(): Tick {
  const cpu = process.cpuUsage();
  return { wallMs: Date.now(), monoMs: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 };
}

// Node has no power events: a suspend shows as a gap between two ticks of a short interval timer.
// Linux and macOS stop the monotonic clock while asleep and the timer fires late on the wall clock;
// where the monotonic clock runs on (Windows), the gap shows there. Either gap beyond twice the
// interval plus some slack (a loaded machine can delay a tick by a second or two) counts as one.
export interface Tick {
  /** Date.now() */
  wallMs: number;
  /** performance.now() or process.hrtime, in milliseconds */
  monoMs: number;
}

export const TICK_MS = 2000;
export const SLACK_MS = 4000;

export function suspendedBetween(previous: Tick, next: Tick, intervalMs = TICK_MS, slackMs = SLACK_MS): boolean {
  const gap = Math.max(next.wallMs - previous.wallMs, next.monoMs - previous.monoMs);
  return gap > 2 * intervalMs + slackMs;
}

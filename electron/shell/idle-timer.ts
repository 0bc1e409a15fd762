// Fires once after `minutes` without activity. Activity only records a timestamp, so input events
// (every mouse move) cost nothing; the single timeout re-arms itself for the remaining time.

export interface IdleTimerOptions {
  minutes: number;
  onIdle: () => void;
  now?: () => number;
}

const MINUTE_MS = 60_000;

export class IdleTimer {
  private minutesValue: number;
  private last: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onIdle: () => void;
  private readonly now: () => number;

  constructor(options: IdleTimerOptions) {
    this.minutesValue = options.minutes;
    this.onIdle = options.onIdle;
    this.now = options.now ?? Date.now;
    this.last = this.now();
    this.arm(this.limitMs());
  }

  get minutes(): number {
    return this.minutesValue;
  }

  /** Something happened: the idle period starts again. Re-arms after the timer has fired. */
  touch(): void {
    this.last = this.now();
    if (this.timer === undefined) this.arm(this.limitMs());
  }

  setMinutes(minutes: number): void {
    this.minutesValue = minutes;
    this.disarm();
    this.arm(Math.max(0, this.limitMs() - (this.now() - this.last)));
  }

  stop(): void {
    this.disarm();
  }

  private limitMs(): number {
    return this.minutesValue * MINUTE_MS;
  }

  private arm(delayMs: number): void {
    this.timer = setTimeout(() => this.check(), delayMs);
  }

  private disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private check(): void {
    this.timer = undefined;
    const idleMs = this.now() - this.last;
    if (idleMs >= this.limitMs()) this.onIdle();
    else this.arm(this.limitMs() - idleMs);
  }
}

// When the desktop app syncs: at unlock, shortly after the last write, when the sync folder changes
// (a watcher, with a slow poll for systems where watching misses things), and once more before a
// lock drops the key. Rounds never overlap: a request during a round runs one more round after it.
// A failure becomes the activity the window shows, never a crash. No 'electron' import: the test
// bridge runs it too.
import type { SyncActivity, SyncRound, SyncStatus } from '../../shared/contract/sync';
import { HearthError, type ErrorInfo } from '../../shared/errors';

export const WRITE_QUIET_MS = 2_000;
export const FOLDER_QUIET_MS = 1_000;
export const POLL_MS = 60_000;

export interface SyncApi {
  syncStatus(): Promise<SyncStatus>;
  syncNow(): Promise<SyncRound>;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Watches a folder; `onChange` gets the changed path inside it ('/'-separated) or null when unknown. Returns the stop function. */
export type WatchFolder = (folder: string, onChange: (path: string | null) => void) => () => void;

export interface SyncSchedulerOptions {
  api: SyncApi;
  watch: WatchFolder;
  /** Told whenever the activity changes. */
  onActivity: (activity: SyncActivity) => void;
  /** Told after a round applied changes from other devices: the window fetches again. */
  onApplied: () => void;
  now?: () => Date;
  timers?: Timers;
}

type Outcome = { ok: true; round: SyncRound } | { ok: false; error: unknown };

const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  setInterval: (fn, ms) => {
    const t = setInterval(fn, ms);
    t.unref();
    return t;
  },
  clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
};

function messageOf(error: unknown): string {
  if (error instanceof HearthError) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof (error as ErrorInfo).message === 'string') return (error as ErrorInfo).message;
  return 'Something went wrong inside Hearth.';
}

export class SyncScheduler {
  private active = false;
  private ownFolder: string | null = null;
  private current: Promise<Outcome> | null = null;
  private queued: Promise<Outcome> | null = null;
  private forced = false;
  private quiet: unknown = null;
  private poll: unknown = null;
  private stopWatch: (() => void) | null = null;
  private state: SyncActivity = { syncing: false, last: null };
  private readonly timers: Timers;
  private readonly now: () => Date;

  constructor(private readonly options: SyncSchedulerOptions) {
    this.timers = options.timers ?? realTimers;
    this.now = options.now ?? (() => new Date());
  }

  get activity(): SyncActivity {
    return this.state;
  }

  /**
   * The journal was unlocked, or its sync folder set up or left: reads whether it syncs, starts
   * or stops watching, and syncs at once when it does.
   */
  async start(): Promise<void> {
    this.stopTimers();
    let status: SyncStatus;
    try {
      status = await this.options.api.syncStatus();
    } catch {
      this.active = false;
      return;
    }
    this.active = status.folder !== null;
    if (!this.active || status.folder === null) {
      this.setState({ syncing: false, last: null });
      return;
    }
    const own = status.device ? `devices/${status.device.id}/` : null;
    // This computer's own files arriving in the folder are no news.
    this.stopWatch = this.options.watch(status.folder, (path) => {
      if (path === null || own === null || !path.replaceAll('\\', '/').startsWith(own)) this.soon(FOLDER_QUIET_MS);
    });
    this.ownFolder = status.folder;
    this.poll = this.timers.setInterval(() => void this.request(), POLL_MS);
    await this.request();
  }

  /** The journal was written: sync once writing has been quiet a while. */
  wrote(): void {
    if (this.active) this.soon(WRITE_QUIET_MS);
  }

  /** "Sync now": one round after any running one; rejects with the round's error. */
  async syncNow(): Promise<SyncRound> {
    const outcome = await this.request(true);
    if (!outcome.ok) throw outcome.error;
    return outcome.round;
  }

  /**
   * Before a lock: stops watching and publishes what is left, in the service's queue ahead of the
   * lock, so the key is still there. Never throws.
   */
  async beforeLock(): Promise<void> {
    const wasActive = this.active;
    this.stop();
    if (wasActive) await this.request(true);
    this.setState({ syncing: false, last: null });
  }

  /** Stops everything (at lock and quit). */
  stop(): void {
    this.active = false;
    this.ownFolder = null;
    this.stopTimers();
  }

  /** The folder being watched, or null. */
  get folder(): string | null {
    return this.ownFolder;
  }

  private stopTimers(): void {
    if (this.quiet !== null) this.timers.clearTimeout(this.quiet);
    if (this.poll !== null) this.timers.clearInterval(this.poll);
    this.quiet = null;
    this.poll = null;
    this.stopWatch?.();
    this.stopWatch = null;
  }

  private soon(ms: number): void {
    if (this.quiet !== null) this.timers.clearTimeout(this.quiet);
    this.quiet = this.timers.setTimeout(() => {
      this.quiet = null;
      if (this.active) void this.request();
    }, ms);
  }

  /**
   * A round now, or right after the running one (requests meanwhile share that one round). A
   * forced round runs even when the scheduler is stopped (before a lock, "Sync now").
   */
  private request(force = false): Promise<Outcome> {
    if (force) this.forced = true;
    if (this.current === null) return this.begin();
    this.queued ??= this.current.then(() => {
      this.queued = null;
      return this.begin();
    });
    return this.queued;
  }

  private begin(): Promise<Outcome> {
    const run = this.round().finally(() => {
      if (this.current === run) this.current = null;
    });
    this.current = run;
    return run;
  }

  private async round(): Promise<Outcome> {
    const forced = this.forced;
    this.forced = false;
    if (!forced && !this.active) return { ok: false, error: new HearthError('LOCKED') };
    this.setState({ ...this.state, syncing: true });
    let outcome: Outcome;
    try {
      outcome = { ok: true, round: await this.options.api.syncNow() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    const at = this.now().toISOString();
    if (outcome.ok) {
      this.setState({ syncing: false, last: { ok: true, round: outcome.round, at } });
      if (outcome.round.applied > 0) this.options.onApplied();
    } else if (this.active || forced) {
      this.setState({ syncing: false, last: { ok: false, message: messageOf(outcome.error), at } });
    } else {
      // Locked meanwhile: nothing to show.
      this.setState({ ...this.state, syncing: false });
    }
    return outcome;
  }

  /** Tells only of a change: a journal that does not sync sends the window nothing. */
  private setState(next: SyncActivity): void {
    if (next.syncing === this.state.syncing && next.last === this.state.last) return;
    this.state = next;
    this.options.onActivity(next);
  }
}

// One writer per vault: a lock file next to hearth.db, created atomically ('wx', 0600) and holding
// the owner's pid and host. It is held only around a write (refresh, seal, commit), so the app and
// the CLI can both have the journal open. A lock whose owner is a dead process on this host, or an
// empty lock file older than a few seconds (its owner died between create and write), is stale and
// broken; breaking takes a second lock, so two processes never break the same lock twice.
import { closeSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { HearthError } from '../../shared/errors';

export interface LockOwner {
  pid: number;
  host: string;
  at: string;
}

/** A lock file with no owner written yet is that young at most, unless its writer died. */
const UNWRITTEN_GRACE_MS = 5_000;
const POLL_MS = 15;
export const LOCK_TIMEOUT_MS = 15_000;

/** A FILE_ERROR, so the app and the CLI tell it as the sentence it carries. */
export class LockBusyError extends HearthError {
  constructor(readonly owner: LockOwner | null) {
    super(
      'FILE_ERROR',
      owner
        ? `Another Hearth program (process ${owner.pid} on ${owner.host}) is writing to this journal; try again in a moment.`
        : 'Another Hearth program is writing to this journal; try again in a moment.',
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null | 'gone' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw e;
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') return { pid: value.pid, host: value.host, at: String(value.at) };
  } catch {
    // Unwritten or torn: judged by its age below.
  }
  return null;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Creates `path` holding `owner`; false when it already exists. */
function createExclusive(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

export class WriteLock {
  private depth = 0;
  private readonly self: LockOwner;

  constructor(readonly path: string) {
    this.self = { pid: process.pid, host: hostname(), at: '' };
  }

  get held(): boolean {
    return this.depth > 0;
  }

  /** Takes the lock, waiting without blocking the thread; re-entrant within this object. */
  async acquire(timeoutMs = LOCK_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.tryAcquire()) {
      if (Date.now() >= deadline) throw new LockBusyError(this.owner());
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Takes the lock, blocking the thread while another process holds it (only for short writes). */
  acquireSync(timeoutMs = LOCK_TIMEOUT_MS): void {
    const deadline = Date.now() + timeoutMs;
    while (!this.tryAcquire()) {
      if (Date.now() >= deadline) throw new LockBusyError(this.owner());
      sleepSync(POLL_MS);
    }
  }

  release(): void {
    if (this.depth === 0) return;
    this.depth -= 1;
    if (this.depth === 0) unlinkSync(this.path);
  }

  /** Runs fn holding the lock (taken synchronously if not yet held). */
  run<T>(fn: () => T): T {
    this.acquireSync();
    try {
      return fn();
    } finally {
      this.release();
    }
  }

  /** Who holds the lock now, if anyone can tell. */
  owner(): LockOwner | null {
    const owner = readOwner(this.path);
    return owner === 'gone' ? null : owner;
  }

  private tryAcquire(): boolean {
    if (this.depth > 0) {
      this.depth += 1;
      return true;
    }
    if (createExclusive(this.path, { ...this.self, at: new Date().toISOString() })) {
      this.depth = 1;
      return true;
    }
    this.breakIfStale();
    return false;
  }

  private isStale(owner: LockOwner | null | 'gone'): boolean {
    if (owner === 'gone') return false;
    if (owner === null) return ageMs(this.path) > UNWRITTEN_GRACE_MS;
    // Another host's process cannot be checked from here: wait for it instead.
    if (owner.host !== this.self.host) return false;
    // Our own pid may be another service of this process (tests, the test bridge): alive, so it waits.
    return !alive(owner.pid);
  }

  private breakIfStale(): void {
    if (!this.isStale(readOwner(this.path))) return;
    const breaker = `${this.path}.break`;
    if (!createExclusive(breaker, { ...this.self, at: new Date().toISOString() })) {
      // Someone else is breaking it, or died doing so: a breaker older than the grace is stale too.
      if (ageMs(breaker) > UNWRITTEN_GRACE_MS) rmSync(breaker, { force: true });
      return;
    }
    try {
      // Judged again under the breaker: the lock may have been replaced by a live owner meanwhile.
      if (this.isStale(readOwner(this.path))) unlinkSync(this.path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    } finally {
      rmSync(breaker, { force: true });
    }
  }
}

// One writer per vault: an exclusive lock the operating system holds on `hearth.writer`, a file next
// to hearth.db that stays in place. SQLite takes it for us (BEGIN EXCLUSIVE on that file, an empty
// database: fcntl locks on POSIX, LockFileEx on Windows) and nothing is ever written under it. It is
// held only around a write (refresh, seal, commit), so the app and the CLI can both have the journal
// open; another object, in this process or another, waits. The operating system drops the lock when
// its holder's process ends, however it ends, so a dead holder never blocks anyone. Taking and
// dropping it costs a few system calls, where a lock file made and removed on each write cost a
// create and an unlink in the folder.
import Database from 'better-sqlite3';
import { closeSync, lstatSync, openSync, truncateSync } from 'node:fs';
import { HearthError } from '../../shared/errors';

const POLL_MS = 15;
export const LOCK_TIMEOUT_MS = 15_000;

/** A FILE_ERROR, so the app and the CLI tell it as the sentence it carries. */
export class LockBusyError extends HearthError {
  constructor() {
    super('FILE_ERROR', 'Another Hearth program is writing to this journal; try again in a moment.');
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The lock file made owner-only before SQLite opens it (SQLite would make it world-readable), and refused when it is not a plain file. */
function ensureLockFile(path: string): void {
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if (!lstatSync(path).isFile()) throw new HearthError('FILE_ERROR', `${path} is not a plain file; Hearth takes its write lock there. Move it away and try again.`);
}

export class WriteLock {
  private depth = 0;
  /** How many times this object has taken the lock from free. */
  private takings = 0;
  private db: Database.Database | null = null;

  /** `nativeBinding`: the better_sqlite3.node the vault's database is opened with (Electron's ABI in the app). */
  constructor(
    readonly path: string,
    private readonly nativeBinding?: string,
  ) {}

  get held(): boolean {
    return this.depth > 0;
  }

  /**
   * Which of this object's takings of the lock is under way, or null when it is not held. While the
   * same one lasts, no other holder (object or process) can have written.
   */
  get taking(): number | null {
    return this.depth > 0 ? this.takings : null;
  }

  /** Takes the lock, waiting without blocking the thread; re-entrant within this object. */
  async acquire(timeoutMs = LOCK_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.tryAcquire()) {
      if (Date.now() >= deadline) throw new LockBusyError();
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Takes the lock, blocking the thread while another holds it (only for short writes). */
  acquireSync(timeoutMs = LOCK_TIMEOUT_MS): void {
    const deadline = Date.now() + timeoutMs;
    while (!this.tryAcquire()) {
      if (Date.now() >= deadline) throw new LockBusyError();
      sleepSync(POLL_MS);
    }
  }

  release(): void {
    if (this.depth === 0) return;
    this.depth -= 1;
    if (this.depth > 0) return;
    const db = this.db!;
    try {
      db.exec('COMMIT');
    } catch {
      // Only the first lock of a new file writes anything (SQLite's header page). Should that fail
      // (a full disk), nothing of the journal's is lost: the lock goes all the same, and the next
      // one writes the page.
      if (db.inTransaction) db.exec('ROLLBACK');
    }
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

  /** Lets go of the lock file; the lock is taken again (the file opened again) on the next acquire. */
  close(): void {
    this.depth = 0;
    this.db?.close();
    this.db = null;
  }

  private tryAcquire(): boolean {
    if (this.depth > 0) {
      this.depth += 1;
      return true;
    }
    try {
      this.begin();
    } catch (e) {
      if ((e as { code?: unknown }).code === 'SQLITE_BUSY') return false;
      throw e;
    }
    this.depth = 1;
    this.takings += 1;
    return true;
  }

  private begin(): void {
    try {
      this.connection().exec('BEGIN EXCLUSIVE');
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'SQLITE_NOTADB') throw e;
      // Damaged, it would refuse every write for good. No one can hold a lock on it (SQLite reads
      // the file as it locks), so emptying it in place, where every process finds it, loses nothing.
      truncateSync(this.path, 0);
      this.connection().exec('BEGIN EXCLUSIVE');
    }
  }

  private connection(): Database.Database {
    if (this.db) return this.db;
    ensureLockFile(this.path);
    // timeout 0: a busy lock is reported at once, and acquire() decides how to wait.
    this.db = new Database(this.path, { fileMustExist: true, timeout: 0, ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}) });
    return this.db;
  }
}

// Opens hearth.db with the durability and hygiene settings of DESIGN.md and runs migrations.
import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { isOutOfSpace } from './disk-space';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Refuse to create the file (every path except creating a journal). */
  mustExist: boolean;
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI in the app). */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions): Db {
  try {
    return openWith(file, options, false);
  } catch (e) {
    if (!isOutOfSpace(e, dirname(file))) throw e;
    // WAL's shared-memory index is a file SQLite must grow; on a full disk it cannot. In exclusive
    // locking mode the index lives in this process's memory instead, so the journal can still be
    // read (another process waits while this one has it open).
    return openWith(file, options, true);
  }
}

function openWith(file: string, options: OpenOptions, exclusive: boolean): Db {
  const db = new Database(file, {
    fileMustExist: options.mustExist,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (exclusive) db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    // An acknowledged write survives a crash or power loss.
    db.pragma('synchronous = FULL');
    // Deleted and overwritten bytes are zeroed, not left in free pages.
    db.pragma('secure_delete = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Brings the schema to the newest version, one transaction per step, tracked in user_version. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`hearth.db has schema version ${current}; this Hearth knows up to ${MIGRATIONS.length}`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/** Fold the WAL back into the main file and empty it, so no stale pages linger beside it. */
export function checkpointAndClose(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A full disk or a reader in another process: every commit is still in the WAL, and the next
    // open folds it in. Closing must not fail a command that has done its work.
  } finally {
    db.close();
  }
}

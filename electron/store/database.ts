// Opens hearth.db with the durability and hygiene settings of DESIGN.md and runs migrations.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Refuse to create the file (every path except creating a journal). */
  mustExist: boolean;
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI in the app). */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions): Db {
  const db = new Database(file, {
    fileMustExist: options.mustExist,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
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
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

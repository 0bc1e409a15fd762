// Opening the vault's database file: a journal is there when the file holds a vault id.
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { HearthError } from '../../shared/errors';
import { FILE_MODE, FOLDER_MODE, makePrivateFolder } from './atomic-file';
import { openDatabase, type Db } from '../store/database';
import { RecordStore } from '../store/record-store';

export interface OpenVault {
  db: Db;
  store: RecordStore;
  vaultId: string;
}

export interface VaultFile {
  dbPath: string;
  /** better_sqlite3.node built for the running runtime (Electron's ABI in the desktop app). */
  nativeBinding?: string | undefined;
}

export function openVaultDatabase(file: VaultFile, mustExist: boolean): Db {
  return openDatabase(file.dbPath, { mustExist, ...(file.nativeBinding ? { nativeBinding: file.nativeBinding } : {}) });
}

/** The vault's database and id, or null when there is no journal here. */
export function openVault(file: VaultFile, mustExist: boolean): OpenVault | null {
  if (!existsSync(file.dbPath)) return null;
  const db = openVaultDatabase(file, mustExist);
  const store = new RecordStore(db);
  const vaultId = store.vaultId();
  if (vaultId === null) {
    db.close();
    return null;
  }
  return { db, store, vaultId };
}

export function requireVault(file: VaultFile): OpenVault {
  const vault = openVault(file, true);
  if (!vault) throw new HearthError('NO_VAULT');
  return vault;
}

/**
 * The vault folder made private and hearth.db created empty with owner-only permissions before
 * SQLite opens it: SQLite would create it world-readable under the usual umask, and gives the
 * -wal and -shm files it creates later the same permissions as hearth.db.
 */
export function createPrivateDatabaseFile(vaultDir: string, dbPath: string): void {
  makePrivateFolder(vaultDir);
  chmodSync(vaultDir, FOLDER_MODE);
  if (!existsSync(dbPath)) closeSync(openSync(dbPath, 'wx', FILE_MODE));
}

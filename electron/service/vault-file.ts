// Opening the vault's database file: a journal is there when the file holds a vault id.
import { chmodSync, closeSync, existsSync, openSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { HearthError } from '../../shared/errors';
import { FILE_MODE, FOLDER_MODE, makePrivateFolder } from '../files/atomic-file';
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

/** What to do about a journal file that is there but cannot be opened; never "create a new one". */
export function damagedJournalMessage(vaultDir: string): string {
  return (
    `The journal in ${vaultDir} cannot be opened: its file is damaged or incomplete. ` +
    'Copy what can still be read into a new journal with "hearth salvage --out NEW_FOLDER" (in the app: "Recover what can be read"), ' +
    'or restore a backup into a new folder. Creating a new journal here would replace its keys, so Hearth refuses to.'
  );
}

/** SQLite's "this file is damaged" failures become the sentence above; anything else is passed on. */
export function asDamagedJournal(e: unknown, vaultDir: string): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) {
    return new HearthError('CORRUPT_RECORD', damagedJournalMessage(vaultDir));
  }
  return e;
}

/** A journal's files in the folder: hearth.db, its -wal and -shm, lock and temporary files. */
export function hearthFilesIn(vaultDir: string): string[] {
  try {
    return readdirSync(vaultDir).filter((name) => /^hearth[.-]/.test(name) || name.endsWith('.partial'));
  } catch {
    return [];
  }
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

/** The journal, NO_VAULT when there is no file, CORRUPT_RECORD (pointing to salvage) when the file cannot be opened as one. */
export function requireVault(file: VaultFile): OpenVault {
  if (!existsSync(file.dbPath)) throw new HearthError('NO_VAULT');
  let vault: OpenVault | null;
  try {
    vault = openVault(file, true);
  } catch (e) {
    throw asDamagedJournal(e, dirname(file.dbPath));
  }
  if (!vault) throw new HearthError('CORRUPT_RECORD', damagedJournalMessage(dirname(file.dbPath)));
  return vault;
}

/**
 * Before a journal is created: a folder holding any of a journal's files is refused, whole or
 * damaged, so a new journal never replaces the keys of an old one.
 */
export function refuseOccupiedFolder(file: VaultFile, vaultDir: string): void {
  if (hearthFilesIn(vaultDir).length === 0) return;
  let whole = false;
  try {
    const vault = openVault(file, true);
    whole = vault !== null;
    vault?.db.close();
  } catch {
    whole = false;
  }
  throw new HearthError('VAULT_EXISTS', whole ? undefined : damagedJournalMessage(vaultDir));
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

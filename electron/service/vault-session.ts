// A session: the unlocked journal with its database, keys and index, from its opening (a new vault,
// an unlock, a rotated key) to its closing, when the keys are wiped. HearthService (./hearth-service.ts)
// decides when; this file knows how, and leaves nothing open or unwiped when a step fails.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type SealProblem } from '../../shared/domain';
import { checkpointAndClose, type Db } from '../store/database';
import { RecordStore, type ManifestRow, type StoredRecord } from '../store/record-store';
import { WriteLock } from '../store/write-lock';
import { createKeys, type KdfCost } from '../vault/key-manager';
import { FORMAT_VERSION, RecordCipher } from '../vault/record-cipher';
import { loadSodium, type Sodium } from '../vault/sodium';
import { UnlockWorker, WORKER_MIN_RECORDS } from '../vault/unlock-worker';
import { Journal, SCHEMA } from './journal';
import { JournalIndex } from './journal-index';
import { JournalSync, sealProblems, unsealed } from './journal-sync';
import type { RotatedKey } from './key-rotation';
import { loadJournal } from './load-journal';
import { LOCK_FILE, VAULT_FILE } from './paths';
import { RecordLedger } from './record-ledger';
import { asDamagedJournal, createPrivateDatabaseFile, openVaultDatabase, type OpenVault, type VaultFile } from './vault-file';

export interface Session {
  db: Db;
  store: RecordStore;
  vaultId: string;
  dataKey: Uint8Array;
  cipher: RecordCipher;
  journal: Journal;
}

/** What a session needs besides its keys: where its write lock lives, and the clock. */
export interface SessionPlace {
  file: VaultFile;
  vaultDir: string;
  lockFile: string;
  now: () => Date;
}

/** The place of the journal in `vaultDir`: its database file and its write lock's file. */
export function sessionPlace(vaultDir: string, now: () => Date, nativeBinding?: string): SessionPlace {
  return { file: { dbPath: join(vaultDir, VAULT_FILE), nativeBinding }, vaultDir, lockFile: join(vaultDir, LOCK_FILE), now };
}

/** What unlocking needs before the key is known: the sealed rows and their ledger, and a worker warming up. */
export interface PreparedLoad {
  rows: StoredRecord[];
  counter: number;
  manifest: ManifestRow | null;
  /** The change mark, read just before the rows. */
  marked: number | null;
  /** The rows' ledger, made while Argon2 runs; the session keeps it and the seal is checked against it. */
  ledger: RecordLedger;
  /** Null for a journal too small to be worth a second thread. */
  worker: UnlockWorker | null;
}

/**
 * A new journal in an empty folder, open: its keys, its default settings sealed, its seal. On any
 * failure the folder is left as it was (it held no journal file before).
 */
export async function createSession(place: SessionPlace, passphrase: string, kdf: KdfCost): Promise<{ session: Session; recoveryKey: string }> {
  let db: Db | undefined;
  try {
    createPrivateDatabaseFile(place.vaultDir, place.file.dbPath);
    db = openVaultDatabase(place.file, false);
    const store = new RecordStore(db);
    const sodium = await loadSodium();
    const vaultId = randomUUID();
    const keys = await createKeys(sodium, store, vaultId, passphrase, kdf);
    const cipher = new RecordCipher(sodium, keys.dataKey);
    const settingsId = randomUUID();
    const settings = cipher.seal('settings', settingsId, SCHEMA, DEFAULT_SETTINGS);
    const ledger = new RecordLedger(0, new Map());
    const manifest = cipher.sealManifest(vaultId, 1, ledger.manifestAfter(1, [settings], []));
    keys.commit(() => {
      store.initVault(vaultId, FORMAT_VERSION);
      store.put(settings, 1);
      store.setManifest(1, manifest.nonce, manifest.box);
    });
    ledger.apply(1, [settings], []);
    const index = new JournalIndex(DEFAULT_SETTINGS);
    index.replaceSettings(settingsId, DEFAULT_SETTINGS, null);
    const sync = new JournalSync(store, cipher, vaultId, new WriteLock(place.lockFile, place.file.nativeBinding), ledger);
    const journal = new Journal(store, cipher, index, [], place.now, sync);
    return { session: { db, store, vaultId, dataKey: keys.dataKey, cipher, journal }, recoveryKey: keys.recoveryKey };
  } catch (e) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(place.file.dbPath + suffix, { force: true });
    throw e;
  }
}

/** Reads the sealed rows and, for a journal large enough, starts the unlock worker; a journal whose rows cannot be read is reported as damaged. */
export function prepareLoad(vault: OpenVault, place: SessionPlace): PreparedLoad {
  const { rows, counter, manifest, marked } = (() => {
    try {
      return vault.store.snapshot();
    } catch (e) {
      throw asDamagedJournal(e, place.vaultDir);
    }
  })();
  // A small journal opens sooner on this thread alone (see WORKER_MIN_RECORDS).
  const worker = rows.length >= WORKER_MIN_RECORDS ? UnlockWorker.start(rows) : null;
  return { rows, counter: counter ?? 0, manifest, marked, ledger: RecordLedger.of(counter ?? 0, rows), worker };
}

/**
 * Opens the prepared rows with the data key: the index, its corrupt records, and the seal checked
 * (a journal that does not match opens read-only; one from before the seal gets one). On failure
 * the key is wiped and the worker ended; closing the vault is the caller's.
 */
export async function startSession(sodium: Sodium, vault: OpenVault, dataKey: Uint8Array, load: PreparedLoad, place: SessionPlace): Promise<Session> {
  const cipher = new RecordCipher(sodium, dataKey);
  const lock = new WriteLock(place.lockFile, place.file.nativeBinding);
  try {
    let sealed: SealProblem[] = [];
    // The seal is checked while the worker opens records: there it delays the unlock about half as much as after them.
    const { index, corrupt } = await loadJournal(load.rows, cipher, load.worker ? { worker: load.worker, dataKey: dataKey.slice() } : undefined, () => {
      sealed = sealProblems(cipher, vault.vaultId, load.rows, load.manifest, load.marked, load.ledger);
    });
    const sync = new JournalSync(vault.store, cipher, vault.vaultId, lock, load.ledger);
    sync.keepSealProblems(sealed, new Set(corrupt.map((c) => c.id)));
    if (unsealed(load.rows, load.manifest)) sync.sealIfNew();
    return { ...vault, dataKey, cipher, journal: new Journal(vault.store, cipher, index, corrupt, place.now, sync) };
  } catch (e) {
    lock.close();
    cipher.wipe();
    dataKey.fill(0);
    void load.worker?.terminate();
    throw e;
  }
}

/** The open session going on under a rotated key; the old key is wiped. */
export function rotatedSession(s: Session, rotated: RotatedKey): Session {
  // The rotation sealed every record and the manifest anew: the ledger is read again from disk.
  const { counter, rows } = s.store.snapshot();
  const sync = new JournalSync(s.store, rotated.cipher, s.vaultId, s.journal.writeLock, RecordLedger.of(counter ?? 0, rows));
  const journal = s.journal.rekeyed(rotated.cipher, sync);
  s.cipher.wipe();
  s.dataKey.fill(0);
  return { ...s, dataKey: rotated.dataKey, cipher: rotated.cipher, journal };
}

/** The keys wiped, the write lock's file and the change mark let go, and the database checkpointed and closed. */
export function closeSession(s: Session): void {
  s.journal.writeLock.close();
  s.store.closeMark();
  s.cipher.wipe();
  s.dataKey.fill(0);
  checkpointAndClose(s.db);
}

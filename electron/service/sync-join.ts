// Joining a journal another computer syncs: a new vault in an empty folder, made from the keys a
// device left in the sync folder (the same journal id and, once the passphrase opens a key slot,
// the same data key; the slots are copied as they are, so the same passphrase and recovery key
// open it), then set up for sync and filled by one round that applies every change.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import { RecordStore } from '../store/record-store';
import { parseKeysFile, KEYS_FILE, type FolderKeys } from '../sync/folder-keys';
import { listDevices, readFolderFile } from '../sync/sync-folder';
import { deriveKey, kdfParamsAcceptable } from '../vault/kdf';
import { unwrapDataKey } from '../vault/keyslots';
import { FORMAT_VERSION, RecordCipher } from '../vault/record-cipher';
import { loadSodium } from '../vault/sodium';
import { HearthService } from './hearth-service';
import { VAULT_FILE } from './paths';
import { RecordLedger } from './record-ledger';
import { SCHEMA } from './stored-records';
import { setUpSync, type SyncRoundResult } from './sync-session';
import { createPrivateDatabaseFile, openVaultDatabase, refuseOccupiedFolder } from './vault-file';

export interface JoinOptions {
  folder: string;
  /** A new or empty folder for the new vault. */
  vaultDir: string;
  /** The passphrase of the journal in the sync folder. */
  passphrase: string;
  deviceName?: string;
  nativeBinding?: string;
}

/** The keys files of the folder's devices; none means no journal to join. */
export async function readFolderKeys(folder: string): Promise<FolderKeys[]> {
  const found: FolderKeys[] = [];
  for (const id of await listDevices(folder)) {
    const file = await readFolderFile(folder, `devices/${id}/${KEYS_FILE}`);
    const keys = file && parseKeysFile(file);
    if (keys) found.push(keys);
  }
  return found;
}

/** The key slots of the first device whose passphrase slot the passphrase opens, with its key-encryption key and the data key. */
export async function openFolderKeys(all: FolderKeys[], passphrase: string): Promise<{ keys: FolderKeys; kek: Uint8Array; dataKey: Uint8Array } | null> {
  const sodium = await loadSodium();
  for (const keys of all) {
    const slot = keys.slots.find((s) => s.slot === 'passphrase');
    if (!slot?.kdf || !kdfParamsAcceptable(slot.kdf)) continue;
    const kek = await deriveKey(passphrase, slot.kdf);
    const dataKey = unwrapDataKey(sodium, slot, kek, keys.journal);
    if (dataKey !== null) return { keys, kek, dataKey };
    kek.fill(0);
  }
  return null;
}

export async function joinSyncFolder(options: JoinOptions): Promise<SyncRoundResult> {
  const folder = resolve(options.folder);
  const vaultDir = resolve(options.vaultDir);
  const all = await readFolderKeys(folder);
  if (all.length === 0) throw new HearthError('SYNC_NO_JOURNAL');
  const file = { dbPath: join(vaultDir, VAULT_FILE), nativeBinding: options.nativeBinding };
  refuseOccupiedFolder(file, vaultDir);
  const opened = await openFolderKeys(all, options.passphrase);
  if (opened === null) throw new HearthError('WRONG_PASSPHRASE', 'That passphrase does not open the journal in this sync folder.');
  const { keys, kek } = opened;
  opened.dataKey.fill(0);
  let service: HearthService | null = null;
  try {
    await createJoinedVault(vaultDir, file, keys, kek);
    service = new HearthService({ vaultDir, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    if (!(await service.unlockWithPassphraseKey(kek))) throw new HearthError('WRONG_PASSPHRASE');
    return await service.withLockedJournal((j) => setUpSync(j, { folder, ...(options.deviceName === undefined ? {} : { deviceName: options.deviceName }) }, 'join'));
  } catch (e) {
    service?.close();
    service = null;
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file.dbPath + suffix, { force: true });
    throw e;
  } finally {
    kek.fill(0);
    service?.close();
  }
}

/** hearth.db with the folder journal's id and key slots, and settings of its own (the folder's win at the first round). */
async function createJoinedVault(vaultDir: string, file: { dbPath: string; nativeBinding?: string | undefined }, keys: FolderKeys, kek: Uint8Array): Promise<void> {
  const sodium = await loadSodium();
  const passphraseSlot = keys.slots.find((s) => s.slot === 'passphrase')!;
  const dataKey = unwrapDataKey(sodium, passphraseSlot, kek, keys.journal)!;
  const cipher = new RecordCipher(sodium, dataKey);
  createPrivateDatabaseFile(vaultDir, file.dbPath);
  const db = openVaultDatabase(file, false);
  try {
    const store = new RecordStore(db);
    const settings = cipher.seal('settings', randomUUID(), SCHEMA, DEFAULT_SETTINGS);
    const manifest = cipher.sealManifest(keys.journal, 1, new RecordLedger(0, new Map()).manifestAfter(1, [settings], []));
    store.transaction(() => {
      store.initVault(keys.journal, FORMAT_VERSION);
      for (const slot of keys.slots) store.putKeyslot(slot);
      store.put(settings, 1);
      store.setManifest(1, manifest.nonce, manifest.box);
    });
  } finally {
    cipher.wipe();
    dataKey.fill(0);
    db.close();
  }
}

// Adopting a sync folder's journal on a computer that already has a journal of its own: every
// record here is sealed again under the folder journal's key and id, its key slots are taken (so
// this journal then opens with that journal's passphrase and recovery key), and sync is set up,
// which stamps and publishes everything. One transaction, as a key rotation (./key-rotation.ts).
// The journal must be locked in every process first (as for `passwd --rotate-key`): a process
// still holding the old key would go on sealing records under it.
import { join, resolve } from 'node:path';
import { HearthError } from '../../shared/errors';
import type { RecordStore } from '../store/record-store';
import { SyncRows } from '../store/sync-rows';
import { WriteLock } from '../store/write-lock';
import type { Keyslot } from '../vault/keyslots';
import { openWithPassphrase } from '../vault/key-manager';
import { RecordCipher } from '../vault/record-cipher';
import { loadSodium } from '../vault/sodium';
import { LOCK_FILE, VAULT_FILE } from './paths';
import { resealRecords } from './reseal-records';
import { openFolderKeys, readFolderKeys } from './sync-join';
import { setUpSync, type SyncRoundResult } from './sync-session';
import { HearthService } from './hearth-service';
import { openVault } from './vault-file';

export interface AdoptOptions {
  folder: string;
  /** The folder of this computer's own journal, locked. */
  vaultDir: string;
  /** This journal's passphrase, to open what it holds. */
  ownPassphrase: string;
  /** The passphrase of the journal in the sync folder: this journal's passphrase afterwards. */
  passphrase: string;
  deviceName?: string;
}

export async function adoptSyncFolder(options: AdoptOptions): Promise<SyncRoundResult> {
  const folder = resolve(options.folder);
  const vaultDir = resolve(options.vaultDir);
  const all = await readFolderKeys(folder);
  if (all.length === 0) throw new HearthError('SYNC_NO_JOURNAL');
  const opened = await openFolderKeys(all, options.passphrase);
  if (opened === null) throw new HearthError('WRONG_PASSPHRASE', 'That passphrase does not open the journal in this sync folder.');
  const sodium = await loadSodium();
  const { keys, dataKey } = opened;
  opened.kek.fill(0);
  const target = new RecordCipher(sodium, dataKey);
  const vault = openVault({ dbPath: join(vaultDir, VAULT_FILE) }, true);
  if (vault === null) throw new HearthError('NO_VAULT');
  let source: RecordCipher | null = null;
  try {
    if (vault.vaultId === keys.journal) throw new HearthError('SYNC_ALREADY_SET_UP', 'This journal is already the one in that sync folder: sync it with "hearth sync --folder".');
    if (new SyncRows(vault.db).device() !== null) throw new HearthError('SYNC_ALREADY_SET_UP');
    const ownKey = await openWithPassphrase(sodium, vault.store, vault.vaultId, options.ownPassphrase);
    if (ownKey === null) throw new HearthError('WRONG_PASSPHRASE');
    source = new RecordCipher(sodium, ownKey);
    ownKey.fill(0);
    const lock = new WriteLock(join(vaultDir, LOCK_FILE));
    try {
      reseal(vault.store, vault.vaultId, source, target, keys.journal, keys.slots, lock);
    } finally {
      lock.close();
    }
  } finally {
    source?.wipe();
    target.wipe();
    dataKey.fill(0);
    vault.db.close();
  }
  const service = new HearthService({ vaultDir });
  try {
    await service.unlock({ passphrase: options.passphrase });
    return await service.withLockedJournal((j) => setUpSync(j, { folder, ...(options.deviceName === undefined ? {} : { deviceName: options.deviceName }) }));
  } finally {
    service.close();
  }
}

function reseal(store: RecordStore, ownId: string, source: RecordCipher, target: RecordCipher, journal: string, slots: readonly Keyslot[], lock: WriteLock): void {
  lock.run(() => {
    let committed = 0;
    store.transaction(() => {
      committed = resealRecords(store, ownId, source, target, journal);
      store.changeVaultId(journal);
      store.db.prepare('DELETE FROM keyslots').run();
      for (const slot of slots) store.putKeyslot(slot);
    });
    store.markCommitted(committed);
  });
}

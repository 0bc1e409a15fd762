// Rotating the data key: every record that opens is sealed again under a fresh key, and both key
// slots are replaced, in one transaction. An old copy of hearth.db and the old passphrase or
// recovery key then open nothing written afterwards. The recovery key cannot be kept (only its slot
// is stored, never the key), so a rotation always gives a new one. It is a write like any other:
// under the vault's write lock, with the change counter bumped and the seal made again under the
// new key; a journal that does not match its seal is not rotated (that would seal the altered state).
// A journal that syncs is not rotated either: the other computers hold the data key, and would
// read nothing written under a new one (SYNC_KEY_ROTATION; leave sync everywhere first).
import { HearthError } from '../../shared/errors';
import type { RecordStore } from '../store/record-store';
import { SyncRows } from '../store/sync-rows';
import type { WriteLock } from '../store/write-lock';
import { createKeys, type KdfCost } from '../vault/key-manager';
import { RecordCipher } from '../vault/record-cipher';
import type { Sodium } from '../vault/sodium';
import { resealRecords } from './reseal-records';

export interface RotatedKey {
  dataKey: Uint8Array;
  cipher: RecordCipher;
  recoveryKey: string;
}

export async function rotateDataKey(
  sodium: Sodium,
  store: RecordStore,
  vaultId: string,
  oldCipher: RecordCipher,
  passphrase: string,
  cost: KdfCost,
  lock: WriteLock,
): Promise<RotatedKey> {
  if (new SyncRows(store.db).device() !== null) throw new HearthError('SYNC_KEY_ROTATION');
  const keys = await createKeys(sodium, store, vaultId, passphrase, cost);
  const cipher = new RecordCipher(sodium, keys.dataKey);
  try {
    lock.run(() => {
      let committed = 0;
      keys.commit(() => {
        committed = resealRecords(store, vaultId, oldCipher, cipher, vaultId);
      });
      store.markCommitted(committed);
    });
  } catch (e) {
    cipher.wipe();
    keys.dataKey.fill(0);
    throw e;
  }
  return { dataKey: keys.dataKey, cipher, recoveryKey: keys.recoveryKey };
}

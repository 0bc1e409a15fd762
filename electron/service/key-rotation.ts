// Rotating the data key: every record that opens is sealed again under a fresh key, and both key
// slots are replaced, in one transaction. An old copy of hearth.db and the old passphrase or
// recovery key then open nothing written afterwards. The recovery key cannot be kept (only its slot
// is stored, never the key), so a rotation always gives a new one.
import type { RecordStore } from '../store/record-store';
import { createKeys, type KdfCost } from '../vault/key-manager';
import { RecordCipher, type RecordKind, type SealedRecord } from '../vault/record-cipher';
import type { Sodium } from '../vault/sodium';

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
): Promise<RotatedKey> {
  const keys = await createKeys(sodium, store, vaultId, passphrase, cost);
  const cipher = new RecordCipher(sodium, keys.dataKey);
  try {
    keys.commit(() => {
      // Read inside the transaction: nothing written meanwhile is left under the old key.
      const resealed: SealedRecord[] = [];
      for (const row of store.all()) {
        let text: string;
        try {
          text = oldCipher.openText(row);
        } catch {
          // A damaged record stays as it is: it opened under no key before either.
          continue;
        }
        resealed.push(cipher.sealJson(row.kind as RecordKind, row.id, row.schema, text));
      }
      for (const record of resealed) store.put(record);
    });
  } catch (e) {
    cipher.wipe();
    keys.dataKey.fill(0);
    throw e;
  }
  return { dataKey: keys.dataKey, cipher, recoveryKey: keys.recoveryKey };
}

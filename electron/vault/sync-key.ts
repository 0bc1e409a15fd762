// The key of a journal's sync folder: a subkey of the data key, apart from every record kind's and
// the manifest's, so a change file can never be opened as a record or the other way round.
// RecordCipher derives it too (syncFolderKey), with the sync-state subkey beside it.
import { KDF_CONTEXT, SYNC_SUBKEY_ID } from './record-cipher';
import type { Sodium } from './sodium';

export function deriveSyncKey(sodium: Sodium, dataKey: Uint8Array): Uint8Array {
  return sodium.crypto_kdf_derive_from_key(32, SYNC_SUBKEY_ID, KDF_CONTEXT, dataKey);
}

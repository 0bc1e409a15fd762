// A backup is encrypted under its own passphrase, not the journal's: it must open on a new computer
// after the journal's passphrase has changed, and one passphrase leaking does not open the other.
import { randomBytes } from 'node:crypto';
import { deriveKey, kdfParamsAcceptable, type KdfParams } from '../vault/kdf';

export function newBackupKdfParams(cost: { opsLimit: number; memLimit: number }): KdfParams {
  // A reader refuses parameters outside the range, so a backup made with them could never be opened.
  if (!kdfParamsAcceptable(cost)) throw new Error('backup KDF cost outside the accepted range');
  return { alg: 'argon2id13', opsLimit: cost.opsLimit, memLimit: cost.memLimit, salt: randomBytes(16).toString('base64') };
}

/** The 32-byte secretstream key; Argon2id runs in a worker thread. The caller memzeroes it. */
export function deriveBackupKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  return deriveKey(passphrase, params);
}

// The data key, wrapped twice: under the passphrase's key-encryption key and under the recovery key.
// The associated data binds the vault id, the slot and the KDF parameters, so a header edited to
// weaker parameters, or a slot copied from another vault, fails to unwrap.
import type { KdfParams } from './kdf';
import type { Sodium } from './sodium';

export type SlotName = 'passphrase' | 'recovery';

export interface Keyslot {
  slot: SlotName;
  kdf: KdfParams | null;
  nonce: Uint8Array;
  box: Uint8Array;
}

function slotAd(vaultId: string, slot: SlotName, kdf: KdfParams | null): string {
  const params = kdf ? `${kdf.alg}:${kdf.opsLimit}:${kdf.memLimit}:${kdf.salt}` : 'none';
  return `hearth-keyslot:v1:${vaultId}:${slot}:${params}`;
}

export function wrapDataKey(
  sodium: Sodium,
  dataKey: Uint8Array,
  kek: Uint8Array,
  vaultId: string,
  slot: SlotName,
  kdf: KdfParams | null,
): Keyslot {
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(dataKey, slotAd(vaultId, slot, kdf), null, nonce, kek);
  return { slot, kdf, nonce, box };
}

/** The data key, or null when the key-encryption key is wrong or the slot was altered. */
export function unwrapDataKey(sodium: Sodium, keyslot: Keyslot, kek: Uint8Array, vaultId: string): Uint8Array | null {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      keyslot.box,
      slotAd(vaultId, keyslot.slot, keyslot.kdf),
      keyslot.nonce,
      kek,
    );
  } catch {
    return null;
  }
}

/** The recovery key is 256 random bits, so a keyed hash (no Argon2) makes its key-encryption key. */
export function recoveryKek(sodium: Sodium, recoveryKey: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(32, 'hearth-recovery-kek:v1', recoveryKey);
}

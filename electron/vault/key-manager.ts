// Creating, opening and re-wrapping the data key of a vault. Knows the store's key slots and the
// crypto, nothing about entries.
import { deriveKey, kdfParamsAcceptable, type KdfParams } from './kdf';
import { recoveryKek, unwrapDataKey, wrapDataKey, type Keyslot, type SlotName } from './keyslots';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_BYTES } from './recovery-key';
import type { Sodium } from './sodium';

/** Where the key slots are kept (the store's RecordStore): declared here so the vault stays below the store. */
export interface KeyslotStore {
  keyslot(slot: SlotName): Keyslot | null;
  putKeyslot(k: Keyslot): void;
  transaction<T>(fn: () => T): T;
}

export interface KdfCost {
  opsLimit: number;
  memLimit: number;
}

function freshKdf(sodium: Sodium, cost: KdfCost): KdfParams {
  return { alg: 'argon2id13', opsLimit: cost.opsLimit, memLimit: cost.memLimit, salt: sodium.to_base64(sodium.randombytes_buf(16), sodium.base64_variants.ORIGINAL) };
}

async function wrapUnderPassphrase(sodium: Sodium, vaultId: string, dataKey: Uint8Array, passphrase: string, cost: KdfCost) {
  const kdf = freshKdf(sodium, cost);
  const kek = await deriveKey(passphrase, kdf);
  const slot = wrapDataKey(sodium, dataKey, kek, vaultId, 'passphrase', kdf);
  sodium.memzero(kek);
  return slot;
}

function wrapUnderNewRecoveryKey(sodium: Sodium, vaultId: string, dataKey: Uint8Array) {
  const recoveryKey = sodium.randombytes_buf(RECOVERY_KEY_BYTES);
  const kek = recoveryKek(sodium, recoveryKey);
  const slot = wrapDataKey(sodium, dataKey, kek, vaultId, 'recovery', null);
  sodium.memzero(kek);
  const text = formatRecoveryKey(recoveryKey);
  sodium.memzero(recoveryKey);
  return { slot, text };
}

/** Writes the header, both key slots and the given first records in one transaction. */
export async function createKeys(
  sodium: Sodium,
  store: KeyslotStore,
  vaultId: string,
  passphrase: string,
  cost: KdfCost,
): Promise<{ dataKey: Uint8Array; recoveryKey: string; commit: (more: () => void) => void }> {
  const dataKey = sodium.randombytes_buf(32);
  const passphraseSlot = await wrapUnderPassphrase(sodium, vaultId, dataKey, passphrase, cost);
  const recovery = wrapUnderNewRecoveryKey(sodium, vaultId, dataKey);
  return {
    dataKey,
    recoveryKey: recovery.text,
    commit: (more) =>
      store.transaction(() => {
        store.putKeyslot(passphraseSlot);
        store.putKeyslot(recovery.slot);
        more();
      }),
  };
}

/** The data key, or null for a wrong passphrase (or an altered slot: indistinguishable by design). */
export async function openWithPassphrase(sodium: Sodium, store: KeyslotStore, vaultId: string, passphrase: string): Promise<Uint8Array | null> {
  const slot = store.keyslot('passphrase');
  if (!slot || !slot.kdf || !kdfParamsAcceptable(slot.kdf)) return null;
  const kek = await deriveKey(passphrase, slot.kdf);
  const dataKey = unwrapDataKey(sodium, slot, kek, vaultId);
  sodium.memzero(kek);
  return dataKey;
}

export function openWithRecoveryKey(sodium: Sodium, store: KeyslotStore, vaultId: string, recoveryKeyText: string): Uint8Array | null {
  const slot = store.keyslot('recovery');
  const recoveryKey = parseRecoveryKey(recoveryKeyText);
  if (!slot || !recoveryKey) return null;
  const kek = recoveryKek(sodium, recoveryKey);
  const dataKey = unwrapDataKey(sodium, slot, kek, vaultId);
  sodium.memzero(kek);
  sodium.memzero(recoveryKey);
  return dataKey;
}

/** Re-wraps the data key under a new passphrase (fresh salt); entries are untouched. */
export async function setPassphrase(sodium: Sodium, store: KeyslotStore, vaultId: string, dataKey: Uint8Array, passphrase: string, cost: KdfCost): Promise<void> {
  const slot = await wrapUnderPassphrase(sodium, vaultId, dataKey, passphrase, cost);
  store.transaction(() => store.putKeyslot(slot));
}

/**
 * The passphrase's key-encryption key (Argon2id output), or null for a wrong passphrase: what the
 * CLI's unlock agent keeps, so later commands open the journal without deriving it again.
 */
export async function derivePassphraseKey(sodium: Sodium, store: KeyslotStore, vaultId: string, passphrase: string): Promise<Uint8Array | null> {
  const slot = store.keyslot('passphrase');
  if (!slot || !slot.kdf || !kdfParamsAcceptable(slot.kdf)) return null;
  const kek = await deriveKey(passphrase, slot.kdf);
  const dataKey = unwrapDataKey(sodium, slot, kek, vaultId);
  if (!dataKey) {
    sodium.memzero(kek);
    return null;
  }
  sodium.memzero(dataKey);
  return kek;
}

/** The data key from a key-encryption key kept from an earlier derivation; null once the passphrase (its salt) changed. */
export function openWithPassphraseKey(sodium: Sodium, store: KeyslotStore, vaultId: string, kek: Uint8Array): Uint8Array | null {
  const slot = store.keyslot('passphrase');
  if (!slot || !slot.kdf || !kdfParamsAcceptable(slot.kdf)) return null;
  return unwrapDataKey(sodium, slot, kek, vaultId);
}

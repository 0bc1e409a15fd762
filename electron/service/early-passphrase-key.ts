// Argon2id takes about two seconds at the default cost, and loading the service (SQLite's store,
// libsodium, zod, every feature) a quarter of a second more. A command that unlocks with the
// passphrase starts the derivation first, from the key slot read straight from hearth.db, and
// loads the service while it runs; HearthService.unlockWithEarlyKey then opens the journal with
// the key. This file stays light for that: it loads neither the service nor libsodium.
import { join } from 'node:path';
import { readPassphraseKdf } from '../store/passphrase-slot';
import { startDerivation, type KdfParams } from '../vault/kdf';
import { VAULT_FILE } from './paths';

export interface EarlyPassphraseKey {
  /** The passphrase's key-encryption key, once derived; the caller wipes it. */
  readonly kek: Promise<Uint8Array>;
  /** The slot's parameters it is derived with: the slot opened must still hold them. */
  readonly kdf: KdfParams;
  /** For a key not used after all: ends its thread, and wipes the key if it came. */
  cancel(): void;
}

/** The journal's passphrase slot, read; `derive` starts Argon2id on its own thread. */
export interface PassphraseSlot {
  derive(passphrase: string): EarlyPassphraseKey;
}

/** The slot, or null when it cannot be read here (no journal, a damaged file): the usual unlock then says why. */
export function readPassphraseSlot(vaultDir: string): PassphraseSlot | null {
  const kdf = readPassphraseKdf(join(vaultDir, VAULT_FILE));
  if (kdf === null) return null;
  return {
    derive(passphrase) {
      const { key, cancel } = startDerivation(passphrase, kdf);
      return { kek: key, kdf, cancel };
    },
  };
}

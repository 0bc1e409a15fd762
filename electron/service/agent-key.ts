// What the CLI's unlock agent asks of the journal while it holds a passphrase's key-encryption key:
// whether that key still opens the journal (a changed passphrase or key gives the slot a new salt,
// so it stops opening), and how to wipe it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openWithPassphraseKey } from '../vault/key-manager';
import { loadSodium } from '../vault/sodium';
import { VAULT_FILE } from './paths';
import { openVault } from './vault-file';

/**
 * True while `kek` unwraps the journal's passphrase key slot; false when it does not or the journal
 * is gone; null when the file could not be read just now (another process holding it), to ask again.
 */
export async function passphraseKeyOpens(vaultDir: string, kek: Uint8Array): Promise<boolean | null> {
  const sodium = await loadSodium();
  const dbPath = join(vaultDir, VAULT_FILE);
  if (!existsSync(dbPath)) return false;
  let vault;
  try {
    vault = openVault({ dbPath }, true);
  } catch {
    return null;
  }
  if (!vault) return false;
  try {
    const dataKey = openWithPassphraseKey(sodium, vault.store, vault.vaultId, kek);
    if (!dataKey) return false;
    sodium.memzero(dataKey);
    return true;
  } finally {
    vault.db.close();
  }
}

export async function wipeKey(key: Uint8Array): Promise<void> {
  (await loadSodium()).memzero(key);
}

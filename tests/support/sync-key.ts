// What the tests of one sealed sync file need: libsodium, a random sync key, and a journal id.
import { loadSodium, type Sodium } from '../../electron/vault/sodium';

export const JOURNAL_ID = '0d5e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6';

/** Loaded once per test file, at its top level: `const { sodium, key } = await sodiumWithKey();`. */
export async function sodiumWithKey(): Promise<{ sodium: Sodium; key: Uint8Array }> {
  const sodium = await loadSodium();
  return { sodium, key: sodium.randombytes_buf(32) };
}

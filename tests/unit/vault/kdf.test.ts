// Argon2id on its own thread (electron/vault/kdf.ts): the key it hands over is libsodium's, at once;
// a derivation begun on a guess can be cancelled, and then leaves no key behind and no unhandled
// rejection. Real libsodium, at the lowest cost the journal accepts.
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { deriveKey, KDF_FLOOR, startDerivation, type KdfParams } from '../../../electron/vault/kdf';
import { loadSodium } from '../../../electron/vault/sodium';

const PASSPHRASE = 'correct horse battery';
const params = (): KdfParams => ({ alg: 'argon2id13', ...KDF_FLOOR, salt: randomBytes(16).toString('base64') });

/** The same derivation on this thread, straight from libsodium. */
async function expected(passphrase: string, p: KdfParams): Promise<Uint8Array> {
  const sodium = await loadSodium();
  return sodium.crypto_pwhash(32, passphrase, Buffer.from(p.salt, 'base64'), p.opsLimit, p.memLimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

it('hands over the key libsodium derives, from either entry point', async () => {
  const p = params();
  const want = await expected(PASSPHRASE, p);
  expect(await deriveKey(PASSPHRASE, p)).toEqual(want);
  expect(await startDerivation(PASSPHRASE, p).key).toEqual(want);
  expect(await deriveKey('another passphrase', p)).not.toEqual(want);
});

it('refuses parameters outside the accepted range before starting a thread', async () => {
  const weak = { ...params(), opsLimit: KDF_FLOOR.opsLimit - 1 };
  await expect(deriveKey(PASSPHRASE, weak)).rejects.toThrow('KDF parameters outside the accepted range');
  expect(() => startDerivation(PASSPHRASE, weak)).toThrow('KDF parameters outside the accepted range');
});

it('cancelled before the key comes: the key never comes, and nobody has to be waiting for that', async () => {
  const derivation = startDerivation(PASSPHRASE, params());
  derivation.cancel();
  // Awaited only later, as a key begun early is: the rejection meanwhile is not an unhandled one.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await expect(derivation.key).rejects.toThrow(/key derivation worker exited/);
});

it('cancelled after the key came: the key is wiped', async () => {
  const derivation = startDerivation(PASSPHRASE, params());
  const key = await derivation.key;
  expect(key.some((b) => b !== 0)).toBe(true);
  derivation.cancel();
  await Promise.resolve();
  expect(key.every((b) => b === 0)).toBe(true);
});

import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { openFolderBox } from '../../../electron/sync/folder-box';
import { padJson } from '../../../electron/vault/record-cipher';
import { loadSodium, type Sodium } from '../../../electron/vault/sodium';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

/** What the wrappers' decrypt gives for the same box: the text, or null when it throws. */
function byWrappers(key: Uint8Array, ad: Uint8Array, nonce: Uint8Array, box: Uint8Array): string | null {
  try {
    const padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, box, ad, nonce, key);
    return new TextDecoder().decode(padded.subarray(0, padded.lastIndexOf(0x80)));
  } catch {
    return null;
  }
}

const sealed = fc.record({
  text: fc.string({ unit: 'binary', maxLength: 600 }),
  ad: fc.uint8Array({ maxLength: 80 }),
  key: fc.uint8Array({ minLength: 32, maxLength: 32 }),
  nonce: fc.uint8Array({ minLength: 24, maxLength: 24 }),
});

it('opens what the wrappers sealed to the same text, and gives the same answer for any byte changed', () => {
  fc.assert(
    fc.property(sealed, fc.nat(), fc.integer({ min: 1, max: 255 }), fc.constantFrom('box', 'ad', 'nonce', 'key'), ({ text, ad, key, nonce }, at, flip, where) => {
      const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padJson(text), ad, null, nonce, key);
      expect(openFolderBox(sodium, key, ad, nonce, box)).toBe(text);
      const parts = { box: box.slice(), ad: ad.slice(), nonce: nonce.slice(), key: key.slice() };
      const changed = parts[where];
      if (changed.length === 0) return;
      changed[at % changed.length]! ^= flip;
      expect(openFolderBox(sodium, parts.key, parts.ad, parts.nonce, parts.box)).toBeNull();
      expect(byWrappers(parts.key, parts.ad, parts.nonce, parts.box)).toBeNull();
    }),
    { numRuns: 150 },
  );
});

it('refuses a box shorter than its tag, and a megabyte box cut short, as the wrappers do', () => {
  const key = sodium.randombytes_buf(32);
  const nonce = sodium.randombytes_buf(24);
  const ad = Uint8Array.of(1, 2, 3);
  expect(openFolderBox(sodium, key, ad, nonce, new Uint8Array(15))).toBeNull();
  const text = JSON.stringify({ note: 'Chloé '.repeat(200_000) });
  const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padJson(text), ad, null, nonce, key);
  expect(openFolderBox(sodium, key, ad, nonce, box)).toBe(text);
  expect(openFolderBox(sodium, key, ad, nonce, box.subarray(0, box.length - 1))).toBeNull();
});

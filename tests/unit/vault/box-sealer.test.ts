// The box sealer calls libsodium's WebAssembly module directly: its boxes must be, byte for byte,
// what the wrappers' encrypt makes of padJson's text with the same key, associated data and nonce.
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { BoxSealer } from '../../../electron/vault/box-sealer';
import { PAD_BLOCK, padJson, RecordCipher } from '../../../electron/vault/record-cipher';
import { loadSodium, type Sodium } from '../../../electron/vault/sodium';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const texts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 2000 }),
  fc.json(),
  // Past the buffers kept between seals, so they are made larger and given back.
  fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), fc.integer({ min: 200, max: 600 })).map(([part, times]) => part.repeat(times)),
  fc.constantFrom('', 'x'.repeat(PAD_BLOCK - 1), 'x'.repeat(PAD_BLOCK), 'é'.repeat(PAD_BLOCK)),
);

it('seals exactly what the wrappers seal, for any text, associated data, key and nonce, one seal after another', () => {
  const keys = { a: sodium.randombytes_buf(32), b: sodium.randombytes_buf(32) };
  const sealer = new BoxSealer(sodium, keys, PAD_BLOCK);
  fc.assert(
    fc.property(
      texts,
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.constantFrom<'a' | 'b'>('a', 'b'),
      fc.uint8Array({ minLength: 24, maxLength: 24 }),
      (json, ad, key, nonce) => {
        const expected = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padJson(json), ad, null, nonce, keys[key]);
        expect(sealer.seal(key, ad, json, nonce)).toEqual(expected);
      },
    ),
    { numRuns: 300 },
  );
  sealer.wipe();
});

it('refuses a key it does not hold, a nonce of the wrong length, and everything once wiped', () => {
  const sealer = new BoxSealer(sodium, { a: sodium.randombytes_buf(32) }, PAD_BLOCK);
  const nonce = sodium.randombytes_buf(24);
  expect(() => sealer.seal('b', 'ad', '{}', nonce)).toThrow();
  expect(() => sealer.seal('a', 'ad', '{}', nonce.subarray(1))).toThrow();
  expect(sealer.seal('a', 'ad', '{}', nonce).length).toBe(PAD_BLOCK + 16);
  sealer.wipe();
  expect(() => sealer.seal('a', 'ad', '{}', nonce)).toThrow();
  expect(() => new BoxSealer(sodium, { a: sodium.randombytes_buf(16) }, PAD_BLOCK)).toThrow();
});

it('lets a record cipher seal nothing once wiped, the manifest and the sync bookkeeping included', () => {
  const cipher = new RecordCipher(sodium, sodium.randombytes_buf(32));
  const sealed = cipher.sealManifestHead('vault', 2, '{"base":1}');
  expect(cipher.openManifestHead('vault', 2, sealed.nonce, sealed.box)).toBe('{"base":1}');
  // Sealed through the sealer, opened by the wrappers' decrypt, bound to its row.
  const stamp = cipher.sealSyncState('stamp:entry:e1', '{"deleted":false}');
  expect(stamp.box.length).toBe(PAD_BLOCK + 16);
  expect(cipher.openSyncState('stamp:entry:e1', stamp.nonce, stamp.box)).toBe('{"deleted":false}');
  expect(cipher.openSyncState('stamp:entry:e2', stamp.nonce, stamp.box)).toBeNull();
  cipher.wipe();
  expect(() => cipher.seal('entry', 'id', 1, {})).toThrow();
  expect(() => cipher.sealManifestHead('vault', 3, '{"base":1}')).toThrow();
  expect(() => cipher.sealSyncState('stamp:entry:e1', '{}')).toThrow();
});

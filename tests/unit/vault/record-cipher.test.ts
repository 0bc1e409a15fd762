import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { deriveSubkeys, openRecordText, padJson, RecordCipher, type SealedRecord } from '../../../electron/vault/record-cipher';
import { loadSodium, type Sodium } from '../../../electron/vault/sodium';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const id = '0d5e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6';

it('round-trips any JSON value and pads the box to 256-byte blocks', () => {
  const cipher = new RecordCipher(sodium, sodium.randombytes_buf(32));
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const sealed = cipher.seal('entry', id, 1, value);
      expect((sealed.box.length - 16) % 256).toBe(0);
      expect(cipher.open(sealed)).toEqual(JSON.parse(JSON.stringify(value)));
    }),
  );
});

it('refuses any flipped bit in the nonce or box', () => {
  const cipher = new RecordCipher(sodium, sodium.randombytes_buf(32));
  const sealed = cipher.seal('entry', id, 1, { note: 'hello', mood: 5 });
  fc.assert(
    fc.property(fc.constantFrom<'nonce' | 'box'>('nonce', 'box'), fc.nat(), fc.integer({ min: 0, max: 7 }), (field, at, bit) => {
      const bytes = Uint8Array.from(sealed[field]);
      const i = at % bytes.length;
      bytes[i] = bytes[i]! ^ (1 << bit);
      expect(() => cipher.open({ ...sealed, [field]: bytes })).toThrow();
    }),
  );
});

it('binds format, kind, id and schema version, and the data key', () => {
  const key = sodium.randombytes_buf(32);
  const cipher = new RecordCipher(sodium, key);
  const sealed = cipher.seal('entry', id, 1, { a: 1 });
  const variants: SealedRecord[] = [
    { ...sealed, id: '1d5e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6' },
    { ...sealed, kind: 'person' },
    { ...sealed, kind: 'unknown' },
    { ...sealed, schema: 2 },
    { ...sealed, format: 2 },
  ];
  for (const v of variants) expect(() => cipher.open(v)).toThrow();
  expect(() => new RecordCipher(sodium, sodium.randombytes_buf(32)).open(sealed)).toThrow();
  cipher.wipe();
  expect(() => cipher.open(sealed)).toThrow();
});

it('strips padding exactly as libsodium does, and refuses an authentic box without valid padding', () => {
  const key = sodium.randombytes_buf(32);
  const subkeys = deriveSubkeys(sodium, key);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const sealRaw = (plain: Uint8Array): SealedRecord => {
    const nonce = sodium.randombytes_buf(24);
    const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, `hearth:1:entry:${id}:1`, null, nonce, subkeys.entry);
    return { id, kind: 'entry', format: 1, schema: 1, nonce, box };
  };
  fc.assert(
    fc.property(fc.string({ maxLength: 600 }), (text) => {
      const bytes = new TextEncoder().encode(text);
      const opened = openRecordText(sodium, subkeys, sealRaw(sodium.pad(bytes, 256)), decoder, 1, 256);
      expect(opened).toBe(new TextDecoder().decode(sodium.unpad(sodium.pad(bytes, 256), 256)));
    }),
  );
  expect(openRecordText(sodium, subkeys, sealRaw(new Uint8Array(256)), decoder, 1, 256)).toBeNull();
  expect(openRecordText(sodium, subkeys, sealRaw(new TextEncoder().encode('{"no":"padding"}')), decoder, 1, 256)).toBeNull();
  // Padding is there, but the text is not UTF-8.
  expect(openRecordText(sodium, subkeys, sealRaw(sodium.pad(new Uint8Array([0xff, 0xfe]), 256)), decoder, 1, 256)).toBeNull();
});

it('pads exactly as sodium_pad does', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 700 }), (text) => {
      expect(padJson(text)).toEqual(sodium.pad(new TextEncoder().encode(text), 256));
    }),
  );
});

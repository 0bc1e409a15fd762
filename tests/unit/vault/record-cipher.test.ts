import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { RecordCipher, unpad, type SealedRecord } from '../../../electron/vault/record-cipher';
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

it('unpads exactly as libsodium does, and refuses bad padding', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 1200 }), (bytes) => {
      const padded = sodium.pad(bytes, 256);
      expect(unpad(padded)).toEqual(sodium.unpad(padded, 256));
    }),
  );
  expect(() => unpad(new Uint8Array(256))).toThrow();
  const bad = sodium.pad(new Uint8Array([1, 2, 3]), 256);
  bad[3] = 0x7f;
  expect(() => unpad(bad)).toThrow();
});

// The keys file and the sealed device name: what is written reads back; anything else (damaged,
// cut short, of another journal or device) is refused, never thrown on.
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { keysFileText, openDeviceName, parseKeysFile, sealDeviceName, type FolderKeys } from '../../../electron/sync/folder-keys';
import { loadSodium, type Sodium } from '../../../electron/vault/sodium';

let sodium: Sodium;
let key: Uint8Array;
beforeAll(async () => {
  sodium = await loadSodium();
  key = sodium.randombytes_buf(32);
});

const journal = '0d5e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const device = 'b'.repeat(32);
const keys: FolderKeys = {
  journal,
  slots: [
    { slot: 'passphrase', kdf: { alg: 'argon2id13', opsLimit: 2, memLimit: 67108864, salt: 'AAECAwQFBgcICQoLDA0ODw==' }, nonce: new Uint8Array(24).fill(1), box: new Uint8Array(48).fill(2) },
    { slot: 'recovery', kdf: null, nonce: new Uint8Array(24).fill(3), box: new Uint8Array(48).fill(4) },
  ],
};

it('reads back the keys it wrote, and refuses what is cut short or altered', () => {
  const text = keysFileText(keys);
  expect(parseKeysFile(Buffer.from(text))).toEqual(keys);
  expect(parseKeysFile(Buffer.from(text.slice(0, text.length - 10)))).toBeNull();
  expect(parseKeysFile(Buffer.from(text.replace('"recovery"', '"other"')))).toBeNull();
  expect(parseKeysFile(Buffer.from(text.replace(journal, 'not-a-uuid')))).toBeNull();
});

it('never throws on arbitrary bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      expect(parseKeysFile(bytes)).toBeNull();
      expect(openDeviceName(sodium, key, journal, device, bytes)).toBeNull();
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.json(), (text) => {
      expect(parseKeysFile(Buffer.from(text))).toBeNull();
    }),
    { numRuns: 300 },
  );
});

it('seals a device name that opens only for its journal and device, and hides it', () => {
  const name = 'Kitchen laptop of Ingeborg';
  const file = sealDeviceName(sodium, key, journal, device, name);
  expect(openDeviceName(sodium, key, journal, device, file)).toBe(name);
  expect(openDeviceName(sodium, key, journal, 'c'.repeat(32), file)).toBeNull();
  expect(openDeviceName(sodium, key, '1d5e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6', device, file)).toBeNull();
  expect(openDeviceName(sodium, key, journal, device, file.subarray(0, file.length - 1))).toBeNull();
  expect(Buffer.from(file).includes('Ingeborg')).toBe(false);
  // Padded: a short and a longer name give files of one size.
  expect(sealDeviceName(sodium, key, journal, device, 'A').length).toBe(file.length);
});

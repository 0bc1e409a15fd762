// The keys file and the sealed device file: what is written reads back; anything else (damaged,
// cut short, of another journal or device) is refused, never thrown on.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { openDeviceFile, sameDeviceFile, sealDeviceFile, type DeviceFile } from '../../../electron/sync/device-file';
import { keysFileText, parseKeysFile, type FolderKeys } from '../../../electron/sync/folder-keys';
import type { Sodium } from '../../../electron/vault/sodium';
import { JOURNAL_ID, sodiumWithKey } from '../../support/sync-key';

const { sodium, key } = await sodiumWithKey();
const journal = JOURNAL_ID;
const device = 'b'.repeat(32);
const named = (name: string): DeviceFile => ({ name, acks: {}, refused: [], snapshot: null });
const sealDeviceName = (s: Sodium, k: Uint8Array, j: string, d: string, name: string) => sealDeviceFile(s, k, j, d, named(name));
const openDeviceName = (s: Sodium, k: Uint8Array, j: string, d: string, file: Uint8Array) => openDeviceFile(s, k, j, d, file)?.name ?? null;
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

it('carries acknowledgements, refused files and the newest snapshot, and reads a file of name only as acknowledging nothing', () => {
  const content: DeviceFile = {
    name: 'Desk',
    acks: { ['c'.repeat(32)]: 12, ['d'.repeat(32)]: 1 },
    refused: [{ device: 'c'.repeat(32), seq: 12 }],
    snapshot: { n: 3, covers: { [device]: 40, ['c'.repeat(32)]: 9 } },
  };
  const file = sealDeviceFile(sodium, key, journal, device, content);
  const opened = openDeviceFile(sodium, key, journal, device, file)!;
  expect(opened).toEqual(content);
  expect(sameDeviceFile(opened, { ...content, acks: { ['d'.repeat(32)]: 1, ['c'.repeat(32)]: 12 } })).toBe(true);
  expect(sameDeviceFile(opened, { ...content, acks: { ['c'.repeat(32)]: 13 } })).toBe(false);
  // As a Hearth before acknowledgements wrote it: the JSON {"name"} alone.
  const padded = new TextEncoder().encode(JSON.stringify({ name: 'Old' }));
  const old = new Uint8Array(Math.ceil((padded.length + 1) / 256) * 256);
  old.set(padded);
  old[padded.length] = 0x80;
  const nonce = sodium.randombytes_buf(24);
  const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(old, `hearth-sync-device:v1:${journal}:${device}`, null, nonce, key);
  expect(openDeviceFile(sodium, key, journal, device, new Uint8Array([...nonce, ...box]))).toEqual(named('Old'));
});

import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { openChangeFile, sealChangeFile } from '../../../electron/sync/change-file';
import type { Change } from '../../../electron/sync/merge';
import { loadSodium, type Sodium } from '../../../electron/vault/sodium';
import { deriveSyncKey } from '../../../electron/vault/sync-key';

let sodium: Sodium;
let key: Uint8Array;
beforeAll(async () => {
  sodium = await loadSodium();
  key = deriveSyncKey(sodium, sodium.randombytes_buf(32));
});

const journal = '0d5e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const device = 'a'.repeat(32);
const name = { device, seq: 7 };
const canary = 'CANARY-Margarethe-lent-me-her-car';
const entryChange: Change = { kind: 'entry', id: 'e1', hlc: { wall: 1_700_000_000_000, count: 0, device }, body: { note: canary, mood: 2 } };
const changes: Change[] = [entryChange, { kind: 'person', id: 'p1', hlc: { wall: 1_700_000_000_000, count: 1, device }, body: null }];

it('opens what it sealed, and holds no plaintext', () => {
  const file = sealChangeFile(sodium, key, journal, name, changes);
  expect(openChangeFile(sodium, key, journal, name, file)).toEqual({ ok: true, changes });
  expect(Buffer.from(file).includes(canary)).toBe(false);
  expect(Buffer.from(file).includes('Margarethe')).toBe(false);
  // The box is padded to 256-byte blocks, so a file's size says little about its changes.
  const one = sealChangeFile(sodium, key, journal, name, [entryChange]);
  const small = sealChangeFile(sodium, key, journal, name, [{ ...entryChange, body: { note: 'x' } }]);
  expect(small.length).toBe(one.length);
});

it('refuses any flipped bit, naming it altered, and applies nothing', () => {
  const file = sealChangeFile(sodium, key, journal, name, changes);
  fc.assert(
    fc.property(fc.integer({ min: 8 + 1 + 16 + 4, max: file.length - 1 }), fc.integer({ min: 0, max: 7 }), (at, bit) => {
      const bad = Uint8Array.from(file);
      bad.set([(bad[at] ?? 0) ^ (1 << bit)], at);
      expect(openChangeFile(sodium, key, journal, name, bad)).toEqual({ ok: false, reason: 'does-not-open' });
    }),
  );
});

it('refuses a file moved to another device folder or renamed to another number', () => {
  const file = sealChangeFile(sodium, key, journal, name, changes);
  expect(openChangeFile(sodium, key, journal, { device: 'b'.repeat(32), seq: 7 }, file)).toEqual({ ok: false, reason: 'does-not-open' });
  expect(openChangeFile(sodium, key, journal, { device, seq: 8 }, file)).toEqual({ ok: false, reason: 'does-not-open' });
});

it('names a file of another journal, whether or not its key is the same', () => {
  const other = '11111111-2222-4333-8444-555555555555';
  const file = sealChangeFile(sodium, key, other, name, changes);
  expect(openChangeFile(sodium, key, journal, name, file)).toEqual({ ok: false, reason: 'other-journal' });
  const otherKey = deriveSyncKey(sodium, sodium.randombytes_buf(32));
  const sameIdOtherKey = sealChangeFile(sodium, otherKey, journal, name, changes);
  expect(openChangeFile(sodium, key, journal, name, sameIdOtherKey)).toEqual({ ok: false, reason: 'does-not-open' });
});

it('waits for a file cut short at any byte, and refuses bytes after the end', () => {
  const file = sealChangeFile(sodium, key, journal, name, changes);
  for (let length = 1; length < file.length; length++) {
    expect(openChangeFile(sodium, key, journal, name, file.subarray(0, length))).toEqual({ ok: false, reason: 'incomplete' });
  }
  const longer = new Uint8Array(file.length + 1);
  longer.set(file);
  expect(openChangeFile(sodium, key, journal, name, longer)).toEqual({ ok: false, reason: 'does-not-open' });
  expect(openChangeFile(sodium, key, journal, name, new Uint8Array(0))).toEqual({ ok: false, reason: 'incomplete' });
});

it('refuses a file that is not a change file', () => {
  expect(openChangeFile(sodium, key, journal, name, new TextEncoder().encode('{"changes": []}'))).toEqual({ ok: false, reason: 'not-a-change-file' });
  const file = sealChangeFile(sodium, key, journal, name, changes);
  const newer = Uint8Array.from(file);
  newer[8] = 2;
  expect(openChangeFile(sodium, key, journal, name, newer)).toEqual({ ok: false, reason: 'not-a-change-file' });
});

it('refuses a sealed file whose changes another device stamped', () => {
  const forged = sealChangeFile(sodium, key, journal, name, [{ ...entryChange, hlc: { ...entryChange.hlc, device: 'b'.repeat(32) } }]);
  expect(openChangeFile(sodium, key, journal, name, forged)).toEqual({ ok: false, reason: 'does-not-open' });
});

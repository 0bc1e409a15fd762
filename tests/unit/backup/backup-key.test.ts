// The backup key: fresh salts, and a header whose KDF parameters are out of range is refused before
// Argon2 runs with them (a tampered file can neither weaken the KDF nor exhaust memory).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { backupHeader, encodeBackupPrefix, FIXED_PREFIX_BYTES, MESSAGES } from '../../../electron/backup/backup-format';
import { deriveBackupKey, newBackupKdfParams } from '../../../electron/backup/backup-key';
import { readBackupFile } from '../../../electron/backup/backup-reader';
import { sealBackup } from '../../../electron/backup/backup-writer';
import { deriveKey, KDF_CEILING, KDF_FLOOR } from '../../../electron/vault/kdf';
import { tempDir } from '../../support/vault';

vi.mock('../../../electron/vault/kdf', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../electron/vault/kdf')>();
  return { ...original, deriveKey: vi.fn(original.deriveKey) };
});

let dir: string;
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = tempDir('hearth-backup-key-'));
  vi.mocked(deriveKey).mockClear();
});
afterEach(() => cleanup());

it('makes Argon2id parameters with a fresh 16-byte salt each time', () => {
  const a = newBackupKdfParams(KDF_FLOOR);
  const b = newBackupKdfParams(KDF_FLOOR);
  expect(a).toMatchObject({ alg: 'argon2id13', opsLimit: KDF_FLOOR.opsLimit, memLimit: KDF_FLOOR.memLimit });
  expect(Buffer.from(a.salt, 'base64')).toHaveLength(16);
  expect(a.salt).not.toBe(b.salt);
});

it('refuses a cost the reader would refuse', () => {
  expect(() => newBackupKdfParams({ opsLimit: 1, memLimit: KDF_FLOOR.memLimit })).toThrow();
  expect(() => newBackupKdfParams({ opsLimit: KDF_FLOOR.opsLimit, memLimit: KDF_CEILING.memLimit * 2 })).toThrow();
});

it('derives a 32-byte key through the vault KDF, one per passphrase', async () => {
  const kdf = newBackupKdfParams(KDF_FLOOR);
  const [a, b] = await Promise.all([deriveBackupKey('passphrase one', kdf), deriveBackupKey('passphrase two', kdf)]);
  expect(a).toHaveLength(32);
  expect(a).not.toEqual(b);
  expect(deriveKey).toHaveBeenCalledWith('passphrase one', kdf);
});

it.each([
  ['ops below the floor', { opsLimit: 1 }],
  ['memory below the floor', { memLimit: 1024 * 1024 }],
  ['memory above the ceiling', { memLimit: 16 * 1024 * 1024 * 1024 }],
  ['ops above the ceiling', { opsLimit: 1_000_000 }],
])('refuses a header with %s without running Argon2', async (_, change) => {
  // Our own writer refuses such a header, so the file is built by hand around a valid one.
  const valid = backupHeader(newBackupKdfParams(KDF_FLOOR), new Date());
  const json = new TextEncoder().encode(JSON.stringify({ ...valid, kdf: { ...valid.kdf, ...change } }));
  const file = new Uint8Array(FIXED_PREFIX_BYTES + json.length + 200);
  file.set(encodeBackupPrefix(valid).subarray(0, 9));
  new DataView(file.buffer).setUint32(9, json.length);
  file.set(json, FIXED_PREFIX_BYTES);
  const path = join(dir, 'tampered.hearthbackup');
  writeFileSync(path, file);
  await expect(readBackupFile(path, 'any passphrase')).rejects.toMatchObject({ code: 'BACKUP_UNREADABLE', message: MESSAGES.unreadable });
  expect(deriveKey).not.toHaveBeenCalled();
});

it('runs Argon2 once, with the header parameters, for a valid file', async () => {
  const kdf = newBackupKdfParams(KDF_FLOOR);
  const key = await deriveBackupKey('the passphrase', kdf);
  const path = join(dir, 'valid.hearthbackup');
  writeFileSync(path, await sealBackup([], key, kdf, new Date()));
  vi.mocked(deriveKey).mockClear();
  await expect(readBackupFile(path, 'the passphrase')).resolves.toMatchObject({ records: [] });
  expect(deriveKey).toHaveBeenCalledTimes(1);
  expect(deriveKey).toHaveBeenCalledWith('the passphrase', kdf);
});

// A wrong passphrase changes nothing; passphrase change and recovery keep every entry.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { HearthService } from '../../../electron/service/hearth-service';
import { DEFAULT_KDF } from '../../../electron/vault/kdf';
import { entry, freshService, PASSPHRASE, tempDir } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

async function journal() {
  const v = await freshService();
  cleanup = v.cleanup;
  const notes = Array.from({ length: 12 }, (_, i) => `note ${i}`);
  for (const note of notes) await v.service.addEntry(entry({ mood: 5, support: 5, note, interactions: [{ person: `P${note.length}` }] }));
  await v.service.lock();
  return { ...v, notes: [...notes].sort() };
}

async function notesOf(service: HearthService) {
  return (await service.listEntries(undefined)).entries.map((e) => e.note).sort();
}

it('a wrong passphrase or recovery key leaves every byte on disk unchanged', async () => {
  const { service, vaultDir } = await journal();
  const before = snapshot(vaultDir);
  await expect(service.unlock({ passphrase: 'wrong wrong wrong' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  await expect(service.changePassphrase({ oldPassphrase: 'wrong wrong wrong', newPassphrase: 'another passphrase', rotateKey: false })).rejects.toMatchObject({
    code: 'WRONG_PASSPHRASE',
  });
  await expect(service.unlockWithRecoveryKey({ recoveryKey: 'AAAA-BBBB', newPassphrase: 'another passphrase' })).rejects.toMatchObject({
    code: 'WRONG_RECOVERY_KEY',
  });
  const otherKey = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRSQ';
  await expect(service.unlockWithRecoveryKey({ recoveryKey: otherKey, newPassphrase: 'another passphrase' })).rejects.toMatchObject({
    code: 'WRONG_RECOVERY_KEY',
  });
  expect(snapshot(vaultDir)).toEqual(before);
  expect(await service.status()).toEqual({ exists: true, unlocked: false });
});

it('changing the passphrase keeps every entry and retires the old passphrase', async () => {
  const { service, notes } = await journal();
  await service.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: 'my new passphrase', rotateKey: false });
  await expect(service.unlock({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  await service.unlock({ passphrase: 'my new passphrase' });
  expect(await notesOf(service)).toEqual(notes);
  // Also while unlocked.
  await service.changePassphrase({ oldPassphrase: 'my new passphrase', newPassphrase: 'third passphrase', rotateKey: false });
  await service.lock();
  await service.unlock({ passphrase: 'third passphrase' });
  expect(await notesOf(service)).toEqual(notes);
});

it('the recovery key sets a new passphrase and keeps every entry; a new recovery key retires the old one', async () => {
  const { service, notes, recoveryKey } = await journal();
  // Typed back loosely: lower case, spaces instead of dashes.
  await service.unlockWithRecoveryKey({ recoveryKey: ` ${recoveryKey.toLowerCase().replaceAll('-', ' ')} `, newPassphrase: 'recovered passphrase' });
  expect(await notesOf(service)).toEqual(notes);
  await service.lock();
  await expect(service.unlock({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  await service.unlock({ passphrase: 'recovered passphrase' });
  await expect(service.newRecoveryKey({ passphrase: 'wrong one here' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  const { recoveryKey: fresh } = await service.newRecoveryKey({ passphrase: 'recovered passphrase' });
  expect(fresh).not.toBe(recoveryKey);
  await service.lock();
  await expect(service.unlockWithRecoveryKey({ recoveryKey, newPassphrase: 'x'.repeat(10) })).rejects.toMatchObject({ code: 'WRONG_RECOVERY_KEY' });
  await service.unlockWithRecoveryKey({ recoveryKey: fresh, newPassphrase: 'fourth passphrase' });
  expect(await notesOf(service)).toEqual(notes);
});

it('new journals use Argon2id with libsodium MODERATE cost by default', async () => {
  const { dir, cleanup: rm } = tempDir();
  const service = new HearthService({ vaultDir: dir });
  cleanup = () => {
    service.close();
    rm();
  };
  await service.create({ passphrase: PASSPHRASE });
  service.close();
  const db = new Database(join(dir, 'hearth.db'), { readonly: true });
  const kdf = JSON.parse((db.prepare("SELECT kdf FROM keyslots WHERE slot = 'passphrase'").get() as { kdf: string }).kdf);
  db.close();
  expect(kdf).toMatchObject({ alg: 'argon2id13', opsLimit: 3, memLimit: 256 * 1024 * 1024 });
  expect(DEFAULT_KDF).toEqual({ opsLimit: 3, memLimit: 256 * 1024 * 1024 });
  expect(Buffer.from(kdf.salt, 'base64')).toHaveLength(16);
});

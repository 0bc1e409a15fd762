// Key rotation: after "change passphrase and re-encrypt" or a new recovery key, an old copy of the
// file with the old passphrase (or the old recovery key) opens none of the records written since,
// and the journal goes on with every entry.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { openDatabase } from '../../../electron/store/database';
import { RecordStore } from '../../../electron/store/record-store';
import { openWithPassphrase } from '../../../electron/vault/key-manager';
import { RecordCipher, type SealedRecord } from '../../../electron/vault/record-cipher';
import { loadSodium } from '../../../electron/vault/sodium';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

/** A copy of hearth.db as it is now (the service is locked, so the file is whole). */
function copyOf(vaultDir: string, name: string): string {
  const folder = join(vaultDir, '..', name);
  mkdirSync(folder);
  copyFileSync(join(vaultDir, 'hearth.db'), join(folder, 'hearth.db'));
  return join(folder, 'hearth.db');
}

/** The data key an old copy of the file and its passphrase give. */
async function oldCipher(dbPath: string, passphrase: string): Promise<RecordCipher> {
  const db = openDatabase(dbPath, { mustExist: true });
  try {
    const store = new RecordStore(db);
    const sodium = await loadSodium();
    const key = await openWithPassphrase(sodium, store, store.vaultId()!, passphrase);
    expect(key).not.toBeNull();
    return new RecordCipher(sodium, key!);
  } finally {
    db.close();
  }
}

function rowsOf(vaultDir: string): SealedRecord[] {
  const db = new Database(join(vaultDir, 'hearth.db'), { readonly: true });
  try {
    return db.prepare('SELECT id, kind, format, schema, nonce, box FROM records').all() as SealedRecord[];
  } finally {
    db.close();
  }
}

function opens(cipher: RecordCipher, row: SealedRecord): boolean {
  try {
    cipher.open(row);
    return true;
  } catch {
    return false;
  }
}

async function notes(service: HearthService): Promise<string[]> {
  return (await service.listEntries(undefined)).entries.map((e) => e.note).sort();
}

describe('key rotation', () => {
  it('changing the passphrase with rotateKey seals every record again and gives a new recovery key', async () => {
    const v = await freshService();
    cleanup = v.cleanup;
    await v.service.addEntry(entry({ mood: 3, note: 'before' }));
    await v.service.lock();
    const oldCopy = copyOf(v.vaultDir, 'old-copy');
    const before = await oldCipher(oldCopy, PASSPHRASE);
    expect(rowsOf(v.vaultDir).every((row) => opens(before, row))).toBe(true);

    await v.service.unlock({ passphrase: PASSPHRASE });
    const { recoveryKey } = await v.service.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: 'lantern orchard velvet cobalt', rotateKey: true });
    expect(recoveryKey).toMatch(/\S/);
    expect(recoveryKey).not.toBe(v.recoveryKey);
    // The open journal goes on under the new key.
    await v.service.addEntry(entry({ mood: 4, note: 'after' }));
    expect(await notes(v.service)).toEqual(['after', 'before']);
    await v.service.lock();

    const rows = rowsOf(v.vaultDir);
    expect(rows.length).toBe(3);
    expect(rows.filter((row) => opens(before, row))).toEqual([]);
    before.wipe();

    await expect(v.service.unlockWithRecoveryKey({ recoveryKey: v.recoveryKey, newPassphrase: 'x'.repeat(12) })).rejects.toMatchObject({ code: 'WRONG_RECOVERY_KEY' });
    await v.service.unlockWithRecoveryKey({ recoveryKey: recoveryKey!, newPassphrase: 'quietly nineteen tulip harbour' });
    expect(await notes(v.service)).toEqual(['after', 'before']);
  });

  it('changing the passphrase while locked rotates too, and without rotateKey keeps the key and the recovery key', async () => {
    const v = await freshService();
    cleanup = v.cleanup;
    await v.service.addEntry(entry({ mood: 3, note: 'kept' }));
    await v.service.lock();
    const oldCopy = copyOf(v.vaultDir, 'old-copy');
    expect(await v.service.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: 'second passphrase here', rotateKey: false })).toEqual({ recoveryKey: null });
    const same = await oldCipher(oldCopy, PASSPHRASE);
    expect(rowsOf(v.vaultDir).every((row) => opens(same, row))).toBe(true);
    same.wipe();

    const { recoveryKey } = await v.service.changePassphrase({ oldPassphrase: 'second passphrase here', newPassphrase: 'third passphrase here', rotateKey: true });
    const old = await oldCipher(oldCopy, PASSPHRASE);
    expect(rowsOf(v.vaultDir).filter((row) => opens(old, row))).toEqual([]);
    old.wipe();
    await v.service.unlock({ passphrase: 'third passphrase here' });
    expect(await notes(v.service)).toEqual(['kept']);
    expect(recoveryKey).not.toBeNull();
  });

  it('a new recovery key always rotates the data key', async () => {
    const v = await freshService();
    cleanup = v.cleanup;
    await v.service.addEntry(entry({ mood: 3, note: 'one' }));
    await v.service.lock();
    const oldCopy = copyOf(v.vaultDir, 'old-copy');
    await v.service.unlock({ passphrase: PASSPHRASE });
    await v.service.newRecoveryKey({ passphrase: PASSPHRASE });
    await v.service.addEntry(entry({ mood: 5, note: 'two' }));
    await v.service.lock();
    const old = await oldCipher(oldCopy, PASSPHRASE);
    expect(rowsOf(v.vaultDir).filter((row) => opens(old, row))).toEqual([]);
    old.wipe();
    const reopened = new HearthService({ vaultDir: v.vaultDir, kdf: TEST_KDF });
    await reopened.unlock({ passphrase: PASSPHRASE });
    expect(await notes(reopened)).toEqual(['one', 'two']);
    reopened.close();
  });
});

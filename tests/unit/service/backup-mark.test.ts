// Whether a lock calls for an automatic backup: every write and every change another process made
// counts; an automatic backup clears only what it captured, and recording its outcome is not a change.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutoBackup } from '../../../shared/domain';
import { Journal } from '../../../electron/service/journal';
import { JournalSync } from '../../../electron/service/journal-sync';
import { loadJournal } from '../../../electron/service/load-journal';
import { LOCK_FILE } from '../../../electron/service/paths';
import { RecordLedger } from '../../../electron/service/record-ledger';
import type { AutoBackupKey } from '../../../electron/service/stored-records';
import { openDatabase } from '../../../electron/store/database';
import { RecordStore } from '../../../electron/store/record-store';
import { WriteLock } from '../../../electron/store/write-lock';
import { KDF_FLOOR } from '../../../electron/vault/kdf';
import { openWithPassphrase } from '../../../electron/vault/key-manager';
import { RecordCipher } from '../../../electron/vault/record-cipher';
import { loadSodium } from '../../../electron/vault/sodium';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

let vault: Awaited<ReturnType<typeof openVault>>;
beforeAll(async () => {
  vault = await openVault();
});
afterAll(() => vault.cleanup());

const CONFIG: AutoBackup = { folder: '/nowhere', keep: 3, trigger: 'lock', lastBackupAt: null, lastError: null };
const KEY: AutoBackupKey = { key: Buffer.alloc(32, 7).toString('base64'), kdf: { alg: 'argon2id13', ...KDF_FLOOR, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' } };
const BACKED_UP: AutoBackup = { ...CONFIG, lastBackupAt: '2026-11-30T10:00:00.000Z' };

/** The vault, opened here as a second process would; `other`, a service, writes to it as well. */
async function openVault() {
  const v = await freshService();
  const sodium = await loadSodium();
  const db = openDatabase(join(v.vaultDir, 'hearth.db'), { mustExist: true });
  const store = new RecordStore(db);
  const vaultId = store.vaultId()!;
  const cipher = new RecordCipher(sodium, (await openWithPassphrase(sodium, store, vaultId, PASSPHRASE))!);
  return {
    sodium,
    store,
    vaultId,
    cipher,
    lock: new WriteLock(join(v.vaultDir, LOCK_FILE)),
    other: v.service,
    cleanup: () => {
      db.close();
      v.cleanup();
    },
  };
}

/** A Journal on the vault as it is now, with automatic backups on. */
async function journalWithAnotherWriter() {
  const { sodium, store, vaultId, cipher, lock, other } = vault;
  const { counter, rows } = store.snapshot();
  const { index, corrupt } = await loadJournal(rows, cipher);
  const sync = new JournalSync(store, cipher, vaultId, lock, RecordLedger.of(counter!, rows));
  const journal = new Journal(store, cipher, index, corrupt, () => new Date('2026-11-30T10:00:00Z'), sync);
  journal.saveSettings({ autoBackup: CONFIG }, KEY);
  /** The sync a key rotation would give: a cipher under a new key over the same vault. */
  const rotatedSync = () => {
    const rotated = new RecordCipher(sodium, sodium.randombytes_buf(32));
    const now = store.snapshot();
    return { cipher: rotated, sync: new JournalSync(store, rotated, vaultId, lock, RecordLedger.of(now.counter!, now.rows)) };
  };
  return { journal, other, rotatedSync };
}

describe('changes since the last automatic backup', () => {
  it('are none once a backup that read the journal is recorded, and its outcome is in the settings', async () => {
    const { journal } = await journalWithAnotherWriter();
    expect(journal.autoBackupState()).toEqual({ config: CONFIG, key: KEY, changed: true });
    const settings = journal.markBackedUp(journal.backupMark(), BACKED_UP, KEY);
    expect(settings.autoBackup).toEqual(BACKED_UP);
    expect(journal.autoBackupState()).toEqual({ config: BACKED_UP, key: KEY, changed: false });
  });

  it('count a write of this journal made after the backup read it', async () => {
    const { journal } = await journalWithAnotherWriter();
    const mark = journal.backupMark();
    journal.addEntries([entry({ mood: 6, note: 'after the backup read the journal' })]);
    journal.markBackedUp(mark, BACKED_UP, KEY);
    expect(journal.autoBackupState()?.changed).toBe(true);
  });

  it('count what another process wrote after the backup read the journal', async () => {
    const { journal, other } = await journalWithAnotherWriter();
    const mark = journal.backupMark();
    const added = await other.addEntry(entry({ mood: 4, note: 'written by the other process' }));
    journal.markBackedUp(mark, BACKED_UP, KEY);
    // Recording the outcome took the other process's entry in first, and it is not in the backup.
    expect(journal.index.storedEntry(added.id)?.note).toBe('written by the other process');
    expect(journal.autoBackupState()?.changed).toBe(true);
  });

  it('count a failed backup’s recorded outcome and a change another process made before the backup', async () => {
    const { journal, other } = await journalWithAnotherWriter();
    journal.markBackedUp(journal.backupMark(), BACKED_UP, KEY);
    journal.saveSettings({ autoBackup: { ...BACKED_UP, lastError: 'The folder is gone.' } }, KEY);
    expect(journal.autoBackupState()?.changed).toBe(true);

    journal.markBackedUp(journal.backupMark(), BACKED_UP, KEY);
    await other.addEntry(entry({ mood: 5, note: 'before the next backup' }));
    expect(journal.autoBackupState()?.changed).toBe(false);
    expect(journal.refresh()).toBe(true);
    expect(journal.autoBackupState()?.changed).toBe(true);
  });

  it('are all there is after a key rotation, which sealed every record anew', async () => {
    const { journal, rotatedSync } = await journalWithAnotherWriter();
    journal.markBackedUp(journal.backupMark(), BACKED_UP, KEY);
    const { cipher, sync } = rotatedSync();
    const rotated = journal.rekeyed(cipher, sync);
    expect(journal.autoBackupState()?.changed).toBe(false);
    expect(rotated.autoBackupState()?.changed).toBe(true);
    expect(rotated.index).toBe(journal.index);
  });

  it('are none when automatic backups are off: there is no state to report', async () => {
    const { journal } = await journalWithAnotherWriter();
    journal.saveSettings({ autoBackup: null }, null);
    expect(journal.autoBackupState()).toBeNull();
  });
});

// An unlock reads the sealed rows, then waits for Argon2; meanwhile another process (the CLI) may
// commit and move the change mark on. The mark the unlock compares with is the one read before its
// rows, so that write is not taken for lost commits and the journal does not open read-only.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { MARK_FILE, readMark } from '../../../electron/store/change-mark';
import { openWithPassphrase } from '../../../electron/vault/key-manager';
import { loadSodium } from '../../../electron/vault/sodium';
import { LOCK_FILE, VAULT_FILE } from '../../../electron/service/paths';
import { requireVault } from '../../../electron/service/vault-file';
import { closeSession, prepareLoad, startSession } from '../../../electron/service/vault-session';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const cleanups = cleanupAfterEach();

it('a commit made while an unlock derives its key is not called lost', async () => {
  const v = await freshService();
  cleanups.push(v.cleanup);
  const cli = v.service;
  await cli.addEntry(entry({ mood: 5, support: 5, note: 'before the unlock' }));

  const place = { file: { dbPath: join(v.vaultDir, VAULT_FILE) }, vaultDir: v.vaultDir, lockFile: join(v.vaultDir, LOCK_FILE), now: () => new Date() };
  const vault = requireVault(place.file);
  const load = prepareLoad(vault, place);
  // The rows are read; while the key is derived, the CLI commits.
  await cli.addEntry(entry({ mood: 6, support: 6, note: 'during the unlock' }));
  expect(readMark(join(v.vaultDir, MARK_FILE), vault.vaultId)).toBe(load.counter + 1);

  const sodium = await loadSodium();
  const dataKey = await openWithPassphrase(sodium, vault.store, vault.vaultId, PASSPHRASE);
  const session = await startSession(sodium, vault, dataKey!, load, place);
  cleanups.push(() => closeSession(session));
  expect(session.journal.sealProblems()).toEqual([]);
  // The next call takes in the CLI's entry, and the journal can still be written.
  expect(session.journal.refresh()).toBe(true);
  expect(session.journal.index.storedEntries().map((e) => e.data.note).sort()).toEqual(['before the unlock', 'during the unlock']);
});

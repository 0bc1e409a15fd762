// Shared test fixtures: temp vault folders and services on real SQLite and real libsodium.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HearthService, TEST_KDF, type ServiceOptions } from '../../electron/service/hearth-service';
import { argSchemas, type EntryInput } from '../../shared/schemas';
import { folderDialogs } from './folder-dialogs';

export const PASSPHRASE = 'correct horse battery staple';

export function tempDir(prefix = 'hearth-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A service on a fresh temp vault, created and unlocked with the fast (floor) KDF. */
export async function freshService(options: Partial<ServiceOptions> = {}) {
  const { dir, cleanup } = tempDir();
  const vaultDir = join(dir, 'vault');
  const filesDir = join(dir, 'files');
  mkdirSync(filesDir);
  const service = new HearthService({ vaultDir, kdf: TEST_KDF, ...options });
  const { recoveryKey } = await service.create({ passphrase: PASSPHRASE });
  return {
    service,
    vaultDir,
    /** Where the stand-in file dialogs save and open (see ./folder-dialogs.ts). */
    filesDir,
    dialogs: folderDialogs(filesDir),
    recoveryKey,
    reopen: (more: Partial<ServiceOptions> = {}) => new HearthService({ vaultDir, kdf: TEST_KDF, ...options, ...more }),
    cleanup: () => {
      service.close();
      cleanup();
    },
  };
}

/** An entry input with schema defaults filled in, as the service receives it after validation. */
export function entry(input: EntryInput) {
  return argSchemas.addEntry.parse(input);
}

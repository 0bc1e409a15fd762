// The journal's own files are private: the vault folder 0700, hearth.db and its -wal and -shm, the
// change mark and the write lock's file 0600.
import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { entry, PASSPHRASE, tempDir } from '../../support/vault';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe.runIf(process.platform !== 'win32')('vault file permissions', () => {
  it('creates the folder 0700 and every database file 0600', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const vaultDir = join(dir, 'vault');
    const service = new HearthService({ vaultDir, kdf: TEST_KDF });
    cleanups.push(() => service.close());
    await service.create({ passphrase: PASSPHRASE });
    await service.addEntry(entry({ mood: 5, note: 'private' }));
    const names = readdirSync(vaultDir).sort();
    expect(names).toEqual(['hearth.db', 'hearth.db-shm', 'hearth.db-wal', 'hearth.mark', 'hearth.writer']);
    expect(statSync(vaultDir).mode & 0o777).toBe(0o700);
    for (const name of names) expect(statSync(join(vaultDir, name)).mode & 0o777).toBe(0o600);
  });

  it('makes an existing, open vault folder private when the journal is created in it', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const vaultDir = join(dir, 'vault');
    mkdirSync(vaultDir);
    chmodSync(vaultDir, 0o755);
    const service = new HearthService({ vaultDir, kdf: TEST_KDF });
    cleanups.push(() => service.close());
    await service.create({ passphrase: PASSPHRASE });
    expect(statSync(vaultDir).mode & 0o777).toBe(0o700);
  });

  it('leaves nothing half-made when creating the journal fails after its file was made', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const vaultDir = join(dir, 'vault');
    // A database module that cannot be loaded: the failure comes after hearth.db was created empty.
    const service = new HearthService({ vaultDir, kdf: TEST_KDF, nativeBinding: join(dir, 'missing.node') });
    cleanups.push(() => service.close());
    await expect(service.create({ passphrase: PASSPHRASE })).rejects.toThrow();
    expect(readdirSync(vaultDir)).toEqual([]);
    const again = new HearthService({ vaultDir, kdf: TEST_KDF });
    cleanups.push(() => again.close());
    await again.create({ passphrase: PASSPHRASE });
    expect(readdirSync(vaultDir).includes('hearth.db')).toBe(true);
  });
});

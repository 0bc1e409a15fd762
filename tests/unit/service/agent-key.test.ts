// What the CLI's unlock agent relies on in the service: the passphrase's key-encryption key opens
// the journal without Argon2, and stops opening it once the passphrase changes.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { passphraseKeyOpens } from '../../../electron/service/agent-key';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

describe('the passphrase key', () => {
  it('opens the journal in a new service without the passphrase, until the passphrase changes', async () => {
    const { service, vaultDir, cleanup } = await freshService();
    closers.push(cleanup);
    await service.addEntry(entry({ occurredAt: '2026-11-02T10:00:00+01:00', mood: 6, note: 'kept' }));
    service.close();

    const deriving = new HearthService({ vaultDir, kdf: TEST_KDF });
    await expect(deriving.passphraseKey({ passphrase: 'not the passphrase' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const kek = await deriving.passphraseKey({ passphrase: PASSPHRASE });
    expect(kek).toHaveLength(32);
    expect(await deriving.status()).toEqual({ exists: true, unlocked: false });
    deriving.close();
    expect(await passphraseKeyOpens(vaultDir, kek)).toBe(true);

    const opened = new HearthService({ vaultDir, kdf: TEST_KDF });
    expect(await opened.unlockWithPassphraseKey(kek)).toBe(true);
    expect((await opened.listEntries({})).entries.map((e) => e.note)).toEqual(['kept']);
    await opened.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: 'another passphrase entirely', rotateKey: false });
    opened.close();

    expect(await passphraseKeyOpens(vaultDir, kek)).toBe(false);
    const refused = new HearthService({ vaultDir, kdf: TEST_KDF });
    expect(await refused.unlockWithPassphraseKey(kek)).toBe(false);
    expect(await refused.status()).toEqual({ exists: true, unlocked: false });
    refused.close();
    expect(await passphraseKeyOpens(join(vaultDir, 'nowhere'), kek)).toBe(false);
  });
});

// The service enforces the app's strength rule on every new passphrase, so the CLI cannot set one
// the app would refuse; an existing weak passphrase still opens its journal.
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { checkStrength, MIN_SCORE } from '../../../shared/passphrase-strength';
import { cli, emptyDir, makeVault } from '../cli/helpers';
import { freshService, PASSPHRASE, tempDir } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

const WEAK = ['password', 'password1', 'qwertyuiop', 'aaaaaaaaaaaa', '12345678', 'letmein123'];

it('scores the weak examples below the minimum and a four-word passphrase above it', async () => {
  for (const p of WEAK) expect((await checkStrength(p)).score).toBeLessThan(MIN_SCORE);
  expect((await checkStrength('lantern orchard velvet cobalt')).score).toBeGreaterThanOrEqual(MIN_SCORE);
});

it('create refuses a weak passphrase and leaves the folder without a journal', async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const service = new HearthService({ vaultDir: t.dir, kdf: TEST_KDF });
  for (const p of WEAK) await expect(service.create({ passphrase: p })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'passphrase' });
  expect(existsSync(t.dir) ? readdirSync(t.dir) : []).toEqual([]);
  expect(await service.status()).toEqual({ exists: false, unlocked: false });
});

it('changing the passphrase or recovering refuses a weak new one and the old passphrase still opens', async () => {
  const v = await freshService();
  cleanup = v.cleanup;
  await expect(v.service.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: 'password', rotateKey: false })).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    field: 'newPassphrase',
  });
  await expect(v.service.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: 'password', rotateKey: true })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  await v.service.lock();
  await expect(v.service.unlockWithRecoveryKey({ recoveryKey: v.recoveryKey, newPassphrase: 'qwertyuiop' })).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    field: 'newPassphrase',
  });
  expect(await v.service.status()).toEqual({ exists: true, unlocked: false });
  await v.service.unlock({ passphrase: PASSPHRASE });
  expect(await v.service.status()).toEqual({ exists: true, unlocked: true });
});

it('the CLI refuses "password" for init and passwd with exit 2 and a sentence', async () => {
  const empty = emptyDir();
  const init = await cli(['init', '--vault', empty.dir], { env: { HEARTH_PASSPHRASE: 'password' } });
  empty.cleanup();
  expect(init.code).toBe(2);
  expect(init.stderr).toMatch(/too easy to guess/);
  const v = await makeVault();
  cleanup = v.cleanup;
  const passwd = await cli(['passwd', '--vault', v.dir], { env: { HEARTH_PASSPHRASE: 'correct horse battery', HEARTH_NEW_PASSPHRASE: 'password' } });
  expect(passwd.code).toBe(2);
  expect(passwd.stderr).toMatch(/too easy to guess/);
});

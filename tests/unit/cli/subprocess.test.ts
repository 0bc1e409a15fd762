// The real command through bin/hearth.mjs: help, init with the default KDF, recover with its key.
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDir, runBuiltCli, type ProcessResult } from './helpers';

type Result = ProcessResult;

/** Runs bin/hearth.mjs detached (its own session: no controlling terminal, so /dev/tty cannot open). */
function hearth(argv: string[], env: Record<string, string> = {}, stdin = ''): Promise<Result> {
  return runBuiltCli(argv, { env, stdin });
}

const empty = emptyDir();
afterAll(() => empty.cleanup());

describe('bin/hearth.mjs', () => {
  it('prints the help with the environment variables and exit codes', async () => {
    const { code, stdout, stderr } = await hearth(['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    for (const text of ['Usage: hearth [--vault DIR] COMMAND', 'HEARTH_PASSPHRASE', 'HEARTH_NEW_PASSPHRASE', 'HEARTH_RECOVERY_KEY', 'HEARTH_VAULT', 'Exit codes:']) {
      expect(stdout).toContain(text);
    }
  });

  it('exits 2 without a terminal or HEARTH_PASSPHRASE', async () => {
    expect(await hearth(['--vault', `${empty.dir}-none`, 'init'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hearth: No terminal to ask on: set HEARTH_PASSPHRASE or run hearth in a terminal.\n',
    });
  });

  it('init prints a recovery key once, and recover opens the journal with it', { timeout: 120_000 }, async () => {
    const passphrase = 'first passphrase';
    const init = await hearth(['--vault', empty.dir, 'init'], { HEARTH_PASSPHRASE: passphrase });
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: '' });
    const recoveryKey = /^Recovery key: (\S+)$/m.exec(init.stdout)?.[1];
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
    expect(init.stdout).toContain('Store this recovery key safely');
    expect(init.stdout.split(recoveryKey!)).toHaveLength(2);

    const added = await hearth(['--vault', empty.dir, 'add'], { HEARTH_PASSPHRASE: passphrase }, '{"mood": 5, "support": 6, "note": "kept"}');
    expect(added.code).toBe(0);

    const newPassphrase = 'second passphrase';
    const recovered = await hearth(['--vault', empty.dir, 'recover'], { HEARTH_RECOVERY_KEY: recoveryKey!, HEARTH_NEW_PASSPHRASE: newPassphrase });
    expect({ code: recovered.code, stderr: recovered.stderr }).toEqual({ code: 0, stderr: '' });

    const listed = await hearth(['--vault', empty.dir, 'list', '--json'], { HEARTH_VAULT: '/nonexistent', HEARTH_PASSPHRASE: newPassphrase });
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as Array<{ note: string }>).map((e) => e.note)).toEqual(['kept']);
    expect((await hearth(['--vault', empty.dir, 'list'], { HEARTH_PASSPHRASE: passphrase })).code).toBe(4);
  });

  it('finds the vault through HEARTH_VAULT', async () => {
    const { code, stderr } = await hearth(['list'], { HEARTH_VAULT: `${empty.dir}-missing`, HEARTH_PASSPHRASE: 'whatever it is' });
    expect({ code, stderr }).toEqual({ code: 1, stderr: `hearth: There is no journal in ${empty.dir}-missing yet; create one with "hearth init".\n` });
  });
});

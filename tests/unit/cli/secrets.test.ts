// Secrets from a no-echo terminal prompt or the environment: passwd, recover, init, cancelling.
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { HiddenPrompter } from '../../../electron/cli/prompt';
import { cli, emptyDir, fakeTerminal, makeVault, PASSPHRASE, type TempVault } from './helpers';

const NEW = 'a brand new passphrase';
const cleanups = cleanupAfterEach();

async function vault(): Promise<TempVault> {
  const v = await makeVault();
  cleanups.push(v.cleanup);
  return v;
}

describe('the prompt', () => {
  it('asks on the terminal without echoing what is typed, then closes it', async () => {
    const v = await vault();
    const terminal = fakeTerminal([PASSPHRASE]);
    const { code, stdout, stderr } = await cli(['--vault', v.dir, 'list'], { env: {}, terminal });
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: 'No entries.\n', stderr: '' });
    expect(terminal.shown.text).toBe('Passphrase: \n');
    expect(terminal.closed).toBe(true);
  });

  it('a wrong typed passphrase exits 4', async () => {
    const v = await vault();
    const { code } = await cli(['--vault', v.dir, 'list'], { env: {}, terminal: fakeTerminal(['nope nope nope']) });
    expect(code).toBe(4);
  });

  it('Ctrl-D at the prompt cancels with exit 1', async () => {
    const v = await vault();
    expect(await cli(['--vault', v.dir, 'list'], { env: {}, terminal: fakeTerminal([]) })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'hearth: Cancelled.\n',
    });
  });

  it('Ctrl-C at the prompt cancels', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const prompter = new HiddenPrompter({ input, output, close: () => {} });
    const answer = prompter.ask('Passphrase: ');
    input.write('half typ\u0003');
    await expect(answer).rejects.toThrow('Cancelled.');
    prompter.close();
  });

  it('keeps lines typed ahead for the next question', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const prompter = new HiddenPrompter({ input, output, close: () => {} });
    input.write('first\nsecond\n');
    expect(await prompter.ask('One: ')).toBe('first');
    expect(await prompter.ask('Two: ')).toBe('second');
    prompter.close();
  });
});

describe('passwd', () => {
  it('takes the new passphrase typed twice', async () => {
    const v = await vault();
    const terminal = fakeTerminal([PASSPHRASE, NEW, NEW]);
    const changed = await cli(['--vault', v.dir, 'passwd'], { env: {}, terminal });
    expect(changed).toEqual({ code: 0, stdout: 'Passphrase changed. Your recovery key still works.\n', stderr: '' });
    expect(terminal.shown.text).toBe('Passphrase: \nNew passphrase: \nRepeat the new passphrase: \n');
    expect((await cli(['--vault', v.dir, 'list'])).code).toBe(4);
    expect((await cli(['--vault', v.dir, 'list'], { env: { HEARTH_PASSPHRASE: NEW } })).code).toBe(0);
  });

  it('with --rotate-key re-encrypts the journal and prints a new recovery key that replaces the old one', async () => {
    const v = await vault();
    const env = { HEARTH_PASSPHRASE: PASSPHRASE, HEARTH_NEW_PASSPHRASE: NEW };
    const changed = await cli(['--vault', v.dir, 'passwd', '--rotate-key'], { env });
    expect(changed.code).toBe(0);
    const key = /New recovery key: (\S+)/.exec(changed.stdout)?.[1];
    expect(key).toBeDefined();
    expect(key).not.toBe(v.recoveryKey);
    expect(changed.stdout).toContain('The old recovery key no longer works.');
    const recover = (recoveryKey: string) => cli(['--vault', v.dir, 'recover'], { env: { HEARTH_RECOVERY_KEY: recoveryKey, HEARTH_NEW_PASSPHRASE: 'a third passphrase' } });
    expect((await recover(v.recoveryKey)).code).toBe(4);
    expect((await recover(key!)).code).toBe(0);
  });

  it('changes nothing when the two new passphrases differ', async () => {
    const v = await vault();
    const terminal = fakeTerminal([PASSPHRASE, NEW, `${NEW}!`]);
    expect(await cli(['--vault', v.dir, 'passwd'], { env: {}, terminal })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hearth: The two passphrases do not match; nothing was changed.\n',
    });
    expect((await cli(['--vault', v.dir, 'list'])).code).toBe(0);
  });

  it('takes both passphrases from the environment and checks the new one', async () => {
    const v = await vault();
    const short = await cli(['--vault', v.dir, 'passwd'], { env: { HEARTH_PASSPHRASE: PASSPHRASE, HEARTH_NEW_PASSPHRASE: 'short' } });
    expect(short).toEqual({ code: 2, stdout: '', stderr: 'hearth: A passphrase needs at least 8 characters (newPassphrase)\n' });
    const wrongOld = await cli(['--vault', v.dir, 'passwd'], { env: { HEARTH_PASSPHRASE: 'not it at all', HEARTH_NEW_PASSPHRASE: NEW } });
    expect(wrongOld.code).toBe(4);
  });
});

describe('recover', () => {
  it('sets a new passphrase with the typed recovery key', async () => {
    const v = await vault();
    const terminal = fakeTerminal([v.recoveryKey, NEW, NEW]);
    const recovered = await cli(['--vault', v.dir, 'recover'], { env: {}, terminal });
    expect(recovered).toEqual({
      code: 0,
      stdout: 'The journal now opens with the new passphrase. Your recovery key is unchanged.\n',
      stderr: '',
    });
    expect(terminal.shown.text).toBe('Recovery key: \nNew passphrase: \nRepeat the new passphrase: \n');
    expect((await cli(['--vault', v.dir, 'list'], { env: { HEARTH_PASSPHRASE: NEW } })).code).toBe(0);
  });
});

describe('init', () => {
  it('creates nothing when the typed passphrases differ', async () => {
    const empty = emptyDir();
    cleanups.push(empty.cleanup);
    const terminal = fakeTerminal([NEW, 'something else']);
    expect((await cli(['--vault', empty.dir, 'init'], { env: {}, terminal })).code).toBe(2);
    expect(existsSync(empty.dir)).toBe(false);
  });

  it('refuses a short passphrase, naming the field', async () => {
    const empty = emptyDir();
    cleanups.push(empty.cleanup);
    expect(await cli(['--vault', empty.dir, 'init'], { env: { HEARTH_PASSPHRASE: 'short' } })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hearth: A passphrase needs at least 8 characters (passphrase)\n',
    });
    expect(existsSync(empty.dir)).toBe(false);
  });
});

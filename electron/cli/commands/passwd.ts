import type { Command } from '../command';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

export const passwd: Command = {
  name: 'passwd',
  summary: 'Change the passphrase',
  usage: '',
  description:
    `Changes the journal's passphrase. The current one comes from ${ENV.passphrase} or a prompt, the new one ` +
    `from ${ENV.newPassphrase} or is typed twice. Entries are not re-encrypted and the recovery key stays valid.`,
  options: {},
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase, ENV.newPassphrase],
  async run(session) {
    const oldPassphrase = await session.unlock();
    const newPassphrase = await session.secrets.newPassphrase(ENV.newPassphrase);
    await session.call('changePassphrase', { oldPassphrase, newPassphrase });
    await session.print('Passphrase changed. Your recovery key still works.');
    return EXIT.ok;
  },
};

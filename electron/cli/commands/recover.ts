import type { Command } from '../command';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

export const recover: Command = {
  name: 'recover',
  summary: 'Set a new passphrase with the recovery key',
  usage: '',
  description:
    `For a forgotten passphrase: opens the journal with the recovery key (from ${ENV.recoveryKey} or a prompt) ` +
    `and sets a new passphrase (from ${ENV.newPassphrase} or typed twice). The recovery key stays the same.`,
  options: {},
  positionals: { min: 0, max: 0 },
  env: [ENV.recoveryKey, ENV.newPassphrase],
  async run(session) {
    await session.requireJournal();
    await session.refuseWhileAppUnlocked();
    const recoveryKey = await session.secrets.recoveryKey();
    const newPassphrase = await session.secrets.newPassphrase(ENV.newPassphrase);
    await session.call('unlockWithRecoveryKey', { recoveryKey, newPassphrase });
    await session.warnCorrupt();
    await session.print('The journal now opens with the new passphrase. Your recovery key is unchanged.');
    return EXIT.ok;
  },
};

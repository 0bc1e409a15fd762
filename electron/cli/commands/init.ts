import { HearthError } from '../../../shared/errors';
import type { Command } from '../command';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

export const init: Command = {
  name: 'init',
  summary: 'Create a new journal and show its recovery key once',
  usage: '',
  description:
    `Creates a new, empty journal in the vault folder, protected by a passphrase (at least 8 characters, and strong enough for the app's meter: "Strong" or better) ` +
    `taken from ${ENV.passphrase} or typed twice at a prompt. Prints the recovery key once: it is the only ` +
    `way back into the journal if the passphrase is forgotten.`,
  options: {},
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session) {
    const { exists } = await session.call('status');
    if (exists) {
      throw new HearthError(
        'VAULT_EXISTS',
        `A journal already exists in ${session.vaultDir}; init never replaces it. If it cannot be opened, ` +
          'copy what can be read with "hearth salvage --out NEW_FOLDER", or restore a backup into a new folder.',
      );
    }
    const passphrase = await session.secrets.newPassphrase(ENV.passphrase);
    const { recoveryKey } = await session.call('create', { passphrase });
    await session.print(
      [
        `Created a new journal in ${session.vaultDir}.`,
        '',
        `Recovery key: ${recoveryKey}`,
        '',
        'Store this recovery key safely, away from this computer (on paper or in a password manager).',
        'It is shown only this once, and it is the only way back into your journal if you forget your passphrase.',
      ].join('\n'),
    );
    return EXIT.ok;
  },
};

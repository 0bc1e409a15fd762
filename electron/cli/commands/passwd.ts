import type { Command } from '../command';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

export const passwd: Command = {
  name: 'passwd',
  summary: 'Change the passphrase',
  usage: '[--rotate-key]',
  description:
    `Changes the journal's passphrase. The current one comes from ${ENV.passphrase} or a prompt, the new one ` +
    `from ${ENV.newPassphrase} or is typed twice. Entries are not re-encrypted and the recovery key stays valid, unless ` +
    '--rotate-key is given: then every record is sealed again under a new key, so an old copy of the journal file and ' +
    'the old passphrase open nothing written afterwards, and a new recovery key is printed once (the old one stops working).',
  options: {
    'rotate-key': { type: 'boolean', description: 'Also re-encrypt the journal with a new key (prints a new recovery key)' },
  },
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase, ENV.newPassphrase],
  async run(session, args) {
    const oldPassphrase = await session.unlockWithPassphrase();
    const newPassphrase = await session.secrets.newPassphrase(ENV.newPassphrase);
    const { recoveryKey } = await session.call('changePassphrase', { oldPassphrase, newPassphrase, rotateKey: args.flag('rotate-key') });
    if (recoveryKey === null) {
      await session.print('Passphrase changed. Your recovery key still works.');
    } else {
      await session.print(
        [
          'Passphrase changed and the journal re-encrypted with a new key.',
          '',
          `New recovery key: ${recoveryKey}`,
          '',
          'The old recovery key no longer works. Store this one safely, away from this computer; it is shown only this once.',
        ].join('\n'),
      );
    }
    return EXIT.ok;
  },
};

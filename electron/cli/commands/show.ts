import type { Command } from '../command';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

export const show: Command = {
  name: 'show',
  summary: 'Print one entry as JSON',
  usage: 'ID',
  description: 'Prints the entry with this id as JSON.',
  options: {},
  positionals: { min: 1, max: 1 },
  env: [ENV.passphrase],
  async run(session, args) {
    await session.unlock();
    await session.printJson(await session.call('getEntry', { id: args.positionals[0] }));
    return EXIT.ok;
  },
};

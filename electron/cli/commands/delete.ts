import type { Command } from '../command';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

export const remove: Command = {
  name: 'delete',
  summary: 'Delete an entry',
  usage: 'ID',
  description: 'Deletes the entry with this id. Its bytes are overwritten on disk; there is no undo.',
  options: {},
  positionals: { min: 1, max: 1 },
  env: [ENV.passphrase],
  async run(session, args) {
    const id = args.positionals[0];
    await session.unlock();
    await session.call('deleteEntry', { id });
    await session.print(`Deleted entry ${id}.`);
    return EXIT.ok;
  },
};

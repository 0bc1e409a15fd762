import { HearthError, isHearthError } from '../../../shared/errors';
import type { Command } from '../command';
import { JSON_OPTION, readEntryJson } from '../entry-input';
import { checkArg } from '../check-arg';
import { entryJson } from '../entry-json';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

/** Name fields as in the entry JSON the person wrote ("mood", not "entry.mood"), as `add` does. */
function relativeToEntry(error: unknown): unknown {
  if (!isHearthError(error) || !error.field?.startsWith('entry.')) return error;
  return new HearthError(error.code, error.message, { field: error.field.slice('entry.'.length) });
}

export const edit: Command = {
  name: 'edit',
  summary: 'Replace an entry with new JSON',
  usage: 'ID [--json -|@FILE]',
  description:
    'Replaces the entry with this id by the entry given as JSON on stdin or in the file of --json @FILE (the whole entry, ' +
    'not a patch: fields left out take their defaults, and a mood, support, stress, direction, felt, cost, channel or askedForHelp left out is stored as not recorded, as is the relationship of a person the entry adds). ' +
    'Prints the stored entry as JSON, with null for each value that is not recorded. ' +
    'The entry itself is refused as an argument (exit 2): other users can read a program\'s arguments in the process list.',
  options: {
    json: JSON_OPTION,
  },
  positionals: { min: 1, max: 1 },
  env: [ENV.passphrase],
  async run(session, args) {
    const entry = await readEntryJson(session.io, args.option('json'));
    try {
      // Checked before the passphrase is asked for and the key derived: a typo fails at once.
      checkArg('updateEntry', { id: args.positionals[0], entry });
    } catch (e) {
      throw relativeToEntry(e);
    }
    await session.unlock();
    try {
      await session.printJson(entryJson(await session.call('updateEntry', { id: args.positionals[0], entry })));
    } catch (e) {
      throw relativeToEntry(e);
    }
    return EXIT.ok;
  },
};

import { HearthError, isHearthError } from '../../../shared/errors';
import type { Command } from '../command';
import { readEntryJson } from '../entry-input';
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
  usage: 'ID [--json TEXT]',
  description:
    'Replaces the entry with this id by the entry given as JSON with --json TEXT or on stdin (the whole entry, ' +
    'not a patch: fields left out take their defaults, and a mood, support, stress, direction, felt or cost left out is stored as not recorded). ' +
    'Prints the stored entry as JSON, with null for each value that is not recorded.',
  options: {
    json: { type: 'string', value: 'TEXT', description: 'The new entry as JSON (otherwise read from stdin)' },
  },
  positionals: { min: 1, max: 1 },
  env: [ENV.passphrase],
  async run(session, args) {
    const entry = await readEntryJson(session.io, args.option('json'));
    await session.unlock();
    try {
      await session.printJson(entryJson(await session.call('updateEntry', { id: args.positionals[0], entry })));
    } catch (e) {
      throw relativeToEntry(e);
    }
    return EXIT.ok;
  },
};

import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { entryJson } from '../entry-json';
import { entriesTable } from '../format';
import { ENV } from '../secrets';
import type { Session } from '../session';

async function personId(session: Session, name: string): Promise<string> {
  const wanted = name.trim().toLowerCase();
  const people = await session.call('listPeople', { includeArchived: true });
  const person = people.find((p) => p.name.toLowerCase() === wanted);
  if (!person) throw new UsageError(`There is no person called "${name}" in this journal.`);
  return person.id;
}

export const list: Command = {
  name: 'list',
  summary: 'List entries, newest first',
  usage: '[--from DATE] [--to DATE] [--search TEXT] [--person NAME] [--json]',
  description:
    'Lists entries, newest first, as a table (date and time, mood, support, people, the start of the note, id) ' +
    'or as a JSON array with --json (null where a value was not recorded). Dates are calendar days like 2026-11-25, inclusive.',
  options: {
    from: { type: 'string', value: 'DATE', description: 'Only entries on or after this day' },
    to: { type: 'string', value: 'DATE', description: 'Only entries on or before this day' },
    search: { type: 'string', value: 'TEXT', description: 'Only entries that mention TEXT' },
    person: { type: 'string', value: 'NAME', description: 'Only entries with an interaction with this person' },
    json: { type: 'boolean', description: 'Print a JSON array of entries' },
  },
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session, args) {
    await session.unlock();
    const name = args.option('person');
    const query = {
      from: args.option('from'),
      to: args.option('to'),
      search: args.option('search'),
      personId: name === undefined ? undefined : await personId(session, name),
    };
    const { entries } = await session.call('listEntries', query);
    await (args.flag('json') ? session.printJson(entries.map(entryJson)) : session.print(entriesTable(entries)));
    return EXIT.ok;
  },
};

import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { entryJson } from '../entry-json';
import { entriesTable } from '../format';
import { ENV } from '../secrets';
import type { Session } from '../session';

// The range the shared list query accepts.
const LIMIT_MAX = 100_000;
const OFFSET_MAX = 999_999_999;

async function personId(session: Session, name: string): Promise<string> {
  const wanted = name.trim().toLowerCase();
  const people = await session.call('listPeople', { includeArchived: true });
  const person = people.find((p) => p.name.toLowerCase() === wanted);
  if (!person) throw new UsageError(`There is no person called "${name}" in this journal.`);
  return person.id;
}

/** --limit and --offset: a whole number in range, checked before the passphrase is asked for. */
function count(args: ParsedArgs, name: 'limit' | 'offset', min: number, max: number): number | undefined {
  const value = args.option(name);
  if (value === undefined) return undefined;
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) {
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max.toLocaleString('en-US')}, like --${name} ${min === 0 ? 20 : 10}; "${value}" is not one.`);
  }
  return n;
}

export const list: Command = {
  name: 'list',
  summary: 'List entries, newest first',
  usage: '[--from DATE] [--to DATE] [--search TEXT] [--person NAME] [--limit N] [--offset N] [--json]',
  description:
    'Lists entries, newest first, as a table (date and time, mood, support, people, the start of the note, id) ' +
    'or as a JSON array with --json (null where a value was not recorded). Dates are calendar days like 2026-11-25, inclusive. ' +
    '--limit 10 lists the newest 10 that match; --offset 10 skips the newest 10 first, so --limit 10 --offset 10 is the next page.',
  options: {
    from: { type: 'string', value: 'DATE', description: 'Only entries on or after this day' },
    to: { type: 'string', value: 'DATE', description: 'Only entries on or before this day' },
    search: { type: 'string', value: 'TEXT', description: 'Only entries that mention TEXT' },
    person: { type: 'string', value: 'NAME', description: 'Only entries with an interaction with this person' },
    limit: { type: 'string', value: 'N', description: `At most N entries, the newest (1 to ${LIMIT_MAX.toLocaleString('en-US')})` },
    offset: { type: 'string', value: 'N', description: 'Skip the newest N matching entries first' },
    json: { type: 'boolean', description: 'Print a JSON array of entries' },
  },
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session, args) {
    const limit = count(args, 'limit', 1, LIMIT_MAX);
    const offset = count(args, 'offset', 0, OFFSET_MAX);
    await session.unlock();
    const name = args.option('person');
    const query = {
      from: args.option('from'),
      to: args.option('to'),
      search: args.option('search'),
      personId: name === undefined ? undefined : await personId(session, name),
      limit,
      offset,
    };
    const { entries } = await session.call('listEntries', query);
    await (args.flag('json') ? session.printJson(entries.map(entryJson)) : session.print(entriesTable(entries)));
    return EXIT.ok;
  },
};

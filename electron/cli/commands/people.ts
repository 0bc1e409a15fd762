import type { Command } from '../command';
import { EXIT } from '../errors';
import { personJson } from '../entry-json';
import { peopleTable } from '../format';
import { ENV } from '../secrets';

export const people: Command = {
  name: 'people',
  summary: 'List the people in the journal',
  usage: '[--json]',
  description:
    'Lists the people in the journal with their relationship, how many interactions were logged with them and ' +
    'the last contact, as a table or as JSON with --json (a relationship that was not recorded is null there).',
  options: { json: { type: 'boolean', description: 'Print a JSON array of people' } },
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session, args) {
    await session.unlock();
    const list = await session.call('listPeople');
    await (args.flag('json') ? session.printJson(list.map(personJson)) : session.print(peopleTable(list)));
    return EXIT.ok;
  },
};

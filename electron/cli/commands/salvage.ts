import { resolve } from 'node:path';
import { HearthError } from '../../../shared/errors';
import { plural } from '../../../shared/format';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { ENV } from '../secrets';

export const salvage: Command = {
  name: 'salvage',
  summary: 'Copy what can still be read of a damaged journal into a new one',
  usage: '--out DIR',
  description:
    'Reads the journal in the vault folder without ever writing to it, and copies every record that still decrypts ' +
    `with its passphrase (${ENV.passphrase} or the prompt) into a new journal in DIR (a new or empty folder). ` +
    'The new journal opens with the same passphrase; its records are sealed under a new key, and it has a new recovery key, ' +
    'printed once. Records that could not be recovered are listed by id and kind ("unknown" when only the id is left); ' +
    'then the exit code is 3.',
  options: {
    out: { type: 'string', value: 'DIR', description: 'The folder for the new journal (new or empty)' },
  },
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session, args) {
    const out = args.option('out');
    if (out === undefined) throw new UsageError('Say where the recovered journal goes: --out DIR (a new or empty folder).');
    session.dialogs.path = resolve(out);
    await session.requireJournal();
    const passphrase = await session.secrets.passphrase();
    const result = await session.call('salvage', { passphrase });
    if (!result.saved) throw new HearthError('INTERNAL', 'No folder was given for the recovered journal.');
    const lines = [
      `Recovered ${plural(result.entries, 'entry', 'entries')} and ${plural(result.people, 'person', 'people')} into a new journal in ${result.folder}.`,
      'It opens with the same passphrase.',
      '',
      `Recovery key: ${result.recoveryKey}`,
      'Store this recovery key safely, away from this computer; it is shown only this once.',
    ];
    if (result.lost.length > 0) {
      lines.push('', `${plural(result.lost.length, 'record')} could not be recovered:`);
      for (const r of result.lost) lines.push(`  ${r.id} (${r.kind})`);
    }
    await session.print(lines.join('\n'));
    return result.lost.length > 0 ? EXIT.corrupt : EXIT.ok;
  },
};

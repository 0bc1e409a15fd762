import type { Command } from '../command';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

const records = (n: number) => (n === 1 ? '1 record' : `${n} records`);

export const verify: Command = {
  name: 'verify',
  summary: 'Check that every record can be decrypted',
  usage: '',
  description:
    'Unlocks the journal and tries to decrypt every record. Lists the damaged ones (id and kind) and exits with ' +
    'code 3 if there are any.',
  options: {},
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session) {
    await session.unlock({ warnCorrupt: false });
    const report = await session.call('verify');
    if (report.corrupt.length === 0) {
      await session.print(`${records(report.records)}, all readable`);
      return EXIT.ok;
    }
    const lines = report.corrupt.map((r) => `  ${r.id}  ${r.kind}`);
    await session.print([`${report.corrupt.length} of ${records(report.records)} cannot be read:`, ...lines].join('\n'));
    return EXIT.corrupt;
  },
};

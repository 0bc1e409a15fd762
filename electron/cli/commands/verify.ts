import type { SealProblem } from '../../../shared/domain';
import { plural } from '../../../shared/format';
import type { Command } from '../command';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

const records = (n: number) => plural(n, 'record');

const SEAL_WORDS: Record<SealProblem['problem'], string> = {
  missing: 'missing: deleted from the journal',
  added: 'added: not written by Hearth',
  'rolled-back': 'rolled back: an older copy was put back',
  'seal-missing': "the journal's seal is missing",
  'seal-damaged': "the journal's seal is damaged",
};

export const verify: Command = {
  name: 'verify',
  summary: 'Check that every record can be decrypted and matches the journal seal',
  usage: '',
  description:
    'Unlocks the journal, tries to decrypt every record and compares the records with the journal-wide seal, which ' +
    'names any record deleted, added or rolled back to an older copy. Lists the damaged or differing ones (id and ' +
    'kind) and exits with code 3 if there are any.',
  options: {},
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session) {
    await session.unlock({ warnCorrupt: false });
    const report = await session.call('verify');
    if (report.corrupt.length === 0 && report.seal.length === 0) {
      await session.print(`${records(report.records)}, all readable`);
      return EXIT.ok;
    }
    const lines: string[] = [];
    if (report.corrupt.length > 0) {
      lines.push(`${report.corrupt.length} of ${records(report.records)} cannot be read:`, ...report.corrupt.map((r) => `  ${r.id}  ${r.kind}`));
    }
    if (report.seal.length > 0) {
      lines.push(
        `The journal does not match its seal (${plural(report.seal.length, 'difference')}); it opens read-only:`,
        ...report.seal.map((p) => `  ${p.id}  ${p.kind}  ${SEAL_WORDS[p.problem]}`),
      );
    }
    await session.print(lines.join('\n'));
    return EXIT.corrupt;
  },
};

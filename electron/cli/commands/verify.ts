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
  behind: 'behind: changes Hearth wrote are missing (a damaged write-ahead log, or older files put back)',
};

function sealLine(p: SealProblem): string {
  const count = p.missingChanges === undefined ? '' : ` (${plural(p.missingChanges, 'change')})`;
  return `  ${p.id}  ${p.kind}  ${SEAL_WORDS[p.problem]}${count}`;
}

export const verify: Command = {
  name: 'verify',
  summary: 'Check that every record can be decrypted and matches the journal seal',
  usage: '',
  description:
    'Unlocks the journal, tries to decrypt every record and compares the records with the journal-wide seal, which ' +
    'names any record deleted, added or rolled back to an older copy, and notices when the whole journal is older than ' +
    'the last change Hearth wrote (kept in hearth.mark beside it). Lists the damaged or differing ones (id and ' +
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
        ...report.seal.map(sealLine),
      );
    }
    await session.print(lines.join('\n'));
    return EXIT.corrupt;
  },
};

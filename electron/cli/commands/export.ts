import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { format as formatDate, parseISO, subMonths } from 'date-fns';
import { localToday } from '../../../shared/local-time';
import { DEFAULT_REPORT_SECTIONS, NAME_STYLES, pdfPassphraseProblem, REPORT_SECTIONS, type ReportFormat, type ReportOptionsInput } from '../../../shared/exchange';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { ENV } from '../secrets';
import type { Session } from '../session';

const FORMATS = ['report-html', 'report-pdf', 'backup', 'csv', 'json'] as const;
type ExportFormat = (typeof FORMATS)[number];

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function reportOptions(args: ParsedArgs, today: string): ReportOptionsInput {
  const to = args.option('to') ?? today;
  const parsedTo = parseISO(to);
  // An invalid --to is left for the shared schema to name; the default start needs a real date.
  const from = args.option('from') ?? (Number.isNaN(parsedTo.getTime()) ? to : formatDate(subMonths(parsedTo, 1), 'yyyy-MM-dd'));
  const names = args.option('names') ?? 'initials';
  if (!(NAME_STYLES as readonly string[]).includes(names)) throw new UsageError(`--names must be one of ${NAME_STYLES.join(', ')}.`);
  return {
    from,
    to,
    sections: (list(args.option('sections')) ?? [...DEFAULT_REPORT_SECTIONS]) as ReportOptionsInput['sections'],
    excludeEntryIds: list(args.option('exclude')) ?? [],
    includeNotes: args.flag('notes'),
    names: names as ReportOptionsInput['names'],
    hideWords: list(args.option('hide')) ?? [],
  };
}

/** A person's own PDF passphrase must fit what PDF readers accept: said before anything is asked for. */
function checkOwnPdfPassphrase(session: Session): void {
  const own = session.secrets.exportPassphrase();
  const problem = own === undefined ? null : pdfPassphraseProblem(own);
  if (problem) throw new UsageError(`${ENV.exportPassphrase}: ${problem}.`);
}

/** The passphrase for the file: the person's own from the environment, else a new generated one shown once. */
async function filePassphrase(session: Session, format?: ReportFormat): Promise<string> {
  const own = session.secrets.exportPassphrase();
  if (own !== undefined) return own;
  const { passphrase } = await session.call('suggestPassphrase', format === undefined ? undefined : { format });
  await session.warn(`the passphrase of this file is shown only now; give it separately from the file:\n${passphrase}`);
  return passphrase;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a therapy report, a backup, or the journal as CSV or JSON',
  usage: `--format ${FORMATS.join('|')} --out FILE [--from DATE] [--to DATE] [--names full|initials|relationship] [--notes] [--hide WORD[,WORD…]]`,
  description:
    'report-html is one HTML file that opens in any browser with its passphrase (its age block also opens with the age tool); ' +
    'report-pdf is an AES-256 password-protected PDF. A report covers --from to --to (default: the month up to today), ' +
    'every section unless --sections picks some, all entries of the range except those in --exclude, names as --names says ' +
    '(default initials), and notes and tags only with --notes. With initials or relationship, every mention of a journal person in ' +
    'those notes and tags (full name, first name, possessive, any case, and the words on their person page under "also known as") ' +
    'is replaced the same way, and each word in --hide is replaced by [hidden]. backup writes an encrypted backup of the whole journal. ' +
    `Reports and backups are encrypted with ${ENV.exportPassphrase} (for report-pdf at most 32 bytes, which is all PDF readers accept), ` +
    'or with a new generated passphrase printed once on stderr: six words, or for report-pdf five short words joined by digits. ' +
    'csv (a new folder holding entries.csv, people.csv and interactions.csv, and checkins.csv when there are check-ins) and json are NOT encrypted. FILE must not exist yet.',
  options: {
    format: { type: 'string', value: 'FORMAT', description: FORMATS.join(', ') },
    out: { type: 'string', value: 'FILE', description: 'Where to write (must not exist yet)' },
    from: { type: 'string', value: 'DATE', description: 'Report: first day (default: a month before --to)' },
    to: { type: 'string', value: 'DATE', description: 'Report: last day (default: today)' },
    names: { type: 'string', value: 'STYLE', description: 'Report: full, initials (default) or relationship ("friend A")' },
    notes: { type: 'boolean', description: 'Report: include notes and tags of the chosen entries' },
    hide: { type: 'string', value: 'WORDS', description: 'Report: comma-separated words to hide in notes and tags (a street, an employer)' },
    sections: { type: 'string', value: 'LIST', description: `Report: comma-separated, from ${REPORT_SECTIONS.join(', ')}` },
    exclude: { type: 'string', value: 'IDS', description: 'Report: comma-separated ids of entries to leave out' },
  },
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase, ENV.exportPassphrase],
  async run(session, args) {
    const format = args.option('format') as ExportFormat | undefined;
    if (format === undefined || !FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
    const out = args.option('out');
    if (out === undefined) throw new UsageError('--out FILE is required.');
    const path = resolve(out);
    if (existsSync(path)) throw new UsageError(`${out} already exists; choose a new name or remove it first.`);
    if (format === 'report-pdf') checkOwnPdfPassphrase(session);
    await session.unlock();
    session.dialogs.path = path;
    if (format === 'csv' || format === 'json') {
      await session.warn(`${out} is not encrypted: anyone who gets it can read your journal.`);
      await session.call('exportData', { format, confirmedUnencrypted: true });
    } else if (format === 'backup') {
      await session.call('exportBackup', { passphrase: await filePassphrase(session) });
    } else {
      const options = reportOptions(args, localToday(session.now()));
      const reportFormat = format === 'report-html' ? 'html' : 'pdf';
      await session.call('exportReport', { options, format: reportFormat, passphrase: await filePassphrase(session, reportFormat) });
    }
    await session.print(path);
    return EXIT.ok;
  },
};

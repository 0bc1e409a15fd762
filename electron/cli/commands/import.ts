import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMPORT_FORMATS, type ImportFormat, type ImportSummary } from '../../../shared/exchange';
import type { ParsedArgs } from '../args';
import { plural } from '../../../shared/format';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { ENV } from '../secrets';

/** "tired=4,great=8" → { tired: 4, great: 8 }; the values are checked by the shared schema. */
function moodMap(value: string | undefined): Record<string, number> {
  if (value === undefined) return {};
  const map: Record<string, number> = {};
  for (const pair of value.split(',')) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--moods takes LABEL=NUMBER pairs separated by commas, like "tired=4,great=8"; "${pair}" is not one.`);
    map[pair.slice(0, at).trim()] = Number(pair.slice(at + 1));
  }
  return map;
}

function mode(args: ParsedArgs): 'merge' | 'replace' {
  if (args.flag('merge') && args.flag('replace')) throw new UsageError('Choose either --merge or --replace.');
  return args.flag('replace') ? 'replace' : 'merge';
}

function describe(summary: ImportSummary): string {
  const range = summary.from ? ` from ${summary.from} to ${summary.to}` : '';
  const lines = [`${summary.fileName}: ${summary.entries} entries${range}; ${summary.newEntries} new, ${summary.duplicates} already in this journal.`];
  if (summary.updated > 0) lines.push(`${summary.updated} of those are newer in the backup and would replace the journal's copy.`);
  if (summary.repeatedInFile > 0) {
    lines.push(`${plural(summary.repeatedInFile, 'entry says', 'entries say')} exactly what an earlier one of the file says; each is kept as an entry of its own.`);
  }
  if (summary.newPeople > 0) lines.push(`${summary.newPeople} new people.`);
  for (const m of summary.moodLabels) lines.push(`mood "${m.label}" (${m.count} rows): ${m.suggested === null ? 'needs --moods' : `${m.suggested} unless --moods says otherwise`}`);
  return lines.join('\n');
}

export const importCommand: Command = {
  name: 'import',
  summary: "Restore a backup, or import Hearth's own data or a Daylio, jrnl or Day One export",
  usage: `--format ${IMPORT_FORMATS.join('|')} FILE [--merge|--replace] [--moods LABEL=N,...] [--dry-run]`,
  description:
    'Reads the whole file first and prints what it holds; then writes everything in one transaction, or nothing. ' +
    'A backup is merged by entry (the newer version wins) unless --replace restores it into an empty journal; its passphrase ' +
    `comes from ${ENV.exportPassphrase} or a prompt. Hearth's own unencrypted data (hearth-json: the JSON file; hearth-csv: ` +
    'the CSV folder, or its entries.csv) comes back the same way, every entry and person with its id and times. ' +
    'Entries imported before (the same file again) are skipped; two identical entries in one file are both kept. ' +
    'A starred jrnl entry gets the tag "starred". A file with no entries is refused (exit 2). ' +
    "Daylio moods rad, good, meh, bad and awful become 9, 7, 5, 3 and 1; your own mood labels need a value with --moods, " +
    'e.g. --moods "tired=4,great=8". --dry-run prints the summary and writes nothing.',
  options: {
    format: { type: 'string', value: 'FORMAT', description: IMPORT_FORMATS.join(', ') },
    merge: { type: 'boolean', description: 'Backup: merge into this journal (the default)' },
    replace: { type: 'boolean', description: 'Backup: restore into an empty journal exactly as it was' },
    moods: { type: 'string', value: 'MAP', description: 'Daylio: 0-10 values for mood labels, "label=N,label=N"' },
    'dry-run': { type: 'boolean', description: 'Print what the import would do, write nothing' },
  },
  positionals: { min: 1, max: 1 },
  env: [ENV.passphrase, ENV.exportPassphrase],
  async run(session, args) {
    const format = args.option('format') as ImportFormat | undefined;
    if (format === undefined || !IMPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}.`);
    const file = resolve(args.positionals[0]!);
    if (!existsSync(file)) throw new UsageError(`There is no file ${args.positionals[0]}.`);
    const restoreMode = mode(args);
    const moods = moodMap(args.option('moods'));
    await session.unlock();
    const passphrase = format === 'backup' ? await session.secrets.backupPassphrase() : undefined;
    session.dialogs.path = file;
    const opened = await session.call('openImport', { format, ...(passphrase === undefined ? {} : { passphrase }) });
    if (!opened.opened) throw new UsageError(`There is no file ${args.positionals[0]}.`);
    const { summary } = opened;
    await session.warn(describe(summary));
    if (args.flag('dry-run')) {
      await session.call('cancelImport', { importId: summary.importId });
      return EXIT.ok;
    }
    const result = await session.call('commitImport', { importId: summary.importId, mode: restoreMode, moodMap: moods });
    await session.print(`Imported ${result.added} new entries, updated ${result.updated}, skipped ${result.skipped} already there.`);
    return EXIT.ok;
  },
};

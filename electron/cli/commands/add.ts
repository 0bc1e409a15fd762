import type { NewEntryData } from '../../../shared/contract/values';
import type { Entry } from '../../../shared/domain';
import { HearthError, isHearthError } from '../../../shared/errors';
import type { Command } from '../command';
import { JSON_OPTION, parseJson, readEntryJson } from '../entry-input';
import { checkArg, parseArg } from '../check-arg';
import { entryJson } from '../entry-json';
import { EXIT, UsageError } from '../errors';
import { lineGroups } from '../line-groups';
import { ENV } from '../secrets';
import type { Session } from '../session';

/** The same failure, told as "line N: ..." (or "lines N–M: ..."), keeping its code (and so its exit code) and field. */
function atLine(error: unknown, line: number, last = line): Error {
  const where = last === line ? `line ${line}` : `lines ${line}–${last}`;
  if (isHearthError(error)) {
    return new HearthError(error.code, `${where}: ${error.message}`, {
      ...(error.field === undefined ? {} : { field: error.field }),
      ...(error.recordId === undefined ? {} : { recordId: error.recordId }),
    });
  }
  return new UsageError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * One transaction for a group of lines; the ids are printed only once it committed. Should it fail,
 * the lines go again one by one, so the lines before the failing one stay stored (as without
 * groups) and the error names its line. Not when the journal locked or the app or agent went away
 * (LOCKED): then nothing more can be written, and the whole group is named, whose fate the
 * error tells.
 */
async function commitGroup(session: Session, entries: NewEntryData[], lineNumbers: number[]): Promise<void> {
  let added: Entry[];
  try {
    added = await session.addEntries(entries);
  } catch (e) {
    if (entries.length === 1) throw atLine(e, lineNumbers[0]!);
    if (isHearthError(e) && e.code === 'LOCKED') throw atLine(e, lineNumbers[0]!, lineNumbers.at(-1)!);
    for (const [i, entry] of entries.entries()) {
      try {
        added = await session.addEntries([entry]);
      } catch (error) {
        throw atLine(error, lineNumbers[i]!);
      }
      await session.print(added[0]!.id);
    }
    return;
  }
  await session.print(added.map((e) => e.id).join('\n'));
}

/** One entry per stdin line, committed in groups (see ../line-groups.ts); an invalid line stops after the lines before it. */
async function addLines(session: Session): Promise<number> {
  for await (const group of lineGroups(session.io.stdin)) {
    const entries: NewEntryData[] = [];
    const lineNumbers: number[] = [];
    let invalid: Error | undefined;
    for (const { number, text } of group) {
      if (text.trim() === '') continue;
      try {
        entries.push(parseArg('addEntry', parseJson(text)));
        lineNumbers.push(number);
      } catch (e) {
        invalid = atLine(e, number);
        break;
      }
    }
    if (entries.length > 0) await commitGroup(session, entries, lineNumbers);
    if (invalid) throw invalid;
  }
  return EXIT.ok;
}

export const add: Command = {
  name: 'add',
  summary: 'Add an entry from JSON (stdin, a file, or one per line with --ndjson)',
  usage: '[--json -|@FILE | --ndjson]',
  description:
    'Adds one entry given as JSON on stdin or in the file of --json @FILE, and prints the stored entry as JSON. ' +
    'The entry itself is refused as an argument (exit 2): other users can read a program\'s arguments in the process list. ' +
    'With --ndjson, reads one entry per line from stdin and commits them in small groups (up to 100 lines, or ' +
    'what arrived within 20 ms of the first), printing each new id on its own line only once its group is safely ' +
    'stored; an invalid line stops the import (the lines before it stay stored). ' +
    'See "hearth --help" for the entry format.',
  options: {
    json: JSON_OPTION,
    ndjson: { type: 'boolean', description: 'Read one entry per line from stdin and print each id' },
  },
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session, args) {
    const json = args.option('json');
    if (args.flag('ndjson')) {
      if (json !== undefined) throw new UsageError('Use either --json or --ndjson, not both.');
      await session.unlock();
      return addLines(session);
    }
    const input = await readEntryJson(session.io, json);
    // Checked before the passphrase is asked for and the key derived: a typo fails at once.
    checkArg('addEntry', input);
    await session.unlock();
    await session.printJson(entryJson(await session.call('addEntry', input)));
    return EXIT.ok;
  },
};

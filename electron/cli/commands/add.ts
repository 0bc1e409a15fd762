import { createInterface } from 'node:readline';
import { HearthError, isHearthError } from '../../../shared/errors';
import type { Command } from '../command';
import { JSON_OPTION, parseJson, readEntryJson } from '../entry-input';
import { checkArg } from '../check-arg';
import { entryJson } from '../entry-json';
import { EXIT, UsageError } from '../errors';
import { ENV } from '../secrets';
import type { Session } from '../session';

/** The same failure, told as "line N: ...", keeping its code (and so its exit code) and field. */
function atLine(error: unknown, line: number): Error {
  if (isHearthError(error)) {
    return new HearthError(error.code, `line ${line}: ${error.message}`, {
      ...(error.field === undefined ? {} : { field: error.field }),
      ...(error.recordId === undefined ? {} : { recordId: error.recordId }),
    });
  }
  return new UsageError(`line ${line}: ${error instanceof Error ? error.message : String(error)}`);
}

/** One entry per stdin line; each id is printed (and flushed) only after its entry is committed. */
async function addLines(session: Session): Promise<number> {
  const lines = createInterface({ input: session.io.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      try {
        const entry = await session.call('addEntry', parseJson(line));
        await session.print(entry.id);
      } catch (e) {
        throw atLine(e, lineNumber);
      }
    }
  } finally {
    lines.close();
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
    'With --ndjson, reads one entry per line from stdin and prints each new id on its own line as soon as ' +
    'the entry is safely stored; an invalid line stops the import (the lines before it stay stored). ' +
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

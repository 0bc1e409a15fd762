// Entry JSON from stdin or a file. Only JSON syntax is checked here; the shape is the shared
// schema's business (through dispatch), so the CLI and the app accept exactly the same entries.
// The entry itself is never taken as an argument: other users can read every process's arguments
// (/proc/PID/cmdline, ps), and an entry is private.
import { readFile } from 'node:fs/promises';
import { UsageError } from './errors';
import { readAll, type CliIo } from './io';

/** The --json option as help shows it. */
export const JSON_OPTION = {
  type: 'string',
  value: '-|@FILE',
  description: 'Read the entry JSON from stdin (-, the default) or from FILE; never given inline',
} as const;

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(`The entry is not valid JSON: ${reason}`);
  }
}

/**
 * Refuses an entry given inline, before anything else is done. Run before unlocking, so the
 * person learns at once, not after the passphrase.
 */
export function checkJsonSource(json: string | undefined): void {
  if (json === undefined || json === '-' || (json.startsWith('@') && json.length > 1)) return;
  throw new UsageError(
    'The entry is not taken as an argument (other users could read it in the process list): ' +
      'pipe it with --json - (or no --json), or put it in a file and pass --json @FILE.',
  );
}

/** The entry from stdin (no --json, or --json -) or from the file of --json @FILE. */
export async function readEntryJson(io: CliIo, json: string | undefined): Promise<unknown> {
  checkJsonSource(json);
  if (json !== undefined && json !== '-') {
    const file = json.slice(1);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`Could not read the entry from ${file}: ${code === 'ENOENT' ? 'there is no such file' : 'the system refused'}.`);
    }
    if (text.trim() === '') throw new UsageError(`${file} is empty: it should hold the entry as JSON.`);
    return parseJson(text);
  }
  if (io.stdin.isTTY) io.stderr.write('Type the entry as JSON, then press Ctrl-D on an empty line.\n');
  const text = await readAll(io.stdin);
  if (text.trim() === '') throw new UsageError('No entry given: pipe the entry JSON to stdin, or pass --json @FILE.');
  return parseJson(text);
}

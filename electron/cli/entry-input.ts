// Entry JSON from --json or stdin. Only JSON syntax is checked here; the shape is the shared
// schema's business (through dispatch), so the CLI and the app accept exactly the same entries.
import { UsageError } from './errors';
import { readAll, type CliIo } from './io';

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(`The entry is not valid JSON: ${reason}`);
  }
}

/** The --json text, else everything on stdin (with a hint when a person is typing it). */
export async function readEntryJson(io: CliIo, json: string | undefined): Promise<unknown> {
  if (json !== undefined) return parseJson(json);
  if (io.stdin.isTTY) io.stderr.write('Type the entry as JSON, then press Ctrl-D on an empty line.\n');
  const text = await readAll(io.stdin);
  if (text.trim() === '') throw new UsageError('No entry given: pass --json TEXT or pipe the entry JSON to stdin.');
  return parseJson(text);
}

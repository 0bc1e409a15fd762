// Canary strings in files: the scan behind every "no plaintext on disk" test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The canary as the bytes it would leave in a file, in each common encoding. */
export function encodings(canary: string): Array<[string, Buffer]> {
  const utf8 = Buffer.from(canary, 'utf8');
  return [
    ['utf8', utf8],
    ['utf16le', Buffer.from(canary, 'utf16le')],
    ['hex', Buffer.from(utf8.toString('hex'), 'latin1')],
    ['HEX', Buffer.from(utf8.toString('hex').toUpperCase(), 'latin1')],
    ['base64', Buffer.from(utf8.toString('base64').slice(0, -4), 'latin1')],
  ];
}

/** Every file directly in `dir` (the database, its -wal and -shm) with each canary found in it. */
export function canariesIn(dir: string, canaries: readonly string[]): { files: string[]; found: string[] } {
  const files = readdirSync(dir);
  const found: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    for (const canary of canaries) {
      for (const [name, needle] of encodings(canary)) if (bytes.includes(needle)) found.push(`${canary} (${name}) in ${file}`);
    }
  }
  return { files: files.sort(), found };
}

// The change counter's high-water mark, kept in a small file beside hearth.db and rewritten after
// every commit. The journal's seal lives inside the database, so when a damaged write-ahead log
// loses its last commits (or an older copy of the files is put back), the seal goes back with them
// and still matches. The mark, outside the database, remembers how far the journal had got.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MARK_FILE = 'hearth.mark';

export function markPathFor(dbPath: string): string {
  return join(dirname(dbPath), MARK_FILE);
}

/** The counter the mark holds for this vault; null when there is none, it is unreadable, or it is another vault's. */
export function readMark(path: string, vaultId: string): number | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const m = /^hearth-mark 1 (\S+) (\d{1,15})\n$/.exec(text);
  return m && m[1] === vaultId ? Number(m[2]) : null;
}

/**
 * Replaces the mark: written whole under a fresh name and renamed, never through a link. Called
 * after the commit is durable and under the vault's write lock, so marks only grow. Not flushed: a
 * mark lost in a crash is only an older mark (less to compare), never a false alarm. A mark that
 * cannot be written (a full disk) leaves the older one, for the same reason.
 */
export function writeMark(path: string, vaultId: string, counter: number): void {
  const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
  let created = false;
  try {
    const fd = openSync(partial, 'wx', 0o600);
    created = true;
    try {
      writeSync(fd, `hearth-mark 1 ${vaultId} ${counter}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
  } catch {
    if (created) rmSync(partial, { force: true });
  }
}

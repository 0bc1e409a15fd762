// The change counter's high-water mark, kept in a small file beside hearth.db and rewritten after
// every commit. The journal's seal lives inside the database, so when a damaged write-ahead log
// loses its last commits (or an older copy of the files is put back), the seal goes back with them
// and still matches. The mark, outside the database, remembers how far the journal had got.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MARK_FILE = 'hearth.mark';

/** The counter is written zero-padded to this many digits, so every mark of a vault has the same length. */
const COUNTER_DIGITS = 15;
/** Reads of a mark being rewritten in place that may disagree before the mark counts as unreadable. */
const READ_TRIES = 4;

export function markPathFor(dbPath: string): string {
  return join(dirname(dbPath), MARK_FILE);
}

/** The mark's text: one fixed-length line (an older Hearth reads it as it reads its own). */
export function markText(vaultId: string, counter: number): string {
  return `hearth-mark 1 ${vaultId} ${String(counter).padStart(COUNTER_DIGITS, '0')}\n`;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The counter the mark holds for this vault; null when there is none, it is unreadable, or it is
 * another vault's. A mark is rewritten in place (below), so a read may meet a write half done and
 * mix two counters' digits into a larger one: only a text two reads in a row agree on counts.
 */
export function readMark(path: string, vaultId: string): number | null {
  let text = readText(path);
  for (let i = 1; text !== null; i++) {
    const again = readText(path);
    if (again === text) break;
    if (i === READ_TRIES) return null;
    text = again;
  }
  const m = text === null ? null : /^hearth-mark 1 (\S+) (\d{1,15})\n$/.exec(text);
  return m && m[1] === vaultId ? Number(m[2]) : null;
}

/**
 * Replaces the mark. Called after the commit is durable and under the vault's write lock, so marks
 * only grow. Not flushed: a mark lost in a crash is only an older mark (less to compare), never a
 * false alarm. A mark that cannot be written (a full disk) leaves the older one, for the same reason.
 * The mark already there, a plain file with no other name, is overwritten in place with text of its
 * own length (no folder change, so no wait on the file system's journal); any other is replaced by
 * one written whole under a fresh name and renamed, never through a link.
 */
export function writeMark(path: string, vaultId: string, counter: number): void {
  const text = Buffer.from(markText(vaultId, counter));
  if (overwrite(path, text)) return;
  const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
  let created = false;
  try {
    const fd = openSync(partial, 'wx', 0o600);
    created = true;
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
  } catch {
    if (created) rmSync(partial, { force: true });
  }
}

/** Writes `text` over the file at `path` when it is a plain file with one name and exactly that long; false when not done. */
function overwrite(path: string, text: Buffer): boolean {
  // Without O_NOFOLLOW (Windows) a link could be followed: the mark is always replaced there.
  if (constants.O_NOFOLLOW === undefined) return false;
  let fd: number;
  try {
    // O_NONBLOCK: a pipe planted at the name fails to open rather than waiting for a reader.
    fd = openSync(path, constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.nlink !== 1 || stat.size !== text.length) return false;
    return writeSync(fd, text, 0, text.length, 0) === text.length;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

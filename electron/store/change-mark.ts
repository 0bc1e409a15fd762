// The change counter's high-water mark, kept in a small file beside hearth.db and rewritten after
// every commit. The journal's seal lives inside the database, so when a damaged write-ahead log
// loses its last commits (or an older copy of the files is put back), the seal goes back with them
// and still matches. The mark, outside the database, remembers how far the journal had got.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
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
  const mark = new MarkFile(path);
  try {
    mark.write(vaultId, counter);
  } finally {
    mark.close();
  }
}

/**
 * The mark of an open journal, written after each of its commits as writeMark does, but with the
 * file kept open between writes, where opening and closing it cost two system calls more on every
 * commit. One fstat checks that the file still has exactly one name: a mark replaced by rename
 * (by another Hearth, or by writeMark above) or removed has none left, and is opened again by its
 * name. A descriptor never follows a link planted at the name later. Close it with the journal.
 */
export class MarkFile {
  private fd: number | null = null;

  constructor(readonly path: string) {}

  write(vaultId: string, counter: number): void {
    const text = markText(vaultId, counter);
    if (this.fd !== null && this.rewrite(this.fd, text)) return;
    this.close();
    if (this.overwrite(text)) return;
    replace(this.path, text);
  }

  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      closeSync(fd);
    } catch {
      // Nothing is left to write through it.
    }
  }

  /** The text written through the kept descriptor when its file is still plain, of one name and of this length. */
  private rewrite(fd: number, text: string): boolean {
    try {
      return fits(fstatSync(fd), text) && writeSync(fd, text, 0) === Buffer.byteLength(text);
    } catch {
      return false;
    }
  }

  /** Writes `text` over the file at the path when it is a plain file with one name and exactly that long, and keeps it open; false when not done. */
  private overwrite(text: string): boolean {
    // Without O_NOFOLLOW (Windows) a link could be followed: the mark is always replaced there.
    if (constants.O_NOFOLLOW === undefined) return false;
    let fd: number;
    try {
      // O_NONBLOCK: a pipe planted at the name fails to open rather than waiting for a reader.
      fd = openSync(this.path, constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      return false;
    }
    let kept = false;
    try {
      kept = fits(fstatSync(fd), text) && writeSync(fd, text, 0) === Buffer.byteLength(text);
      if (kept) this.fd = fd;
      return kept;
    } catch {
      return false;
    } finally {
      if (!kept) closeSync(fd);
    }
  }
}

/** Whether `text` may be written over the file in place: a plain file with one name, exactly as long. */
function fits(stat: Stats, text: string): boolean {
  return stat.isFile() && stat.nlink === 1 && stat.size === Buffer.byteLength(text);
}

/** The mark written whole under a fresh name and renamed over the path; left as it was when that fails. */
function replace(path: string, text: string): void {
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

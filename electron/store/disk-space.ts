// A full disk is an ordinary condition, not an internal error: the person is told in words, and a
// journal that only needs reading still opens.
import { statfsSync } from 'node:fs';
import { HearthError } from '../../shared/errors';

/** Below this much free space, an I/O failure is taken to be the disk being full. */
const NEARLY_FULL_BYTES = 1024 * 1024;

function freeBytes(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/**
 * True when `e` failed for want of space under `dir`: SQLite's SQLITE_FULL, a system ENOSPC, or an
 * SQLite I/O error on a disk with (almost) no room left — SQLite reports a shared-memory file it
 * could not grow as a plain I/O error.
 */
export function isOutOfSpace(e: unknown, dir: string): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return true;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_IOERR')) return false;
  const free = freeBytes(dir);
  return free !== null && free < NEARLY_FULL_BYTES;
}

export function diskFullError(dir: string): HearthError {
  return new HearthError('FILE_ERROR', `The disk that holds ${dir} is full, so Hearth could not write to it. Nothing was changed: free some space and try again.`);
}

/** `e` as the disk-full sentence when it is one, else unchanged. */
export function asDiskFull(e: unknown, dir: string): unknown {
  return isOutOfSpace(e, dir) ? diskFullError(dir) : e;
}

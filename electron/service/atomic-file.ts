// Files Hearth writes outside the vault (reports, portable data) appear whole or not at all: they
// are written under a temporary name, flushed, and renamed over the final name.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HearthError } from '../../shared/errors';

function fsyncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot open a folder to flush it; the rename is still atomic there.
  }
}

export function describeFsError(e: unknown, action: string): HearthError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT' ? 'the folder does not exist'
    : code === 'EACCES' || code === 'EPERM' ? 'Hearth is not allowed to write there'
    : code === 'ENOSPC' ? 'the disk is full'
    : code === 'EEXIST' || code === 'ENOTEMPTY' ? 'something with that name is already there'
    : 'the system refused';
  return new HearthError('FILE_ERROR', `Could not ${action}: ${why}.`);
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const partial = `${path}.partial`;
  try {
    const fd = openSync(partial, 'w', 0o600);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
    fsyncFolder(dirname(path));
  } catch (e) {
    rmSync(partial, { force: true });
    throw describeFsError(e, `save ${path}`);
  }
}

/** A new folder holding the given files; an existing non-empty folder is never written into. */
export function writeNewFolder(path: string, files: Record<string, string>): void {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    if (readdirSync(path).length > 0) throw Object.assign(new Error('not empty'), { code: 'ENOTEMPTY' });
  } catch (e) {
    throw describeFsError(e, `create the folder ${path}`);
  }
  for (const [name, text] of Object.entries(files)) writeFileAtomic(join(path, name), text);
}

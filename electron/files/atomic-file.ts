// The one way Hearth writes a file (reports, portable data, backups, automatic backups): it appears
// whole or not at all, readable by its owner only, and only where it was asked to be. The bytes go
// to a fresh temporary name beside the target, created with O_EXCL (so a link planted there is never
// followed, and nothing already there is replaced), flushed, renamed over the target, and the
// folder is flushed so the rename itself survives a crash.
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HearthError } from '../../shared/errors';

/** Files Hearth writes: only their owner may read them. */
export const FILE_MODE = 0o600;
/** Folders Hearth creates: only their owner may list them. */
export const FOLDER_MODE = 0o700;

export type WriteStep = 'create' | 'write' | 'save';

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

/** A name beside `path` nobody can guess in advance, so nobody can have put anything under it. */
export function partialName(path: string): string {
  return `${path}.${randomBytes(6).toString('hex')}.partial`;
}

/** Temporary files a crash left beside `path`: plain files under our own names, never links. */
function removeLeftovers(path: string): void {
  const folder = dirname(path);
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.partial$/.test(name.slice(prefix.length))) continue;
    const leftover = join(folder, name);
    try {
      if (lstatSync(leftover).isFile()) unlinkSync(leftover);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/**
 * Runs `write` on a new private temporary file, then makes it `path`. On any failure the temporary
 * file is removed and `path` is left as it was. A HearthError from `write` is passed on as it is;
 * any other failure becomes the HearthError `fail` makes of it.
 */
export async function writeAtomically<T>(
  path: string,
  write: (file: FileHandle) => Promise<T>,
  fail: (step: WriteStep, e: unknown) => HearthError = (_step, e) => describeFsError(e, `save ${path}`),
): Promise<T> {
  const partial = partialName(path);
  let step: WriteStep = 'create';
  let handle: FileHandle | undefined;
  let created = false;
  try {
    handle = await open(partial, 'wx', FILE_MODE);
    created = true;
    step = 'write';
    const result = await write(handle);
    await handle.sync();
    await handle.close();
    handle = undefined;
    step = 'save';
    await rename(partial, path);
    await syncFolder(dirname(path));
    removeLeftovers(path);
    return result;
  } catch (e) {
    // close() waits for writes still in flight, so nothing lands after the removal.
    await handle?.close().catch(() => undefined);
    if (created) await rm(partial, { force: true }).catch(() => undefined);
    if (e instanceof HearthError) throw e;
    throw fail(step, e);
  }
}

/** Writes `data` to `path` whole or not at all. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeAtomically(path, (file) => file.writeFile(data));
}

/** Makes `path` (and any missing parents) as private folders. */
export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: FOLDER_MODE });
}

/** A new folder holding the given files; an existing non-empty folder is never written into. */
export async function writeNewFolder(path: string, files: Record<string, string>): Promise<void> {
  try {
    makePrivateFolder(path);
    if (readdirSync(path).length > 0) throw Object.assign(new Error('not empty'), { code: 'ENOTEMPTY' });
    await syncFolder(dirname(path));
  } catch (e) {
    throw describeFsError(e, `create the folder ${path}`);
  }
  for (const [name, text] of Object.entries(files)) await writeFileAtomic(join(path, name), text);
}

/** Makes a rename or a new entry in `folder` durable. Windows cannot open a folder, and some file systems refuse to sync one. */
export async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw e;
  } finally {
    await handle?.close();
  }
}

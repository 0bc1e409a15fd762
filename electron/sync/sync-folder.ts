// The disk side of a sync folder. Another program (the sync tool) writes here too, and anyone who
// can write to the folder can plant a link: every level is checked with lstat, nothing reached
// through a link is read or written, and this device only ever adds new files under its own folder.
import { constants, type Stats } from 'node:fs';
import { link, lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_MODE, FOLDER_MODE, partialName, syncFolder, writeFileAtomic } from '../files/atomic-file';
import { CHANGE_FILE_SUFFIX, parseChangeFilePath, type ListedChangeFile } from './folder-listing';

/** Larger than any change file Hearth writes; a larger file is not read into memory. */
export const MAX_CHANGE_FILE_BYTES = 64 * 1024 * 1024;
/** A snapshot holds the whole journal; past this (near the longest string JSON.parse takes) it is not read. */
export const MAX_SNAPSHOT_BYTES = 400 * 1024 * 1024;
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Of `names` in `folder`, those `ok` says of their lstat, in the given order. The checks run
 * together: a round waits on the file system once per folder level, not once per file, which on
 * a busy computer (or a network share) is most of what listing costs.
 */
async function namesWhere(folder: string, names: readonly string[], ok: (stats: Stats) => boolean): Promise<string[]> {
  const stats = await Promise.all(names.map((name) => lstatOrNull(join(folder, name))));
  return names.filter((_, i) => stats[i] !== null && ok(stats[i]!));
}

/** The change files under `devices/`, read from real folders only. */
export async function listChangeFiles(root: string): Promise<ListedChangeFile[]> {
  const devices = join(root, 'devices');
  if (!(await lstatOrNull(devices))?.isDirectory()) return [];
  const folders = await namesWhere(devices, await readdir(devices), (s) => s.isDirectory());
  const perDevice = await Promise.all(
    folders.map(async (device) => {
      const folder = join(devices, device);
      const named = (await readdir(folder)).flatMap((name) => {
        const file = parseChangeFilePath(`devices/${device}/${name}`);
        return file === null ? [] : [{ name, file }];
      });
      const files = new Set(await namesWhere(folder, named.map((n) => n.name), (s) => s.isFile()));
      return named.filter((n) => files.has(n.name)).map((n) => n.file);
    }),
  );
  return perDevice.flat();
}

/** How many files are read at once: enough to overlap their waits, few enough to hold few descriptors open. */
const READ_AT_ONCE = 8;

/** readFolderFile for each of `paths` (inside the folder, '/' separators), a few at a time, in order. */
export async function readFolderFiles(root: string, paths: readonly string[]): Promise<Array<Uint8Array | null>> {
  const read: Array<Uint8Array | null> = [];
  for (let from = 0; from < paths.length; from += READ_AT_ONCE) read.push(...(await Promise.all(paths.slice(from, from + READ_AT_ONCE).map((p) => readFolderFile(root, p)))));
  return read;
}

/**
 * The bytes of a file of the folder, by its path inside it with '/' separators, or null when it is
 * gone, a link, or too large. The file is opened without following links and checked to be the
 * plain file that was listed.
 */
export async function readFolderFile(root: string, relative: string, maxBytes = MAX_CHANGE_FILE_BYTES): Promise<Uint8Array | null> {
  const path = join(root, ...relative.split('/'));
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | NO_FOLLOW);
  } catch {
    return null;
  }
  try {
    const [stats, named] = await Promise.all([handle.stat(), lstatOrNull(path)]);
    if (!stats.isFile() || named === null || !named.isFile() || named.ino !== stats.ino || stats.size > maxBytes) return null;
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

export function changeFileName(seq: number): string {
  return `${String(seq).padStart(12, '0')}${CHANGE_FILE_SUFFIX}`;
}

/** This device's folder, made private if new; refused when something else (a link, a file) has its name. */
async function ownFolder(root: string, device: string): Promise<string> {
  for (const folder of [join(root, 'devices'), join(root, 'devices', device)]) {
    const stats = await lstatOrNull(folder);
    if (stats === null) await mkdir(folder, { mode: FOLDER_MODE });
    else if (!stats.isDirectory()) {
      throw new Error(`${folder} is not a folder Hearth made`);
    }
  }
  return join(root, 'devices', device);
}

/** File systems without hard links (FAT and exFAT on a USB stick, some network shares) refuse link with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Gives the flushed file `partial` its final name, failing with EEXIST if the name is taken. Where
 * hard links are not to be had, a rename after checking the name is free: only this device writes
 * in its folder, so nothing else can take the name in between.
 */
async function linkOrMove(partial: string, path: string): Promise<void> {
  try {
    await link(partial, path);
  } catch (e) {
    if (!NO_HARD_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
    if ((await lstatOrNull(path)) !== null) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
    await rename(partial, path);
  }
}

/**
 * Adds change file number `seq` to this device's folder, whole or not at all. The bytes are
 * flushed under a fresh private name, then linked to the final name, which fails if anything is
 * already there: a published number is never replaced.
 */
export async function publishChangeFile(root: string, device: string, seq: number, bytes: Uint8Array): Promise<void> {
  await publishNewFile(root, device, changeFileName(seq), bytes);
}

/** publishChangeFile for any new file of this device (a snapshot): whole or not at all, never replacing one. */
export async function publishNewFile(root: string, device: string, name: string, bytes: Uint8Array): Promise<void> {
  const folder = await ownFolder(root, device);
  const path = join(folder, name);
  const partial = partialName(path);
  const handle = await open(partial, 'wx', FILE_MODE);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await linkOrMove(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
  await syncFolder(folder);
}

/** Replaces one of this device's own small files (its keys, its name) whole. */
export async function writeOwnFile(root: string, device: string, name: string, bytes: Uint8Array | string): Promise<void> {
  await writeFileAtomic(join(await ownFolder(root, device), name), bytes);
}

/** The device folders under `devices/` (real folders only, named by a device id). */
export async function listDevices(root: string): Promise<string[]> {
  const devices = join(root, 'devices');
  if (!(await lstatOrNull(devices))?.isDirectory()) return [];
  const named = (await readdir(devices)).filter((name) => /^[0-9a-f]{32}$/.test(name));
  return (await namesWhere(devices, named, (s) => s.isDirectory())).sort();
}

/** What the folder holds besides the marks sync tools leave (names starting with a dot, desktop.ini). */
export async function folderContents(root: string): Promise<string[] | null> {
  const stats = await lstatOrNull(root);
  if (stats === null) return null;
  if (!stats.isDirectory()) throw new Error(`${root} is not a folder`);
  return (await readdir(root)).filter((name) => !name.startsWith('.') && name.toLowerCase() !== 'desktop.ini');
}

/** The plain files in one device's folder, by name; none when the folder is not a real one. */
export async function deviceFolderFiles(root: string, device: string): Promise<string[]> {
  const folder = join(root, 'devices', device);
  if (!(await lstatOrNull(folder))?.isDirectory()) return [];
  return (await namesWhere(folder, await readdir(folder), (s) => s.isFile())).sort();
}

/** Deletes one of this device's own files (compaction); a link or anything not a plain file is left alone. */
export async function removeOwnFile(root: string, device: string, name: string): Promise<void> {
  if (name.includes('/') || name.includes('\\') || name === '.' || name === '..') throw new Error(`${name} is not a file name`);
  for (const folder of [join(root, 'devices'), join(root, 'devices', device)]) if (!(await lstatOrNull(folder))?.isDirectory()) return;
  const path = join(root, 'devices', device, name);
  if ((await lstatOrNull(path))?.isFile()) await rm(path, { force: true });
}

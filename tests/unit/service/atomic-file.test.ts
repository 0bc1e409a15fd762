// The one atomic writer: never follows or replaces what someone planted beside the target, writes
// owner-only files and folders, and leaves nothing half-written when it fails.
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically, writeFileAtomic, writeNewFolder } from '../../../electron/files/atomic-file';
import { HearthError } from '../../../shared/errors';
import { tempDir } from '../../support/vault';

const posix = process.platform !== 'win32';
let dir: string;
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir('hearth-atomic-')));
afterEach(() => cleanup());

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

describe.runIf(posix)('writeFileAtomic', () => {
  it('leaves a link planted under the old temporary name, and the file it points to, untouched', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'not Hearth’s');
    const path = join(dir, 'report.html');
    symlinkSync(victim, `${path}.partial`);
    await writeFileAtomic(path, 'the report');
    expect(readFileSync(victim, 'utf8')).toBe('not Hearth’s');
    expect(lstatSync(`${path}.partial`).isSymbolicLink()).toBe(true);
    expect(readlinkSync(`${path}.partial`)).toBe(victim);
    expect(readFileSync(path, 'utf8')).toBe('the report');
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'report.html.partial', 'victim.txt']);
  });

  it('leaves a planted link that looks like a leftover temporary file in place', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'not Hearth’s');
    const path = join(dir, 'data.json');
    symlinkSync(victim, `${path}.0123456789ab.partial`);
    await writeFileAtomic(path, '{}');
    expect(lstatSync(`${path}.0123456789ab.partial`).isSymbolicLink()).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('not Hearth’s');
  });

  it('writes a file only its owner can read, even over a world-readable one', async () => {
    const path = join(dir, 'data.json');
    writeFileSync(path, 'old', { mode: 0o644 });
    await writeFileAtomic(path, '{"entries":[]}');
    expect(mode(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('{"entries":[]}');
  });

  it('leaves the previous file whole and nothing else when the writing fails midway', async () => {
    const path = join(dir, 'data.json');
    writeFileSync(path, 'previous');
    const failure = await writeAtomically(path, async (file) => {
      await file.write('half of it');
      throw new Error('the disk went away');
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HearthError);
    expect((failure as HearthError).code).toBe('FILE_ERROR');
    expect(readdirSync(dir)).toEqual(['data.json']);
    expect(readFileSync(path, 'utf8')).toBe('previous');
  });

  it('leaves nothing when the rename fails (a folder holds the name)', async () => {
    const path = join(dir, 'taken');
    mkdirSync(path);
    writeFileSync(join(path, 'inside'), 'x');
    await expect(writeFileAtomic(path, 'text')).rejects.toMatchObject({ code: 'FILE_ERROR' });
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});

describe.runIf(posix)('writeNewFolder', () => {
  it('creates owner-only folders and files', async () => {
    const path = join(dir, 'nested', 'hearth-data');
    await writeNewFolder(path, { 'entries.csv': 'a,b\n', 'people.csv': 'c\n' });
    expect(mode(join(dir, 'nested'))).toBe(0o700);
    expect(mode(path)).toBe(0o700);
    expect(readdirSync(path).sort()).toEqual(['entries.csv', 'people.csv']);
    for (const name of readdirSync(path)) expect(mode(join(path, name))).toBe(0o600);
  });

  it('never writes into a folder that already holds something', async () => {
    const path = join(dir, 'hearth-data');
    mkdirSync(path);
    writeFileSync(join(path, 'entries.csv'), 'theirs');
    await expect(writeNewFolder(path, { 'entries.csv': 'ours' })).rejects.toMatchObject({ code: 'FILE_ERROR' });
    expect(readFileSync(join(path, 'entries.csv'), 'utf8')).toBe('theirs');
  });
});

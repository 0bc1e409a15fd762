// The change mark beside hearth.db: one fixed-length line, rewritten in place when the file there is
// the mark itself, replaced whole otherwise, and read only when two reads agree.
import { execFileSync } from 'node:child_process';
import { linkSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../support/vault';

/** What readFileSync answers for the mark while `scripted` holds texts: each read takes the next. */
const scripted: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((...args: Parameters<typeof fs.readFileSync>) => (scripted.length > 0 ? scripted.shift()! : fs.readFileSync(...args))) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});
const { MARK_FILE, MarkFile, markText, readMark, writeMark } = await import('../../../electron/store/change-mark');

let cleanup = () => {};
afterEach(() => {
  scripted.length = 0;
  cleanup();
});

function markPath(): string {
  const t = tempDir();
  cleanup = t.cleanup;
  return join(t.dir, MARK_FILE);
}

it('is one line with the counter in fifteen digits, whatever the counter', () => {
  expect(markText('vault-a', 7)).toBe('hearth-mark 1 vault-a 000000000000007\n');
  expect(markText('vault-a', 123456)).toBe('hearth-mark 1 vault-a 000000000123456\n');
  expect(markText('vault-a', 7).length).toBe(markText('vault-a', 999_999_999).length);
});

it('is rewritten in place: the same file, each counter read back', () => {
  const path = markPath();
  writeMark(path, 'vault-a', 1);
  const inode = statSync(path).ino;
  for (const counter of [2, 10, 99, 100, 12_345]) {
    writeMark(path, 'vault-a', counter);
    expect(readMark(path, 'vault-a')).toBe(counter);
  }
  expect(statSync(path).ino).toBe(inode);
  expect(readFileSync(path, 'utf8')).toBe('hearth-mark 1 vault-a 000000000012345\n');
});

it('reads the marks an older Hearth wrote, and replaces one with the fixed-length line', () => {
  const path = markPath();
  writeFileSync(path, 'hearth-mark 1 vault-a 41\n');
  expect(readMark(path, 'vault-a')).toBe(41);
  writeMark(path, 'vault-a', 42);
  expect(readFileSync(path, 'utf8')).toBe('hearth-mark 1 vault-a 000000000000042\n');
});

it('never writes through a second name of the file', () => {
  const path = markPath();
  const other = `${path}-other`;
  // Exactly a mark's length, so only the check of the links keeps it from being written in place.
  writeFileSync(other, markText('vault-a', 5));
  linkSync(other, path);
  writeMark(path, 'vault-a', 6);
  expect(readFileSync(other, 'utf8')).toBe(markText('vault-a', 5));
  expect(readMark(path, 'vault-a')).toBe(6);
  expect(lstatSync(path).nlink).toBe(1);
});

it.runIf(process.platform !== 'win32')('replaces a pipe planted at its name without waiting for a reader', () => {
  const path = markPath();
  execFileSync('mkfifo', [path]);
  writeMark(path, 'vault-a', 3);
  expect(lstatSync(path).isFile()).toBe(true);
  expect(readMark(path, 'vault-a')).toBe(3);
});

it('counts a text only when two reads agree: a read in the middle of a rewrite is not trusted', () => {
  const path = markPath();
  mkdirSync(join(path, '..'), { recursive: true });
  writeMark(path, 'vault-a', 200);
  // A read that met the rewrite from 199 to 200 half done, then the finished mark twice.
  scripted.push('hearth-mark 1 vault-a 000000000000209\n', markText('vault-a', 200), markText('vault-a', 200));
  expect(readMark(path, 'vault-a')).toBe(200);
  // Reads that never settle: no mark, rather than a guess.
  scripted.push(...['1', '2', '3', '4', '5'].map((d) => `hearth-mark 1 vault-a 00000000000020${d}\n`));
  expect(readMark(path, 'vault-a')).toBeNull();
});

describe('kept open between commits', () => {
  it('rewrites the same file in place, each counter read back', () => {
    const path = markPath();
    const mark = new MarkFile(path);
    mark.write('vault-a', 1);
    const inode = statSync(path).ino;
    for (const counter of [2, 10, 99, 12_345]) {
      mark.write('vault-a', counter);
      expect(readMark(path, 'vault-a')).toBe(counter);
    }
    expect(statSync(path).ino).toBe(inode);
    mark.close();
    expect(readFileSync(path, 'utf8')).toBe(markText('vault-a', 12_345));
  });

  it('writes the mark another process renamed over it, not the file it had open', () => {
    const path = markPath();
    const mark = new MarkFile(path);
    mark.write('vault-a', 3);
    mark.write('vault-a', 4);
    writeFileSync(`${path}.theirs`, markText('vault-a', 7));
    renameSync(`${path}.theirs`, path);
    mark.write('vault-a', 8);
    expect(readMark(path, 'vault-a')).toBe(8);
    mark.write('vault-a', 9);
    expect(readMark(path, 'vault-a')).toBe(9);
    mark.close();
  });

  it('never writes through a second name given to the file it has open, and makes a mark removed again', () => {
    const path = markPath();
    const other = `${path}-other`;
    const mark = new MarkFile(path);
    mark.write('vault-a', 5);
    mark.write('vault-a', 6);
    linkSync(path, other);
    mark.write('vault-a', 7);
    expect(readFileSync(other, 'utf8')).toBe(markText('vault-a', 6));
    expect(readMark(path, 'vault-a')).toBe(7);
    expect(lstatSync(path).nlink).toBe(1);
    rmSync(path);
    mark.write('vault-a', 8);
    expect(readMark(path, 'vault-a')).toBe(8);
    mark.close();
  });

  it('opens the file again after close, and a close when nothing is open does nothing', () => {
    const path = markPath();
    const mark = new MarkFile(path);
    mark.close();
    mark.write('vault-a', 1);
    mark.close();
    mark.close();
    mark.write('vault-a', 2);
    expect(readMark(path, 'vault-a')).toBe(2);
    mark.close();
  });
});

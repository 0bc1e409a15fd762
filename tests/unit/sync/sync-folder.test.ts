import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listChangeFiles, publishChangeFile, readChangeFile } from '../../../electron/sync/sync-folder';

const own = 'a'.repeat(32);
const other = 'b'.repeat(32);
let root: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hearth-sync-'));
  outside = mkdtempSync(join(tmpdir(), 'hearth-outside-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

it('publishes a new number whole, privately, and never replaces one already there', async () => {
  await publishChangeFile(root, own, 1, Uint8Array.of(1, 2, 3));
  const path = join(root, 'devices', own, '000000000001.hearthsync');
  expect([...readFileSync(path)]).toEqual([1, 2, 3]);
  if (process.platform !== 'win32') {
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(root, 'devices', own)).mode & 0o777).toBe(0o700);
  }
  await expect(publishChangeFile(root, own, 1, Uint8Array.of(9))).rejects.toThrow();
  expect([...readFileSync(path)]).toEqual([1, 2, 3]);
  expect(readdirSync(join(root, 'devices', own))).toEqual(['000000000001.hearthsync']);
});

it('refuses to write through a link planted as its device folder', async () => {
  mkdirSync(join(root, 'devices'));
  symlinkSync(outside, join(root, 'devices', own));
  await expect(publishChangeFile(root, own, 1, Uint8Array.of(1))).rejects.toThrow(/not a folder Hearth made/);
  expect(readdirSync(outside)).toEqual([]);
});

it('lists and reads plain change files only, never through a link', async () => {
  await publishChangeFile(root, other, 1, Uint8Array.of(7));
  writeFileSync(join(outside, 'secret'), 'not yours');
  symlinkSync(join(outside, 'secret'), join(root, 'devices', other, '000000000002.hearthsync'));
  const linkedDevice = 'c'.repeat(32);
  mkdirSync(join(outside, 'dev'));
  writeFileSync(join(outside, 'dev', '000000000001.hearthsync'), 'x');
  symlinkSync(join(outside, 'dev'), join(root, 'devices', linkedDevice));
  writeFileSync(join(root, 'devices', other, 'README.txt'), 'left by someone');
  const listed = await listChangeFiles(root);
  expect(listed).toEqual([{ path: `devices/${other}/000000000001.hearthsync`, device: other, seq: 1, copy: false }]);
  const [first] = listed;
  expect(first && [...((await readChangeFile(root, first)) ?? [])]).toEqual([7]);
  expect(await readChangeFile(root, { path: `devices/${other}/000000000002.hearthsync`, device: other, seq: 2, copy: false })).toBeNull();
});

it('lists nothing in a folder no device has written to', async () => {
  expect(await listChangeFiles(root)).toEqual([]);
  expect(existsSync(join(root, 'devices'))).toBe(false);
});

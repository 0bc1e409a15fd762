import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { deviceFolderFiles, listChangeFiles, listDevices, publishChangeFile, readFolderFile, readFolderFiles } from '../../../electron/sync/sync-folder';

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
  expect(first && [...((await readFolderFile(root, first.path)) ?? [])]).toEqual([7]);
  expect(await readFolderFile(root, `devices/${other}/000000000002.hearthsync`)).toBeNull();
});

it('lists nothing in a folder no device has written to', async () => {
  expect(await listChangeFiles(root)).toEqual([]);
  expect(existsSync(join(root, 'devices'))).toBe(false);
});

it('lists every file of every device, checked together, and still only plain files in real device folders', async () => {
  const numbers = Array.from({ length: 30 }, (_, i) => i + 1);
  for (const device of [own, other]) for (const n of numbers) await publishChangeFile(root, device, n, Uint8Array.of(n));
  writeFileSync(join(outside, 'secret'), 'not yours');
  symlinkSync(join(outside, 'secret'), join(root, 'devices', own, '000000000099.hearthsync'));
  mkdirSync(join(root, 'devices', own, '000000000098.hearthsync'));
  symlinkSync(outside, join(root, 'devices', 'c'.repeat(32)));
  mkdirSync(join(root, 'devices', 'not-a-device'));

  const listed = await listChangeFiles(root);
  const expected = [own, other].flatMap((device) => numbers.map((seq) => ({ path: `devices/${device}/${String(seq).padStart(12, '0')}.hearthsync`, device, seq, copy: false })));
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
  expect([...listed].sort(byPath)).toEqual(expected.sort(byPath));
  const read = await readFolderFiles(root, [...listed.map((f) => f.path), `devices/${own}/000000000099.hearthsync`]);
  expect(read.map((bytes) => (bytes === null ? null : [...bytes]))).toEqual([...listed.map((f) => [f.seq]), null]);
  expect(await listDevices(root)).toEqual([own, other].sort());
  expect(await deviceFolderFiles(root, own)).toEqual(numbers.map((n) => `${String(n).padStart(12, '0')}.hearthsync`));
});

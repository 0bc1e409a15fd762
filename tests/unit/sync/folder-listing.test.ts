import { expect, it } from 'vitest';
import { parseChangeFilePath, readyFiles, type ListedChangeFile } from '../../../electron/sync/folder-listing';

const device = '0123456789abcdef0123456789abcdef';

it('reads a change file and the conflict copies sync tools make of it', () => {
  for (const file of [
    '000000000007.hearthsync',
    '000000000007.sync-conflict-20261202-104233-ABCDEFG.hearthsync',
    "000000000007 (Laptop's conflicted copy 2026-12-02).hearthsync",
    '000000000007 (conflicted copy 2026-12-02).hearthsync',
    '000000000007-conflict-20261202.hearthsync',
  ]) {
    expect(parseChangeFilePath(`devices/${device}/${file}`)).toEqual({ path: `devices/${device}/${file}`, device, seq: 7, copy: file !== '000000000007.hearthsync' });
  }
});

it('leaves alone what is not a change file of a device folder', () => {
  for (const path of [
    `devices/${device}/.syncthing.000000000007.hearthsync.tmp`,
    `devices/${device}/~000000000007.hearthsync`,
    `devices/${device}/.000000000007.hearthsync`,
    `devices/${device}/000000000007.hearthsync.part`,
    `devices/${device}/000000000000.hearthsync`,
    `devices/${device}/notes.hearthsync`,
    `devices/${device}/000000000007 copy.hearthsync`,
    `devices/NOT-A-DEVICE/000000000007.hearthsync`,
    `devices/${device}/sub/000000000007.hearthsync`,
    `000000000007.hearthsync`,
  ]) {
    expect(parseChangeFilePath(path)).toBeNull();
  }
});

it('hands out files in number order and waits at the first missing number', () => {
  const f = (seq: number, suffix = ''): ListedChangeFile => ({ path: `devices/${device}/${String(seq).padStart(12, '0')}${suffix}.hearthsync`, device, seq, copy: suffix !== '' });
  const listed = [f(5), f(3), f(4, '-conflict-1'), f(4), f(7), f(2)];
  expect(readyFiles(listed, 3).map((x) => x.path)).toEqual([f(3).path, f(4, '-conflict-1').path, f(4).path, f(5).path]);
  expect(readyFiles(listed, 6)).toEqual([]);
  expect(readyFiles(listed, 7)).toEqual([f(7)]);
});

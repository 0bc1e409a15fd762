// A sync folder on a file system without hard links (FAT on a USB stick): publishing still adds a
// number whole, once, and never replaces one already there.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { publishChangeFile } from '../../../electron/sync/sync-folder';

vi.mock('node:fs/promises', async (original) => ({
  ...(await original<typeof import('node:fs/promises')>()),
  link: () => Promise.reject(Object.assign(new Error('operation not permitted'), { code: 'EPERM' })),
}));

const own = 'a'.repeat(32);
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hearth-sync-fat-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('publishes without hard links, and never replaces a number', async () => {
  await publishChangeFile(root, own, 1, Uint8Array.of(1, 2, 3));
  const folder = join(root, 'devices', own);
  expect([...readFileSync(join(folder, '000000000001.hearthsync'))]).toEqual([1, 2, 3]);
  await expect(publishChangeFile(root, own, 1, Uint8Array.of(9))).rejects.toMatchObject({ code: 'EEXIST' });
  expect([...readFileSync(join(folder, '000000000001.hearthsync'))]).toEqual([1, 2, 3]);
  // No temporary file is left behind either way.
  expect(readdirSync(folder)).toEqual(['000000000001.hearthsync']);
});

// A full disk: read commands still print their output and exit 0; writes fail with a clear error
// and leave nothing half-written. It needs a small tmpfs, so it runs where mounting is allowed
// (root, as in CI); elsewhere it says why it did not run.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { cli, entryJson, PASSPHRASE } from './helpers';

const mountPoint = mkdtempSync(join(tmpdir(), 'hearth-full-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0700', 'tmpfs', mountPoint], { stdio: 'pipe' });
  mounted = true;
} catch (e) {
  console.warn(`full-disk tests not run: this user cannot mount a small tmpfs (${(e as Error).message.split('\n')[0]})`);
}
const vaultDir = join(mountPoint, 'vault');

/** Fill the file system until a write fails with ENOSPC. */
function fillDisk(): void {
  const fd = openSync(join(mountPoint, 'filler'), 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  }
  const small = Buffer.alloc(512, 1);
  try {
    for (;;) writeSync(fd, small);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
}

beforeAll(async () => {
  if (!mounted) return;
  const service = new HearthService({ vaultDir, kdf: TEST_KDF });
  await service.create({ passphrase: PASSPHRASE });
  for (let i = 0; i < 20; i++) await service.addEntry({ occurredAt: `2026-03-${String(i + 1).padStart(2, '0')}T09:30:00+01:00`, mood: 6, support: 7, note: `day ${i}`, tags: [], interactions: [] });
  service.close();
  fillDisk();
});

afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

it.runIf(mounted)('read commands print their output and exit 0 on a full disk', async () => {
  const list = await cli(['list', '--vault', vaultDir]);
  expect(list.stderr).toBe('');
  expect(list.code).toBe(0);
  expect(list.stdout).toContain('day 19');
  const stats = await cli(['stats', '--vault', vaultDir, '--json']);
  expect(stats.code).toBe(0);
  expect(JSON.parse(stats.stdout)).toMatchObject({ entries: 20 });
  const verify = await cli(['verify', '--vault', vaultDir]);
  expect(verify.code).toBe(0);
});

it.runIf(mounted)('a write on a full disk fails with a clear error and the journal still reads as before', async () => {
  const add = await cli(['add', '--vault', vaultDir, '--json', '-'], { stdin: entryJson({ note: 'x'.repeat(20_000) }) });
  expect(add.code).not.toBe(0);
  expect(add.stderr).toMatch(/disk|space|full/i);
  const list = await cli(['list', '--vault', vaultDir, '--json']);
  expect(list.code).toBe(0);
  expect(JSON.parse(list.stdout)).toHaveLength(20);
});

it.runIf(mounted)('init on a full disk says so and leaves no half-made journal', async () => {
  const fresh = join(mountPoint, 'fresh');
  const init = await cli(['init', '--vault', fresh], { env: { HEARTH_PASSPHRASE: PASSPHRASE } });
  expect(init.code).not.toBe(0);
  expect(init.stderr).toMatch(/disk .*full/i);
  expect(existsSync(fresh) ? readdirSync(fresh) : []).toEqual([]);
});

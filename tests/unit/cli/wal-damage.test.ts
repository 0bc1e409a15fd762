// A damaged write-ahead log that loses acknowledged commits takes the journal's seal back with it,
// so only the change mark outside the database can notice: verify names it (exit 3) and the
// journal opens read-only instead of serving the older state as if nothing happened.
import { copyFileSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { MARK_FILE, readMark, writeMark } from '../../../electron/store/change-mark';
import { cli, emptyDir, entryJson, PASSPHRASE } from './helpers';

let cleanup = () => {};
afterEach(() => cleanup());

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/** A journal of 20 entries whose commits are all still in the WAL (the process has not closed it). */
async function openJournal() {
  const t = emptyDir();
  cleanup = t.cleanup;
  const service = new HearthService({ vaultDir: t.dir, kdf: TEST_KDF });
  await service.create({ passphrase: PASSPHRASE });
  for (let i = 0; i < 20; i++) {
    await service.addEntry({ occurredAt: `2026-03-${String(i + 1).padStart(2, '0')}T09:30:00+01:00`, mood: 6, support: 7, note: `day ${i}`, tags: [], interactions: [] });
  }
  return { service, dir: t.dir };
}

/** The vault's files as a crash at this moment would leave them, copied to `to`. */
function copyAsCrashed(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (name.startsWith('hearth.') && !name.endsWith('-shm')) copyFileSync(join(from, name), join(to, name));
}

it('a WAL that lost its last commits is named by verify and opens read-only', async () => {
  const { service, dir } = await openJournal();
  const copy = `${dir}-crashed`;
  copyAsCrashed(dir, copy);
  service.close();
  const wal = readFileSync(join(copy, 'hearth.db-wal'));
  const pageSize = wal.readUInt32BE(8);
  const frames = (wal.length - WAL_HEADER) / (FRAME_HEADER + pageSize);
  expect(frames).toBeGreaterThan(20);
  // Damage one byte in the page of a frame about a third of the way in: SQLite drops it and every frame after.
  const frame = Math.floor(frames / 3);
  wal[WAL_HEADER + frame * (FRAME_HEADER + pageSize) + FRAME_HEADER + 100]! ^= 0xff;
  writeFileSync(join(copy, 'hearth.db-wal'), wal);

  const list = await cli(['list', '--vault', copy, '--json']);
  expect(list.code).toBe(0);
  const kept = (JSON.parse(list.stdout) as unknown[]).length;
  expect(kept).toBeLessThan(20);
  expect(list.stderr).toMatch(/read-only/);

  const verify = await cli(['verify', '--vault', copy]);
  expect(verify.code).toBe(3);
  expect(verify.stdout).toMatch(/manifest {2}behind: changes Hearth wrote are missing/);
  const missing = Number(/\((\d+) changes?\)/.exec(verify.stdout)?.[1]);
  // One change created the settings record, then one per entry: each lost entry is a lost change.
  expect(missing).toBeGreaterThanOrEqual(20 - kept);

  const add = await cli(['add', '--vault', copy, '--json', '-'], { stdin: entryJson() });
  expect(add.code).toBe(3);
});

it('the same crash without damage loses nothing and raises no alarm', async () => {
  const { service, dir } = await openJournal();
  const copy = `${dir}-crashed`;
  copyAsCrashed(dir, copy);
  service.close();
  const verify = await cli(['verify', '--vault', copy]);
  expect(verify.stdout).toMatch(/all readable/);
  expect(verify.code).toBe(0);
  const list = await cli(['list', '--vault', copy, '--json']);
  expect(JSON.parse(list.stdout)).toHaveLength(20);
  expect(list.stderr).toBe('');
});

it('the mark is another vault\'s, unreadable or missing: nothing to compare, no alarm', () => {
  const t = emptyDir();
  cleanup = t.cleanup;
  mkdirSync(t.dir);
  const path = join(t.dir, MARK_FILE);
  expect(readMark(path, 'vault-a')).toBeNull();
  writeMark(path, 'vault-a', 7);
  expect(readMark(path, 'vault-a')).toBe(7);
  expect(readMark(path, 'vault-b')).toBeNull();
  writeFileSync(path, 'hearth-mark 1 vault-a 7x\n');
  expect(readMark(path, 'vault-a')).toBeNull();
});

it('a link planted as the mark is replaced, never written through', async () => {
  const { service, dir } = await openJournal();
  const mark = join(dir, MARK_FILE);
  const vaultId = readFileSync(mark, 'utf8').split(' ')[2]!;
  // The settings record and 20 entries: 21 commits.
  expect(readMark(mark, vaultId)).toBe(21);
  const outside = `${dir}-outside.txt`;
  writeFileSync(outside, "not Hearth's");
  rmSync(mark);
  symlinkSync(outside, mark);
  await service.addEntry({ occurredAt: '2026-04-01T09:00:00+01:00', mood: 5, support: 5, note: '', tags: [], interactions: [] });
  service.close();
  expect(readFileSync(outside, 'utf8')).toBe("not Hearth's");
  expect(lstatSync(mark).isSymbolicLink()).toBe(false);
  expect(readMark(mark, vaultId)).toBe(22);
});

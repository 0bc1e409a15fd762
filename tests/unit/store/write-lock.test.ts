// The vault's write lock: exclusive between processes and between objects of one process,
// re-entrant within one object, on a 0600 file that stays in place, and never left held by a
// process that died holding it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LockBusyError, WriteLock } from '../../../electron/store/write-lock';
import { cleanupAfterEach } from '../../support/cleanups';
import { tempDir } from '../../support/vault';

const cleanups = cleanupAfterEach();
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));

function lockPath(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return join(t.dir, 'hearth.writer');
}

function lockAt(path: string): WriteLock {
  const lock = new WriteLock(path);
  cleanups.push(() => lock.close());
  return lock;
}

/** Whether a fresh object could take the lock at once (it lets go again). */
function free(path: string): boolean {
  const probe = new WriteLock(path);
  try {
    probe.acquireSync(0);
    probe.release();
    return true;
  } catch (e) {
    if (e instanceof LockBusyError) return false;
    throw e;
  } finally {
    probe.close();
  }
}

/** Another process that takes the lock through the real WriteLock and then waits until killed. */
async function holderProcess(path: string): Promise<ChildProcessWithoutNullStreams> {
  const module = join(import.meta.dirname, '../../../electron/store/write-lock.ts');
  const script = `import { WriteLock } from ${JSON.stringify(module)}; new WriteLock(${JSON.stringify(path)}).acquireSync(); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'pipe' });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}: ${child.stderr.read()}`)));
  });
  return child;
}

it('is made 0600, re-entrant within one object, excludes another object, and stays in place', () => {
  const path = lockPath();
  const lock = lockAt(path);
  lock.acquireSync();
  lock.acquireSync();
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(free(path)).toBe(false);
  lock.release();
  expect(lock.held).toBe(true);
  expect(free(path)).toBe(false);
  lock.release();
  expect(lock.held).toBe(false);
  expect(free(path)).toBe(true);
  expect(existsSync(path)).toBe(true);
  // Taken and let go again and again on the same file.
  for (let i = 0; i < 3; i++) lock.run(() => expect(free(path)).toBe(false));
  expect(free(path)).toBe(true);
});

it('names each taking: the same while held (re-entrant), another each time it is taken from free, none while free', () => {
  const path = lockPath();
  const lock = lockAt(path);
  expect(lock.taking).toBeNull();
  lock.acquireSync();
  const first = lock.taking;
  lock.run(() => expect(lock.taking).toBe(first));
  expect(lock.taking).toBe(first);
  lock.release();
  expect(lock.taking).toBeNull();
  const seen = new Set([first]);
  for (let i = 0; i < 3; i++) lock.run(() => seen.add(lock.taking));
  lock.acquireSync();
  seen.add(lock.taking);
  lock.close();
  expect(lock.taking).toBeNull();
  lock.run(() => seen.add(lock.taking));
  expect(seen.size).toBe(6);
  expect(seen.has(null)).toBe(false);
});

it('makes another process wait while it holds the lock', async () => {
  const path = lockPath();
  const lock = lockAt(path);
  await lock.acquire();
  const module = join(import.meta.dirname, '../../../electron/store/write-lock.ts');
  const script = `import { WriteLock } from ${JSON.stringify(module)}; const l = new WriteLock(${JSON.stringify(path)}); console.log('waiting'); const t = Date.now(); l.acquireSync(10000); console.log('took it after', Date.now() - t);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'pipe' });
  children.push(child);
  let said = '';
  child.stdout.on('data', (d: Buffer) => (said += d.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(said).toBe('waiting\n');
  lock.release();
  expect(await exited).toBe(0);
  expect(Number(/took it after (\d+)/.exec(said)![1])).toBeGreaterThanOrEqual(350);
});

it('gives up on a live holder with LockBusyError, and takes the lock at once when the holder is killed', async () => {
  const path = lockPath();
  const holder = await holderProcess(path);
  const lock = lockAt(path);
  await expect(lock.acquire(200)).rejects.toBeInstanceOf(LockBusyError);
  expect(() => lock.acquireSync(100)).toThrow(LockBusyError);
  expect(lock.held).toBe(false);
  holder.kill('SIGKILL');
  await new Promise((resolve) => holder.once('exit', resolve));
  const started = Date.now();
  await lock.acquire(2000);
  expect(Date.now() - started).toBeLessThan(1000);
  lock.release();
});

it('lets go when closed, even while held', () => {
  const path = lockPath();
  const lock = lockAt(path);
  lock.acquireSync();
  lock.close();
  expect(lock.held).toBe(false);
  expect(free(path)).toBe(true);
  // And is taken again after.
  lock.run(() => expect(free(path)).toBe(false));
});

it('stays held when another object of this process closes the same file (POSIX drops a process’s locks on any close)', () => {
  const path = lockAt(lockPath()).path;
  const holder = lockAt(path);
  holder.acquireSync();
  const other = new WriteLock(path);
  expect(() => other.acquireSync(0)).toThrow(LockBusyError);
  other.close();
  expect(free(path)).toBe(false);
  holder.release();
  expect(free(path)).toBe(true);
});

it('empties a damaged lock file in place and takes it', () => {
  const path = lockPath();
  writeFileSync(path, 'not a database at all, '.repeat(300), { mode: 0o600 });
  const lock = lockAt(path);
  lock.run(() => expect(free(path)).toBe(false));
  expect(free(path)).toBe(true);
  expect(readFileSync(path).subarray(0, 16).toString()).toBe('SQLite format 3\0');
});

it('refuses a lock file that is a link or a folder, and leaves what is there alone', () => {
  const path = lockPath();
  const target = `${path}-target`;
  writeFileSync(target, 'someone else’s file');
  symlinkSync(target, path);
  expect(() => lockAt(path).acquireSync(100)).toThrow(/not a plain file/);
  expect(readFileSync(target, 'utf8')).toBe('someone else’s file');

  const folder = lockPath();
  mkdirSync(folder);
  expect(() => lockAt(folder).acquireSync(100)).toThrow(/not a plain file/);
});

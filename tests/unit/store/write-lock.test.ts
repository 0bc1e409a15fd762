// The vault's write lock: exclusive between processes, re-entrant within one, 0600, and broken only
// when its owner is provably gone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LockBusyError, WriteLock } from '../../../electron/store/write-lock';
import { tempDir } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

function lockIn(): { path: string } {
  const t = tempDir();
  cleanup = t.cleanup;
  return { path: join(t.dir, 'hearth.lock') };
}

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

it('is created 0600 holding this pid and host, re-entrant, and removed at the last release', () => {
  const { path } = lockIn();
  const lock = new WriteLock(path);
  lock.acquireSync();
  lock.acquireSync();
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
  lock.release();
  expect(existsSync(path)).toBe(true);
  lock.release();
  expect(existsSync(path)).toBe(false);
  expect(lock.held).toBe(false);
});

it('makes a second holder wait for a live owner, and names the owner when it gives up', async () => {
  const { path } = lockIn();
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  try {
    writeFileSync(path, JSON.stringify({ pid: child.pid, host: hostname(), at: new Date().toISOString() }), { mode: 0o600 });
    const lock = new WriteLock(path);
    const error = await lock.acquire(200).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockBusyError);
    expect((error as Error).message).toContain(`process ${child.pid} on ${hostname()}`);
    expect(() => lock.acquireSync(100)).toThrow(LockBusyError);
    // Released by its owner: taken at once.
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    await lock.acquire(2000);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  } finally {
    child.kill('SIGKILL');
  }
});

it('breaks a lock left by a dead process on this host, and an old empty one', () => {
  const { path } = lockIn();
  writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), at: '' }));
  const lock = new WriteLock(path);
  lock.acquireSync(1000);
  lock.release();
  // Created but never written (its owner died in between): stale only once it is old.
  writeFileSync(path, '');
  expect(() => lock.acquireSync(100)).toThrow(LockBusyError);
  const old = new Date(Date.now() - 60_000);
  utimesSync(path, old, old);
  lock.acquireSync(1000);
  lock.release();
});

it('never breaks a lock held on another host, whatever its pid', () => {
  const { path } = lockIn();
  writeFileSync(path, JSON.stringify({ pid: deadPid(), host: `${hostname()}-elsewhere`, at: '' }));
  expect(() => new WriteLock(path).acquireSync(100)).toThrow(LockBusyError);
});

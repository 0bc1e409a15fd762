// The `bridge` fixture: a test bridge (tests/bridge/serve.ts) on a fresh temporary vault, started
// only for the tests that ask for it and stopped after each of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

export interface Bridge {
  /** The URL to open: it carries the run's token. */
  url: string;
  origin: string;
  token: string;
  vaultDir: string;
  /** Locks the service as auto-lock would, and returns how many pages were sent the event. */
  lockFromOutside(): Promise<number>;
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const READY = /^Hearth test bridge listening on (http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]{64})$/;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The test bridge printed nothing in 30 s')), START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The test bridge exited (${code ?? signal}) before listening`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ bridge: Bridge }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  bridge: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-e2e-'));
    const vaultDir = join(dir, 'vault');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/bridge/serve.ts', '--vault', vaultDir, '--port', '0', '--fast-kdf'],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stderr!.pipe(process.stderr);
    try {
      const line = await firstLine(child);
      const match = READY.exec(line);
      if (!match) throw new Error(`Unexpected first line from the test bridge: ${line}`);
      const [, origin, token] = match as unknown as [string, string, string];
      await use({
        url: `${origin}/?token=${token}`,
        origin,
        token,
        vaultDir,
        async lockFromOutside() {
          const response = await fetch(`${origin}/__bridge/lock`, { method: 'POST', headers: { 'x-hearth-token': token } });
          if (!response.ok) throw new Error(`The bridge refused to lock: ${response.status}`);
          return ((await response.json()) as { delivered: number }).delivered;
        },
      });
    } finally {
      await stop(child);
      await rm(dir, { recursive: true, force: true });
    }
  },
});

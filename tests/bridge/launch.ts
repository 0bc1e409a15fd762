// Starts the test bridge (serve.ts) as a child process on a fresh temporary vault and reads its
// URL from the first line. Used by the Playwright fixture, the screenshots script and the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface RunningBridge {
  /** The URL to open: it carries the run's token. */
  url: string;
  origin: string;
  token: string;
  vaultDir: string;
  /** Stands in for the native file dialogs (see tests/support/folder-dialogs.ts). */
  filesDir: string;
  /** Locks the service as auto-lock would, and returns how many pages were sent the event. */
  lockFromOutside(): Promise<number>;
  /** Stops the bridge and removes its vault. */
  stop(): Promise<void>;
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

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * A bridge on an existing vault folder, or with --fast-kdf on a new temporary one (removed on stop).
 * `fastKdf` asks for --fast-kdf on a given folder too (two bridges side by side, as two computers).
 */
export async function startBridge(options: { vaultDir?: string; fastKdf?: boolean } = {}): Promise<RunningBridge> {
  const dir = options.vaultDir === undefined ? await mkdtemp(join(tmpdir(), 'hearth-bridge-')) : null;
  const vaultDir = options.vaultDir ?? join(dir!, 'vault');
  const filesDir = join(vaultDir, '../files');
  const args = ['--import', 'tsx', 'tests/bridge/serve.ts', '--vault', vaultDir, '--files', filesDir, '--port', '0', ...(dir || options.fastKdf ? ['--fast-kdf'] : [])];
  const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.pipe(process.stderr);
  const stop = async () => {
    await stopChild(child);
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  try {
    const line = await firstLine(child);
    const match = READY.exec(line);
    if (!match) throw new Error(`Unexpected first line from the test bridge: ${line}`);
    const [, origin, token] = match as unknown as [string, string, string];
    return {
      url: `${origin}/?token=${token}`,
      origin,
      token,
      vaultDir,
      filesDir,
      async lockFromOutside() {
        const response = await fetch(`${origin}/__bridge/lock`, { method: 'POST', headers: { 'x-hearth-token': token } });
        if (!response.ok) throw new Error(`The bridge refused to lock: ${response.status}`);
        return ((await response.json()) as { delivered: number }).delivered;
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

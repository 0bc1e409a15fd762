// WorkerThread runs a worker's built JavaScript where the build put it beside the caller, and its
// TypeScript source everywhere else (vitest, tsx); a thread that fails or exits is reported once.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { WorkerThread } from '../../../electron/threads/worker-thread';
import type { ProbeProtocol } from './fixtures/probe-protocol';

const caller = new URL('./fixtures/caller.ts', import.meta.url).href;
let probe: WorkerThread<ProbeProtocol> | undefined;

afterEach(async () => {
  await probe?.terminate();
  probe = undefined;
});

function start(greeting: string, from = caller): WorkerThread<ProbeProtocol> {
  probe = new WorkerThread<ProbeProtocol>({ caller: from, module: 'probe.worker', label: 'probe worker', workerData: { greeting } });
  return probe;
}

const nextReply = (worker: WorkerThread<ProbeProtocol>) =>
  new Promise<ProbeProtocol['reply']>((resolve, reject) => {
    worker.onMessage(resolve);
    worker.onFailure(reject);
  });

const failure = (worker: WorkerThread<ProbeProtocol>) => new Promise<Error>((resolve) => worker.onFailure(resolve));

it('runs a worker from its TypeScript source, with its start data, its packages and the modules it imports', async () => {
  const bytes = new TextEncoder().encode('hearth, with typed messages');
  // Twice: the second thread starts from the bundle the first one made.
  for (const greeting of ['first', 'second']) {
    const worker = start(greeting);
    const reply = nextReply(worker);
    worker.post({ type: 'hash', bytes });
    expect(await reply).toEqual({ type: 'hashed', greeting, sha256: createHash('sha256').update(bytes).digest('hex') });
    await worker.terminate();
  }
});

it('runs the built JavaScript beside the caller when there is one, not the source', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-built-'));
  try {
    // As in out/main: ES modules, and a source that would not even compile.
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    writeFileSync(
      join(dir, 'probe.worker.js'),
      `import { parentPort, workerData } from 'node:worker_threads';
parentPort.on('message', () => parentPort.postMessage({ type: 'hashed', greeting: workerData.greeting, sha256: 'built' }));`,
    );
    writeFileSync(join(dir, 'probe.worker.ts'), 'this is not TypeScript');
    const worker = start('from the build', pathToFileURL(join(dir, 'main.js')).href);
    const reply = nextReply(worker);
    worker.post({ type: 'hash', bytes: new Uint8Array(1) });
    expect(await reply).toEqual({ type: 'hashed', greeting: 'from the build', sha256: 'built' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('reports the error a thread throws, once, and a thread that exits by its label and code', async () => {
  const thrower = start('thrower');
  const thrown = failure(thrower);
  const seen: Error[] = [];
  thrower.onFailure((error) => seen.push(error));
  thrower.post({ type: 'throw', message: 'the probe gave up' });
  expect((await thrown).message).toBe('the probe gave up');
  // The thread has exited by now as well: still the one report.
  await thrower.terminate();
  expect(seen.map((e) => e.message)).toEqual(['the probe gave up']);

  const leaver = start('leaver');
  const exited = failure(leaver);
  leaver.post({ type: 'exit', code: 3 });
  expect((await exited).message).toBe('probe worker exited with code 3');
});

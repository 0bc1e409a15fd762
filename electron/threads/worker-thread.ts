// Starts a worker thread from a TypeScript module that sits beside the module starting it, with
// its messages typed both ways by one protocol type that both sides name.
//
// Built by electron-vite (out/main) or scripts/build-cli.mjs (out/cli), each worker is an entry of
// its own, emitted beside the chunk that starts it, so the built `.js` sibling is run. Run from
// source (vitest, tsx: the test bridge, the bench) there is no `.js`: the `.ts` module is bundled with
// esbuild, once per process, and evaluated; the first bundle pays esbuild's start (~0.15 s), the
// others a few milliseconds. Starting each thread under tsx's loader instead costs ~0.3 s a thread.
// A bundled worker has no import.meta.url, so only a built worker starts workers of its own.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';

/** What a worker is started with, what it accepts and what it sends back. */
export interface WorkerProtocol {
  data: unknown;
  request: unknown;
  reply: unknown;
}

/** The evaluated bundle of each worker source run in this process. */
const bundles = new Map<string, string>();

function bundle(source: string): string {
  let code = bundles.get(source);
  if (code === undefined) {
    // Loaded only when running from source: esbuild is a build tool, not part of the built app.
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const built = esbuild.buildSync({
      entryPoints: [source],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    // An evaluated worker resolves `require` from the working directory: packages are resolved from the source instead.
    code = `(function (require) {\n${built.outputFiles[0]!.text}\n})(require('node:module').createRequire(${JSON.stringify(source)}));`;
    bundles.set(source, code);
  }
  return code;
}

/**
 * A worker thread speaking protocol P. Every message it sends and receives is checked by the
 * compiler against P on this side, and against the same P by threadPort() on the other.
 */
export class WorkerThread<P extends WorkerProtocol> {
  private readonly worker: Worker;
  private readonly label: string;

  /**
   * Starts `module` (a file name without extension) from the folder of `caller`, the starting
   * module's import.meta.url; `label` names the thread in errors. `transferList` moves what
   * workerData holds (ports, buffers) instead of copying it.
   */
  constructor(start: { caller: string; module: string; label: string; workerData: P['data']; transferList?: TransferListItem[] }) {
    const { caller, module, workerData, transferList = [] } = start;
    this.label = start.label;
    const built = new URL(`./${module}.js`, caller);
    this.worker = existsSync(built)
      ? new Worker(built, { workerData, transferList })
      : new Worker(bundle(fileURLToPath(new URL(`./${module}.ts`, caller))), { eval: true, workerData, transferList });
  }

  post(message: P['request'], transfer: TransferListItem[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  onMessage(listener: (reply: P['reply']) => void): void {
    this.worker.on('message', listener);
  }

  /** Called once, with the first error the thread throws, or when it exits without one. */
  onFailure(listener: (error: Error) => void): void {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      listener(error);
    };
    this.worker.once('error', fail);
    this.worker.once('exit', (code) => fail(new Error(`${this.label} exited with code ${code}`)));
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

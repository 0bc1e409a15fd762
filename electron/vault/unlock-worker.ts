// The second core at unlock: a worker thread that opens half of the records while the main thread
// opens the other half. It is started together with the key derivation, so loading libsodium in
// it (~0.1 s) is hidden behind Argon2, and it is terminated as soon as its half is done.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { FORMAT_VERSION, KDF_CONTEXT, openRecordText, PAD_BLOCK, RECORD_KINDS, type SealedRecord } from './record-cipher';

// The worker runs openRecordText's own source, so both halves open records with the same code.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
const openRecordText = ${openRecordText.toString()};
parentPort.once('message', ({ dataKey, rows }) => {
  sodium.ready.then(() => {
    const subkeys = {};
    for (const [kind, id] of Object.entries(workerData.kinds)) {
      subkeys[kind] = sodium.crypto_kdf_derive_from_key(32, id, workerData.context, dataKey);
    }
    dataKey.fill(0);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const texts = rows.map((r) => openRecordText(sodium, subkeys, r, decoder, workerData.formatVersion, workerData.padBlock));
    for (const key of Object.values(subkeys)) key.fill(0);
    parentPort.postMessage(texts);
  });
});
`;

const sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');

export class UnlockWorker {
  private readonly worker: Worker;
  private readonly failed: Promise<never>;

  private constructor() {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sodiumPath, kinds: RECORD_KINDS, context: KDF_CONTEXT, formatVersion: FORMAT_VERSION, padBlock: PAD_BLOCK },
    });
    this.failed = new Promise<never>((_, reject) => {
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`unlock worker exited with code ${code}`)));
    });
    // Nobody may be waiting yet; the rejection is seen by open() when it is.
    this.failed.catch(() => undefined);
  }

  /** Starts the thread and its libsodium now, before the data key is known. */
  static start(): UnlockWorker {
    return new UnlockWorker();
  }

  /**
   * Each record's JSON text, or null where it cannot be opened. Takes ownership of `dataKey` (a
   * copy made for this thread: it is moved, not copied, and zeroed there).
   */
  async open(dataKey: Uint8Array, rows: SealedRecord[]): Promise<Array<string | null>> {
    const done = new Promise<Array<string | null>>((resolve) => this.worker.once('message', resolve));
    this.worker.postMessage({ dataKey, rows }, [dataKey.buffer as ArrayBuffer]);
    try {
      return await Promise.race([done, this.failed]);
    } finally {
      await this.terminate();
    }
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

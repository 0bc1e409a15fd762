// The second core for a backup: a worker thread that runs the secretstream while this thread
// serialises or parses the JSON, the two pipelined. It is started together with the Argon2id
// derivation of the backup passphrase, so loading libsodium in it (~0.1 s) and warming it up are
// hidden behind Argon2; it serves one stream and is then terminated. It knows nothing of the
// format: it only runs init, push and pull on the byte buffers it is handed.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { AD_BYTES, CHUNK_BYTES } from './backup-format';

// Plain CommonJS, evaluated, so it runs the same under tsx, vitest and the bundled main process.
// Every message but init-pull gets one reply, in order; the first reply says the warm-up is over.
// Buffers are moved both ways, never copied. To push, each batch's buffer comes back with its reply
// (zeroed once its plaintext is sealed) to carry a later batch, as fresh buffers of this size cost
// page faults on one thread and unmapping on the other. To pull, the ciphertexts are read in place
// from shared memory, and only the plaintexts are moved back.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
// While Argon2 holds the other core, run the stream both ways so that the JIT has compiled it
// (WebAssembly and JavaScript alike) before the real chunks arrive. In slices, so that work which
// arrives early ends it: warming up further would only delay that work.
let working = false;
const warm = sodium.ready.then(() => new Promise((resolve) => {
  const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
  const chunk = new Uint8Array(workerData.chunkBytes);
  const ad = new Uint8Array(workerData.adBytes);
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  const pullState = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
  const until = performance.now() + workerData.warmUpMs;
  const slice = () => {
    const end = Math.min(until, performance.now() + 10);
    while (performance.now() < end) {
      const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, ad, 0);
      sodium.crypto_secretstream_xchacha20poly1305_pull(pullState, sealed, ad);
    }
    if (!working && performance.now() < until) return setImmediate(slice);
    parentPort.postMessage('ready');
    resolve();
  };
  slice();
}));
let state = null;
let ad = null;
function handle(m) {
  if (m.op === 'init-push') {
    const pushing = sodium.crypto_secretstream_xchacha20poly1305_init_push(m.key);
    m.key.fill(0);
    ({ state } = pushing);
    ad = m.ad;
    parentPort.postMessage(pushing.header, [pushing.header.buffer]);
  } else if (m.op === 'init-pull') {
    state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(m.header, m.key);
    m.key.fill(0);
    ad = m.ad;
  } else if (m.op === 'push') {
    const out = m.chunks.map((chunk, i) => sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, ad, m.tags[i]));
    const spent = m.chunks[0].buffer;
    new Uint8Array(spent).fill(0);
    parentPort.postMessage({ out, spent }, [...out.map((c) => c.buffer), spent]);
  } else {
    const out = m.chunks.map((chunk) => sodium.crypto_secretstream_xchacha20poly1305_pull(state, chunk, ad) || null);
    parentPort.postMessage(out, out.filter(Boolean).map((o) => o.message.buffer));
  }
}
parentPort.on('message', (m) => {
  working = true;
  void warm.then(() => handle(m));
});
`;

export interface Opened {
  message: Uint8Array;
  tag: number;
}

/** Long enough for V8 to tier the stream up; shorter than the ~300 ms of the fastest accepted KDF, less start-up. */
const WARM_UP_MS = 150;

const sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');

export class StreamWorker {
  private readonly worker: Worker;
  private readonly waiting: Array<{ resolve: (reply: unknown) => void; reject: (error: Error) => void }> = [];
  private failure: Error | undefined;
  private readonly warmedUp: Promise<void>;
  /** Batch buffers the thread has handed back. */
  private readonly spare: ArrayBuffer[] = [];

  private constructor() {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sodiumPath, chunkBytes: CHUNK_BYTES, adBytes: AD_BYTES, warmUpMs: WARM_UP_MS },
    });
    this.warmedUp = this.reply<void>();
    this.worker.on('message', (reply: unknown) => this.waiting.shift()?.resolve(reply));
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const waiter of this.waiting.splice(0)) waiter.reject(this.failure);
    };
    this.worker.once('error', fail);
    this.worker.once('exit', (code) => fail(new Error(`stream worker exited with code ${code}`)));
  }

  /** Starts the thread and its libsodium now, before the key is known. */
  static start(): StreamWorker {
    return new StreamWorker();
  }

  /** Settles when the warm-up is over (cut short by work), so a measurement can leave the start-up out. */
  ready(): Promise<void> {
    return this.warmedUp;
  }

  /** Starts sealing under a copy of `key`; resolves to the stream header. */
  initPush(key: Uint8Array, ad: Uint8Array): Promise<Uint8Array> {
    const header = this.reply<Uint8Array>();
    this.send({ op: 'init-push', key: Uint8Array.from(key), ad: Uint8Array.from(ad) });
    return header;
  }

  /** Starts opening under a copy of `key`; a header it cannot use fails the chunks that follow. */
  initPull(key: Uint8Array, header: Uint8Array, ad: Uint8Array): void {
    this.send({ op: 'init-pull', key: Uint8Array.from(key), header: Uint8Array.from(header), ad: Uint8Array.from(ad) });
  }

  /** Room for a batch of `bytes`: a buffer the thread has handed back, or a new one. */
  batch(bytes: number): Uint8Array {
    const i = this.spare.findIndex((buffer) => buffer.byteLength >= bytes);
    return new Uint8Array(i === -1 ? new ArrayBuffer(bytes) : this.spare.splice(i, 1)[0]!, 0, bytes);
  }

  /** Seals each chunk with its tag, in order. The chunks are views of one batch(), which is moved to the thread. */
  push(chunks: Uint8Array[], tags: number[]): Promise<Uint8Array[]> {
    const out = this.reply<{ out: Uint8Array[]; spent: ArrayBuffer }>().then(({ out, spent }) => {
      this.spare.push(spent);
      return out;
    });
    out.catch(() => undefined);
    this.worker.postMessage({ op: 'push', chunks, tags }, [chunks[0]!.buffer as ArrayBuffer]);
    return out;
  }

  /** Opens each chunk in order: null where it does not open. The chunks are views of shared memory, read in place. */
  pull(chunks: Uint8Array[]): Promise<Array<Opened | null>> {
    const out = this.reply<Array<Opened | null>>();
    this.worker.postMessage({ op: 'pull', chunks });
    return out;
  }

  // Takes copies: a view would carry its whole buffer along (a header cut out of the file would copy
  // the file). The key's copy is moved rather than cloned, so the only other copy is zeroed there.
  private send(message: { op: string; key: Uint8Array; ad: Uint8Array; header?: Uint8Array }): void {
    this.worker.postMessage(message, [message.key.buffer as ArrayBuffer]);
  }

  /** Stops the thread. Nothing waits for it to wind down (~10 ms): whoever stops it has its results already. */
  terminate(): void {
    void this.worker.terminate();
  }

  private reply<T>(): Promise<T> {
    const reply = new Promise<T>((resolve, reject) => {
      if (this.failure) reject(this.failure);
      else this.waiting.push({ resolve: resolve as (reply: unknown) => void, reject });
    });
    // Replies are awaited in order, so a failure may reach one before anyone awaits it.
    reply.catch(() => undefined);
    return reply;
  }
}

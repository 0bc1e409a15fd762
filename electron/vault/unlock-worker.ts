// The second core at unlock: a worker thread that opens records while the main thread opens and
// parses others. It is started with the sealed rows before the key is known, so starting it,
// loading libsodium in it and copying the rows to it are hidden behind Argon2. Both threads claim
// chunks of records from one shared counter, so neither waits for the other: the main thread, which
// also parses what the worker opened, simply claims fewer. It serves one unlock and is terminated.
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { FORMAT_VERSION, KDF_CONTEXT, openRecordText, PAD_BLOCK, RECORD_KINDS, type SealedRecord } from './record-cipher';

/** Records per claim: small enough to balance the two threads, large enough that messages are few. */
export const CHUNK_RECORDS = 128;

/** Slots of the shared Int32Array: the next chunk to claim, and how many chunks the worker has posted. */
const NEXT = 0;
const POSTED = 1;

// The worker runs openRecordText's own source, so both threads open records with the same code.
// Rows sit in shared memory; texts come back one string per chunk, joined by NUL (JSON text never
// holds a raw NUL; an unreadable record is an empty string): cloning thousands of small strings
// or objects would cost more than opening them.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
const openRecordText = ${openRecordText.toString()};
const { control, ids, kinds, formats, schemas, bytes, nonceEnds, ends, chunkRecords, port } = workerData;
const chunks = Math.ceil(ids.length / chunkRecords);
let dataKey = null;
const keyed = new Promise((resolve) => parentPort.once('message', (key) => resolve(dataKey = key)));
// While Argon2 holds the other core, exercise the decryption path so the JIT has compiled it
// (WebAssembly and JavaScript alike) before the key arrives; in slices, so that an early key ends it.
sodium.ready.then(() => {
  const key = sodium.randombytes_buf(32);
  const nonce = sodium.randombytes_buf(24);
  const record = { id: 'warm-up', kind: 'entry', format: workerData.formatVersion, schema: 1, nonce,
    box: sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(sodium.pad(new Uint8Array(900), workerData.padBlock),
      'hearth:' + workerData.formatVersion + ':entry:warm-up:1', null, nonce, key) };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const until = performance.now() + workerData.warmUpMs;
  const slice = () => {
    const end = Math.min(until, performance.now() + 5);
    while (dataKey === null && performance.now() < end) {
      openRecordText(sodium, { entry: key }, record, decoder, workerData.formatVersion, workerData.padBlock);
    }
    if (dataKey === null && performance.now() < until) return setImmediate(slice);
    // Warm, or the key is here: from now on the thread sleeps until it has work.
    void keyed.then(() => work(decoder));
  };
  slice();
});
function work(decoder) {
  const subkeys = {};
  for (const [kind, id] of Object.entries(workerData.subkeyIds)) {
    subkeys[kind] = sodium.crypto_kdf_derive_from_key(32, id, workerData.context, dataKey);
  }
  dataKey.fill(0);
  for (let chunk = Atomics.add(control, ${NEXT}, 1); chunk < chunks; chunk = Atomics.add(control, ${NEXT}, 1)) {
    const texts = [];
    for (let i = chunk * chunkRecords; i < Math.min(ids.length, (chunk + 1) * chunkRecords); i++) {
      const start = i === 0 ? 0 : ends[i - 1];
      const record = { id: ids[i], kind: kinds[i], format: formats[i], schema: schemas[i],
        nonce: bytes.subarray(start, nonceEnds[i]), box: bytes.subarray(nonceEnds[i], ends[i]) };
      texts.push(openRecordText(sodium, subkeys, record, decoder, workerData.formatVersion, workerData.padBlock) ?? '');
    }
    port.postMessage({ chunk, texts: texts.join('\\u0000') });
    Atomics.add(control, ${POSTED}, 1);
    Atomics.notify(control, ${POSTED});
  }
  for (const key of Object.values(subkeys)) key.fill(0);
}
`;

/** The rows, as the worker sees them: nonce then box of each record in turn in one shared buffer. */
function pack(rows: SealedRecord[]) {
  let size = 0;
  for (const r of rows) size += r.nonce.length + r.box.length;
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  const nonceEnds = new Uint32Array(rows.length);
  const ends = new Uint32Array(rows.length);
  let at = 0;
  rows.forEach((r, i) => {
    bytes.set(r.nonce, at);
    nonceEnds[i] = at += r.nonce.length;
    bytes.set(r.box, at);
    ends[i] = at += r.box.length;
  });
  return {
    ids: rows.map((r) => r.id),
    kinds: rows.map((r) => r.kind),
    formats: Uint32Array.from(rows, (r) => r.format),
    schemas: Uint32Array.from(rows, (r) => r.schema),
    bytes,
    nonceEnds,
    ends,
  };
}

/** What the worker opened: each record of one chunk, as JSON text or null where it cannot be opened. */
export interface OpenedChunk {
  chunk: number;
  texts: Array<string | null>;
}

/** Long enough for V8 to tier the loop up; shorter than the ~300 ms of the fastest accepted KDF. */
const WARM_UP_MS = 200;

const sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');

export class UnlockWorker {
  /** How many chunks the rows make; chunk c is rows [c * CHUNK_RECORDS, (c + 1) * CHUNK_RECORDS). */
  readonly chunks: number;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  private readonly failed: Promise<never>;

  private constructor(rows: SealedRecord[]) {
    this.chunks = Math.ceil(rows.length / CHUNK_RECORDS);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        ...pack(rows),
        control: this.control,
        port: port2,
        chunkRecords: CHUNK_RECORDS,
        sodiumPath,
        subkeyIds: RECORD_KINDS,
        context: KDF_CONTEXT,
        formatVersion: FORMAT_VERSION,
        padBlock: PAD_BLOCK,
        warmUpMs: WARM_UP_MS,
      },
      transferList: [port2],
    });
    this.failed = new Promise<never>((_, reject) => {
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`unlock worker exited with code ${code}`)));
    });
    // Nobody may be waiting yet; the rejection is seen by next() when it is.
    this.failed.catch(() => undefined);
  }

  /** Starts the thread and its libsodium now, with the rows it will open, before the data key is known. */
  static start(rows: SealedRecord[]): UnlockWorker {
    return new UnlockWorker(rows);
  }

  /**
   * Lets the worker start claiming chunks. Takes ownership of `dataKey` (a copy made for this
   * thread: it is moved, not copied, and zeroed there).
   */
  begin(dataKey: Uint8Array): void {
    this.worker.postMessage(dataKey, [dataKey.buffer as ArrayBuffer]);
  }

  /** The next chunk for this thread to open, or -1 when every chunk is claimed. */
  claim(): number {
    const chunk = Atomics.add(this.control, NEXT, 1);
    return chunk < this.chunks ? chunk : -1;
  }

  /** A chunk the worker has opened, if one is waiting; never blocks. */
  take(): OpenedChunk | null {
    const received = receiveMessageOnPort(this.port) as { message: { chunk: number; texts: string } } | undefined;
    if (!received) return null;
    const { chunk, texts } = received.message;
    return { chunk, texts: texts.split('\u0000').map((text) => (text === '' ? null : text)) };
  }

  /** The next chunk the worker opens; rejects if the thread dies first. */
  async next(): Promise<OpenedChunk> {
    for (;;) {
      const posted = Atomics.load(this.control, POSTED);
      // Checked after reading the count: a chunk posted since then changes the count, and the wait returns at once.
      const opened = this.take();
      if (opened) return opened;
      const wait = Atomics.waitAsync(this.control, POSTED, posted);
      if (wait.async) await Promise.race([wait.value, this.failed]);
    }
  }

  terminate(): Promise<number> {
    this.port.close();
    return this.worker.terminate();
  }
}

// The second core at unlock: a worker thread that opens half of the records while the main thread
// opens the other half. It is started together with the key derivation, so loading libsodium in
// it (~0.1 s) is hidden behind Argon2, and it is terminated as soon as its half is done.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { FORMAT_VERSION, KDF_CONTEXT, openRecordText, PAD_BLOCK, RECORD_KINDS, type SealedRecord } from './record-cipher';

// The worker runs openRecordText's own source, so both halves open records with the same code.
// Records travel packed in one transferred buffer, and texts come back as one string joined by NUL
// (JSON text never holds a raw NUL; an unreadable record is an empty string): cloning thousands
// of small objects each way would cost more than opening them.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
const openRecordText = ${openRecordText.toString()};
// While Argon2 holds the other core, exercise the decryption path so the JIT has compiled it
// (WebAssembly and JavaScript alike) before the real records arrive.
const warm = sodium.ready.then(() => {
  const key = sodium.randombytes_buf(32);
  const nonce = sodium.randombytes_buf(24);
  const record = { id: 'warm-up', kind: 'entry', format: workerData.formatVersion, schema: 1, nonce,
    box: sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(sodium.pad(new Uint8Array(900), workerData.padBlock),
      'hearth:' + workerData.formatVersion + ':entry:warm-up:1', null, nonce, key) };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const until = performance.now() + workerData.warmUpMs;
  while (performance.now() < until) openRecordText(sodium, { entry: key }, record, decoder, workerData.formatVersion, workerData.padBlock);
});
parentPort.once('message', ({ dataKey, packed }) => {
  warm.then(() => {
    const subkeys = {};
    for (const [kind, id] of Object.entries(workerData.kinds)) {
      subkeys[kind] = sodium.crypto_kdf_derive_from_key(32, id, workerData.context, dataKey);
    }
    dataKey.fill(0);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const { ids, kinds, formats, schemas, bytes, nonceEnds, ends } = packed;
    const texts = new Array(ids.length);
    let start = 0;
    for (let i = 0; i < ids.length; i++) {
      const record = { id: ids[i], kind: kinds[i], format: formats[i], schema: schemas[i],
        nonce: bytes.subarray(start, nonceEnds[i]), box: bytes.subarray(nonceEnds[i], ends[i]) };
      texts[i] = openRecordText(sodium, subkeys, record, decoder, workerData.formatVersion, workerData.padBlock) ?? '';
      start = ends[i];
    }
    bytes.fill(0);
    for (const key of Object.values(subkeys)) key.fill(0);
    parentPort.postMessage(texts.join('\\u0000'));
  });
});
`;

interface Packed {
  ids: string[];
  kinds: string[];
  formats: Uint32Array;
  schemas: Uint32Array;
  /** nonce then box, for each record in turn. */
  bytes: Uint8Array;
  /** Where each record's nonce, and then its box, ends in `bytes`. */
  nonceEnds: Uint32Array;
  ends: Uint32Array;
}

function pack(rows: SealedRecord[]): Packed {
  let size = 0;
  for (const r of rows) size += r.nonce.length + r.box.length;
  const bytes = new Uint8Array(size);
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

/** Long enough for V8 to tier the loop up; shorter than the ~300 ms of the fastest accepted KDF. */
const WARM_UP_MS = 200;

const sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');

export class UnlockWorker {
  private readonly worker: Worker;
  private readonly failed: Promise<never>;

  private constructor() {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sodiumPath, kinds: RECORD_KINDS, context: KDF_CONTEXT, formatVersion: FORMAT_VERSION, padBlock: PAD_BLOCK, warmUpMs: WARM_UP_MS },
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
    const packed = pack(rows);
    const done = new Promise<string>((resolve) => this.worker.once('message', resolve));
    this.worker.postMessage({ dataKey, packed }, [dataKey.buffer as ArrayBuffer, packed.bytes.buffer as ArrayBuffer]);
    try {
      const joined = await Promise.race([done, this.failed]);
      if (rows.length === 0) return [];
      return joined.split('\u0000').map((text) => (text === '' ? null : text));
    } finally {
      await this.terminate();
    }
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

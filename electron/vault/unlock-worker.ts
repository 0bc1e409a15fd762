// The second core at unlock: a worker thread that opens records while the main thread opens and
// parses others. It is started with the sealed rows before the key is known, so starting it,
// loading libsodium in it and copying the rows to it are hidden behind Argon2. Both threads claim
// chunks of records from one shared counter, so neither waits for the other: the main thread, which
// also parses what the worker opened, simply claims fewer. It serves one unlock and is terminated.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { TextScans } from '../../shared/search/text-scan';
import type { SealedRecord } from './record-cipher';
import { CHUNK_RECORDS, NEXT, POSTED, type OpenedTexts, type PackedRows, type UnlockProtocol } from './unlock-protocol';
import { WorkerThread } from '../threads/worker-thread';

export { CHUNK_RECORDS };

/**
 * The fewest records worth the worker. Below, starting it and loading its libsodium while Argon2
 * runs slowed the derivation more than its share of the opening saved: `hearth list --limit 10`
 * with the passphrase ended about 70 ms sooner without it at 1,000 records and 130 ms sooner at
 * 3,000. From 6,000 records on, the work after the key took 35–60 ms less with it, and the whole
 * command was no slower.
 */
export const WORKER_MIN_RECORDS = 4_000;

/** The rows as the worker reads them, in shared memory. */
function pack(rows: SealedRecord[]): PackedRows {
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

/**
 * What the worker opened: each record of one chunk, as JSON text or null where it cannot be opened,
 * and the search text of each entry it could read, scanned (record k of the chunk is text k).
 */
export interface OpenedChunk {
  chunk: number;
  texts: Array<string | null>;
  scans: TextScans;
}

export class UnlockWorker {
  /** How many chunks the rows make; chunk c is rows [c * CHUNK_RECORDS, (c + 1) * CHUNK_RECORDS). */
  readonly chunks: number;
  private readonly worker: WorkerThread<UnlockProtocol>;
  private readonly port: MessagePort;
  private readonly control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  private readonly failed: Promise<never>;

  private constructor(rows: SealedRecord[]) {
    this.chunks = Math.ceil(rows.length / CHUNK_RECORDS);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new WorkerThread<UnlockProtocol>({
      caller: import.meta.url,
      module: 'unlock.worker',
      label: 'unlock worker',
      workerData: { ...pack(rows), control: this.control, port: port2 },
      transferList: [port2],
    });
    this.failed = new Promise<never>((_, reject) => this.worker.onFailure(reject));
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
    this.worker.post({ type: 'begin', dataKey }, [dataKey.buffer as ArrayBuffer]);
  }

  /** The next chunk for this thread to open, or -1 when every chunk is claimed. */
  claim(): number {
    const chunk = Atomics.add(this.control, NEXT, 1);
    return chunk < this.chunks ? chunk : -1;
  }

  /** A chunk the worker has opened, if one is waiting; never blocks. */
  take(): OpenedChunk | null {
    const received = receiveMessageOnPort(this.port) as { message: OpenedTexts } | undefined;
    if (!received) return null;
    const { chunk, texts, scans } = received.message;
    return { chunk, texts: texts.split('\u0000').map((text) => (text === '' ? null : text)), scans: new TextScans(scans) };
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

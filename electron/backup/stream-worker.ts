// The second core for a backup: a worker thread that runs the secretstream while this thread
// serialises or parses the JSON, the two pipelined. It is started together with the Argon2id
// derivation of the backup passphrase, so loading libsodium in it (~0.1 s) and warming it up are
// hidden behind Argon2; it serves one stream and is then terminated. It knows nothing of the
// format: it only runs init, push and pull on the byte buffers it is handed.
import { WorkerThread } from '../threads/worker-thread';
import { AD_BYTES, CHUNK_BYTES } from './backup-format';
import type { Opened, StreamProtocol, StreamReply, StreamRequest } from './stream-protocol';

export type { Opened };

type Reply<T extends StreamReply['type']> = Extract<StreamReply, { type: T }>;

/**
 * To push, each batch's buffer comes back with its reply (zeroed once its plaintext is sealed) to
 * carry a later batch, as fresh buffers of this size cost page faults on one thread and unmapping
 * on the other. To pull, the ciphertexts are read in place from shared memory, and only the
 * plaintexts are moved back.
 */
export class StreamWorker {
  private readonly worker: WorkerThread<StreamProtocol>;
  /** Who waits for each reply, in order, and which type of reply it must be. */
  private readonly waiting: Array<{ type: StreamReply['type']; resolve: (reply: StreamReply) => void; reject: (error: Error) => void }> = [];
  private failure: Error | undefined;
  private readonly warmedUp: Promise<unknown>;
  /** Batch buffers the thread has handed back. */
  private readonly spare: ArrayBuffer[] = [];

  private constructor() {
    this.worker = new WorkerThread<StreamProtocol>({
      caller: import.meta.url,
      module: 'stream.worker',
      label: 'stream worker',
      workerData: { chunkBytes: CHUNK_BYTES, adBytes: AD_BYTES },
    });
    this.warmedUp = this.reply('ready');
    this.worker.onMessage((reply) => {
      const waiter = this.waiting.shift();
      if (waiter?.type === reply.type) waiter.resolve(reply);
      else this.fail(new Error(`stream worker replied ${reply.type} out of turn`));
    });
    this.worker.onFailure((error) => this.fail(error));
  }

  /** Starts the thread and its libsodium now, before the key is known. */
  static start(): StreamWorker {
    return new StreamWorker();
  }

  /** Settles when the warm-up is over (cut short by work), so a measurement can leave the start-up out. */
  ready(): Promise<void> {
    return this.warmedUp.then(() => undefined);
  }

  /** Starts sealing under a copy of `key`; resolves to the stream header. */
  initPush(key: Uint8Array, ad: Uint8Array): Promise<Uint8Array> {
    const header = this.reply('header').then((reply) => reply.header);
    header.catch(() => undefined);
    this.init({ type: 'init-push', key: Uint8Array.from(key), ad: Uint8Array.from(ad) });
    return header;
  }

  /** Starts opening under a copy of `key`; a header it cannot use fails the chunks that follow. */
  initPull(key: Uint8Array, header: Uint8Array, ad: Uint8Array): void {
    this.init({ type: 'init-pull', key: Uint8Array.from(key), header: Uint8Array.from(header), ad: Uint8Array.from(ad) });
  }

  /** Room for a batch of `bytes`: a buffer the thread has handed back, or a new one. */
  batch(bytes: number): Uint8Array {
    const i = this.spare.findIndex((buffer) => buffer.byteLength >= bytes);
    return new Uint8Array(i === -1 ? new ArrayBuffer(bytes) : this.spare.splice(i, 1)[0]!, 0, bytes);
  }

  /** Seals each chunk with its tag, in order. The chunks are views of one batch(), which is moved to the thread. */
  push(chunks: Uint8Array[], tags: number[]): Promise<Uint8Array[]> {
    const out = this.reply('pushed').then(({ out, spent }) => {
      this.spare.push(spent);
      return out;
    });
    out.catch(() => undefined);
    this.worker.post({ type: 'push', chunks, tags }, [chunks[0]!.buffer as ArrayBuffer]);
    return out;
  }

  /** Opens each chunk in order: null where it does not open. The chunks are views of shared memory, read in place. */
  pull(chunks: Uint8Array[]): Promise<Array<Opened | null>> {
    const out = this.reply('pulled').then((reply) => reply.out);
    out.catch(() => undefined);
    this.worker.post({ type: 'pull', chunks });
    return out;
  }

  /** Stops the thread. Nothing waits for it to wind down (~10 ms): whoever stops it has its results already. */
  terminate(): void {
    void this.worker.terminate();
  }

  // Takes copies: a view would carry its whole buffer along (a header cut out of the file would copy
  // the file). The key's copy is moved rather than cloned, so the only other copy is zeroed there.
  private init(request: Extract<StreamRequest, { type: 'init-push' | 'init-pull' }>): void {
    this.worker.post(request, [request.key.buffer as ArrayBuffer]);
  }

  private reply<T extends StreamReply['type']>(type: T): Promise<Reply<T>> {
    const reply = new Promise<Reply<T>>((resolve, reject) => {
      if (this.failure) reject(this.failure);
      else this.waiting.push({ type, resolve: resolve as (reply: StreamReply) => void, reject });
    });
    // Replies are awaited in order, so a failure may reach one before anyone awaits it.
    reply.catch(() => undefined);
    return reply;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(this.failure);
  }
}

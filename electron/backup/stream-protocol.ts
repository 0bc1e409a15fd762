// The messages of the stream worker (stream.worker.ts), as both sides see them. Every request but
// init-pull gets one reply, in order; the first reply, ready, says the warm-up is over. Buffers are
// moved both ways, never copied.

export interface Opened {
  message: Uint8Array;
  tag: number;
}

export interface StreamJob {
  chunkBytes: number;
  adBytes: number;
}

export type StreamRequest =
  /** Replied to with the stream header. The key is a copy, moved here and zeroed. */
  | { type: 'init-push'; key: Uint8Array; ad: Uint8Array }
  /** No reply: a header the stream cannot use fails the pulls that follow. */
  | { type: 'init-pull'; key: Uint8Array; header: Uint8Array; ad: Uint8Array }
  /** Views of one buffer, which is moved here, zeroed once sealed, and handed back to carry a later batch. */
  | { type: 'push'; chunks: Uint8Array[]; tags: number[] }
  /** Views of shared memory, read in place. */
  | { type: 'pull'; chunks: Uint8Array[] };

export type StreamReply =
  | { type: 'ready' }
  | { type: 'header'; header: Uint8Array }
  | { type: 'pushed'; out: Uint8Array[]; spent: ArrayBuffer }
  /** null where a chunk does not open. */
  | { type: 'pulled'; out: Array<Opened | null> };

export interface StreamProtocol {
  data: StreamJob;
  request: StreamRequest;
  reply: StreamReply;
}

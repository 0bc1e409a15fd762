// The messages of the unlock worker (unlock.worker.ts), and the memory both threads share.
import type { MessagePort } from 'node:worker_threads';
import type { ScannedTexts } from '../../shared/search/text-scan';

/**
 * Records per claim: small enough to balance the two threads, large enough that messages are few.
 * A chunk's joined texts (about 1.2 kB a record) must stay under V8's 128 kB for an ordinary heap
 * object: a larger string is allocated apart, and receiving 128 records at a time took the main
 * thread twenty times longer at 100,000 entries (1.2 s against 55 ms).
 */
export const CHUNK_RECORDS = 32;

/** Slots of the shared Int32Array: the next chunk to claim, and how many chunks the worker has posted. */
export const NEXT = 0;
export const POSTED = 1;

/** The sealed rows, columns apart: nonce then box of each record in turn in one shared buffer. */
export interface PackedRows {
  ids: string[];
  kinds: string[];
  formats: Uint32Array;
  schemas: Uint32Array;
  bytes: Uint8Array;
  /** Where each record's nonce ends in `bytes`, and its box begins. */
  nonceEnds: Uint32Array;
  /** Where each record's box ends in `bytes`, and the next record's nonce begins. */
  ends: Uint32Array;
}

export interface UnlockJob extends PackedRows {
  /** Shared: slots NEXT and POSTED. */
  control: Int32Array;
  /** Where the opened chunks go, as OpenedTexts, read without waiting by receiveMessageOnPort. */
  port: MessagePort;
}

/**
 * One chunk opened: each record's JSON text joined by NUL (JSON text never holds a raw NUL), an
 * unreadable record an empty string. Cloning thousands of small strings or objects would cost more
 * than opening them. Beside them, each entry's search text scanned for the search index (other
 * records, and entries the worker could not read, are left for the main thread); its arrays are
 * transferred, not cloned.
 */
export interface OpenedTexts {
  type: 'opened';
  chunk: number;
  texts: string;
  scans: ScannedTexts;
}

export interface UnlockProtocol {
  data: UnlockJob;
  /** The data key, moved here and zeroed once the subkeys are derived. */
  request: { type: 'begin'; dataKey: Uint8Array };
  /** None on the parent port: chunks go to `port`. */
  reply: never;
}

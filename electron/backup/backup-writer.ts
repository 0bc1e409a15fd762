// Writing a backup: one chunker cuts the NDJSON into plaintext chunks, which are sealed here or by a
// StreamWorker on the other core; sealBackup gathers the pieces in memory and writeBackupFile streams
// them to disk, so none of them can disagree about the format.
import type { FileHandle } from 'node:fs/promises';
import { HearthError } from '../../shared/errors';
import { writeAtomically } from '../files/atomic-file';
import type { KdfParams } from '../vault/kdf';
import { loadSodium, type Sodium } from '../vault/sodium';
import { AD_BYTES, asBackupRecord, backupHeader, CHUNK_BYTES, encodeBackupPrefix, LENGTH_BYTES, NEWLINE, type BackupRecord } from './backup-format';
import type { StreamWorker } from './stream-worker';

/** Chunks per message to the worker: few enough messages that their cost disappears. */
const CHUNKS_PER_MESSAGE = 8;
/** Messages the worker may have queued before this thread waits for the oldest one's reply. */
const MESSAGES_AHEAD = 2;

/** The prefix (magic, version, header), checked together with the key before any file is created. */
function backupPrefix(sodium: Sodium, key: Uint8Array, kdf: KdfParams, createdAt: Date): Uint8Array {
  const prefix = encodeBackupPrefix(backupHeader(kdf, createdAt));
  if (key.length !== sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES) throw new Error('a backup key is 32 bytes');
  return prefix;
}

/**
 * The whole file as byte pieces in order: prefix, secretstream header, then each chunk's length and
 * ciphertext. The header and key are checked now, before any file is created; the records are read,
 * serialised and encrypted lazily, one chunk at a time.
 */
export function encodeBackup(
  sodium: Sodium,
  records: Iterable<BackupRecord>,
  key: Uint8Array,
  kdf: KdfParams,
  createdAt: Date,
): Generator<Uint8Array, void, undefined> {
  return encodeChunks(sodium, backupPrefix(sodium, key, kdf, createdAt), records, key);
}

function* encodeChunks(sodium: Sodium, prefix: Uint8Array, records: Iterable<BackupRecord>, key: Uint8Array): Generator<Uint8Array, void, undefined> {
  const ad = sodium.crypto_generichash(AD_BYTES, prefix, null);
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  yield prefix;
  yield header;
  // One plaintext buffer, reused: each chunk is sealed before the next is encoded into it.
  const plain = new Uint8Array(CHUNK_BYTES);
  try {
    for (const { bytes, final } of plaintextChunks(records, () => plain)) {
      yield* framed([sodium.crypto_secretstream_xchacha20poly1305_push(state, bytes, ad, tagOf(sodium, final))]);
    }
  } finally {
    plain.fill(0);
  }
}

/**
 * The same pieces, sealed by the worker: this thread serialises the next chunks while the worker
 * seals the previous ones. Each message's chunks are encoded straight into a batch buffer, which is
 * moved to the worker and back.
 */
async function* encodeChunksInWorker(
  sodium: Sodium,
  worker: StreamWorker,
  prefix: Uint8Array,
  records: Iterable<BackupRecord>,
  key: Uint8Array,
): AsyncGenerator<Uint8Array, void, undefined> {
  const header = worker.initPush(key, sodium.crypto_generichash(AD_BYTES, prefix, null));
  yield prefix;
  yield await header;
  const sealed: Array<Promise<Uint8Array[]>> = [];
  let space: Uint8Array = new Uint8Array(0);
  let chunks: Uint8Array[] = [];
  let tags: number[] = [];
  const slot = () => {
    if (chunks.length === 0) space = worker.batch(CHUNKS_PER_MESSAGE * CHUNK_BYTES);
    return space.subarray(chunks.length * CHUNK_BYTES, (chunks.length + 1) * CHUNK_BYTES);
  };
  try {
    for (const { bytes, final } of plaintextChunks(records, slot)) {
      chunks.push(bytes);
      tags.push(tagOf(sodium, final));
      if (chunks.length === CHUNKS_PER_MESSAGE || final) {
        sealed.push(worker.push(chunks, tags));
        chunks = [];
        tags = [];
      }
      while (sealed.length > MESSAGES_AHEAD) yield* framed(await sealed.shift()!);
    }
    for (const ciphertexts of sealed) yield* framed(await ciphertexts);
  } finally {
    // Only chunks not yet handed over are still here: a buffer handed over is detached, length 0.
    if (space.length > 0) space.fill(0);
  }
}

function tagOf(sodium: Sodium, final: boolean): number {
  return final ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
}

function* framed(ciphertexts: Uint8Array[]): Generator<Uint8Array, void, undefined> {
  for (const ciphertext of ciphertexts) {
    yield lengthPrefix(ciphertext.length);
    yield ciphertext;
  }
}

/**
 * The NDJSON cut into chunks of at most CHUNK_BYTES (a line may span chunks), each line encoded
 * straight into the CHUNK_BYTES buffer `space` hands out as a chunk begins, never concatenated. A
 * chunk is used before the next one begins, so `space` may hand out the same buffer every time.
 * Only the last chunk is final; it is never empty: it holds at least the newline ending the trailer.
 */
function* plaintextChunks(records: Iterable<BackupRecord>, space: () => Uint8Array): Generator<{ bytes: Uint8Array; final: boolean }, void, undefined> {
  const encoder = new TextEncoder();
  let plain = space();
  let used = 0;
  for (const json of ndjsonLines(records)) {
    let rest = json;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, plain.subarray(used));
      used += written;
      if (read === rest.length) break;
      // The buffer is full (up to 3 bytes short when a character did not fit) and more follows.
      rest = rest.slice(read);
      yield { bytes: plain.subarray(0, used), final: false };
      plain = space();
      used = 0;
    }
    if (used === plain.length) {
      yield { bytes: plain, final: false };
      plain = space();
      used = 0;
    }
    plain[used++] = NEWLINE;
  }
  yield { bytes: plain.subarray(0, used), final: true };
}

/** Every record as JSON, then the trailer that counts them; each becomes one line. */
function* ndjsonLines(records: Iterable<BackupRecord>): Generator<string, void, undefined> {
  let count = 0;
  for (const record of records) {
    yield recordJson(record);
    count++;
  }
  yield JSON.stringify({ end: true, records: count });
}

// Only the four fields, checked with the reader's own rules: a backup the reader would refuse must
// fail now, while the journal is still there, not on the day it is restored.
function recordJson(record: BackupRecord): string {
  const { kind, id, schema, data } = record;
  let json: string | undefined;
  try {
    const checked = asBackupRecord({ kind, id, schema, data });
    if (checked) json = JSON.stringify(checked);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw new HearthError('INTERNAL', `A ${String(kind)} record could not be put into the backup.`);
  return json;
}

function lengthPrefix(length: number): Uint8Array {
  const bytes = new Uint8Array(LENGTH_BYTES);
  new DataView(bytes.buffer).setUint32(0, length);
  return bytes;
}

/** The whole backup in memory, for tests and small journals. */
export async function sealBackup(records: Iterable<BackupRecord>, key: Uint8Array, kdf: KdfParams, createdAt: Date): Promise<Uint8Array> {
  const pieces = [...encodeBackup(await loadSodium(), records, key, kdf, createdAt)];
  const file = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    file.set(piece, offset);
    offset += piece.length;
  }
  return file;
}

const FILE_MESSAGES = {
  create: 'Hearth could not create the backup file in that folder.',
  write: 'Hearth could not write the backup file; the disk may be full.',
  save: 'Hearth could not save the backup file under its name.',
} as const;

/** Pieces gathered into one positioned write. */
const WRITE_BYTES = 1024 * 1024;
/** Writes handed to the thread pool before the encoder waits for the oldest one. */
const WRITES_AHEAD = 4;
/** Flushing as the file grows leaves the final fsync little to wait for. */
const SYNC_EVERY_BYTES = 4 * 1024 * 1024;

/**
 * Streams the backup through the atomic writer (../service/atomic-file.ts): a crash leaves either
 * the old file or the complete new one under that name, never half of one. With a
 * worker, the chunks are sealed on its thread; it is stopped before this returns or throws.
 */
export async function writeBackupFile(
  path: string,
  records: Iterable<BackupRecord>,
  key: Uint8Array,
  kdf: KdfParams,
  createdAt: Date,
  worker?: StreamWorker,
): Promise<{ bytes: number }> {
  try {
    const sodium = await loadSodium();
    const prefix = backupPrefix(sodium, key, kdf, createdAt);
    const pieces = worker ? encodeChunksInWorker(sodium, worker, prefix, records, key) : encodeChunks(sodium, prefix, records, key);
    const bytes = await writeAtomically(path, (file) => writePieces(file, pieces), (step) => new HearthError('FILE_ERROR', FILE_MESSAGES[step]));
    return { bytes };
  } finally {
    worker?.terminate();
  }
}

/**
 * Writes at explicit positions, so the OS copies and flushes one batch in the thread pool while
 * the next is serialised and encrypted here.
 */
async function writePieces(handle: FileHandle, pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number> {
  let position = 0;
  let unsynced = 0;
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  const inFlight: Array<Promise<void>> = [];
  let failure: { error: unknown } | undefined;
  // Every operation is caught as it is started: one failing while another is awaited must not
  // become an unhandled rejection.
  const start = (operation: Promise<unknown>) =>
    inFlight.push(operation.then(() => undefined, (error: unknown) => void (failure ??= { error })));
  const flush = async () => {
    start(writeAllAt(handle, batch, position));
    position += batchBytes;
    unsynced += batchBytes;
    batch = [];
    batchBytes = 0;
    if (unsynced >= SYNC_EVERY_BYTES) {
      start(handle.datasync());
      unsynced = 0;
    }
    while (inFlight.length > WRITES_AHEAD) await inFlight.shift();
    if (failure) throw failure.error;
  };
  for await (const piece of pieces) {
    batch.push(piece);
    batchBytes += piece.length;
    if (batchBytes >= WRITE_BYTES) await flush();
  }
  if (batchBytes > 0) await flush();
  await Promise.all(inFlight);
  if (failure) throw failure.error;
  return position;
}

async function writeAllAt(handle: FileHandle, pieces: Uint8Array[], position: number): Promise<void> {
  let rest = pieces;
  let at = position;
  while (rest.length > 0) {
    const { bytesWritten } = await handle.writev(rest, at);
    if (bytesWritten <= 0) throw new Error('the backup file accepted no bytes');
    at += bytesWritten;
    // A short write: go on from the first byte that did not go out.
    let skip = bytesWritten;
    let i = 0;
    while (i < rest.length && skip >= rest[i]!.length) skip -= rest[i++]!.length;
    rest = rest.slice(i);
    if (skip > 0) rest[0] = rest[0]!.subarray(skip);
  }
}

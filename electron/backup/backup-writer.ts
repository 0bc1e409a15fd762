// Writing a backup: one encoder yields the file as byte pieces, which sealBackup gathers in memory
// and writeBackupFile streams to disk, so the two cannot disagree about the format.
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { HearthError } from '../../shared/errors';
import type { KdfParams } from '../vault/kdf';
import { loadSodium, type Sodium } from '../vault/sodium';
import { AD_BYTES, backupHeader, backupRecordSchema, CHUNK_BYTES, encodeBackupPrefix, LENGTH_BYTES, NEWLINE, type BackupRecord } from './backup-format';

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
  const prefix = encodeBackupPrefix(backupHeader(kdf, createdAt));
  if (key.length !== sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES) throw new Error('a backup key is 32 bytes');
  return encodeChunks(sodium, prefix, records, key);
}

function* encodeChunks(sodium: Sodium, prefix: Uint8Array, records: Iterable<BackupRecord>, key: Uint8Array): Generator<Uint8Array, void, undefined> {
  const ad = sodium.crypto_generichash(AD_BYTES, prefix, null);
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  yield prefix;
  yield header;
  // One plaintext buffer, reused: each line is encoded straight into it, never concatenated.
  const plain = new Uint8Array(CHUNK_BYTES);
  let used = 0;
  const seal = (tag: number): [Uint8Array, Uint8Array] => {
    const ciphertext = sodium.crypto_secretstream_xchacha20poly1305_push(state, plain.subarray(0, used), ad, tag);
    used = 0;
    return [lengthPrefix(ciphertext.length), ciphertext];
  };
  const encoder = new TextEncoder();
  try {
    for (const json of ndjsonLines(records)) {
      let rest = json;
      for (;;) {
        const { read, written } = encoder.encodeInto(rest, plain.subarray(used));
        used += written;
        if (read === rest.length) break;
        // The buffer is full (up to 3 bytes short when a character did not fit) and more follows.
        rest = rest.slice(read);
        yield* seal(sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
      }
      if (used === plain.length) yield* seal(sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
      plain[used++] = NEWLINE;
    }
    // Never empty: it holds at least the newline that ends the trailer.
    yield* seal(sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL);
  } finally {
    plain.fill(0);
  }
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

// Only the four fields, checked with the reader's own schema: a backup the reader would refuse must
// fail now, while the journal is still there, not on the day it is restored.
function recordJson(record: BackupRecord): string {
  const { kind, id, schema, data } = record;
  let json: string | undefined;
  try {
    if (backupRecordSchema.safeParse({ kind, id, schema, data }).success) json = JSON.stringify({ kind, id, schema, data });
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
 * Streams the backup to `${path}.partial`, makes it durable, then renames it over `path`: a crash
 * leaves either the old file or the complete new one under that name, never half of one.
 */
export async function writeBackupFile(
  path: string,
  records: Iterable<BackupRecord>,
  key: Uint8Array,
  kdf: KdfParams,
  createdAt: Date,
): Promise<{ bytes: number }> {
  const pieces = encodeBackup(await loadSodium(), records, key, kdf, createdAt);
  const partial = `${path}.partial`;
  let step: keyof typeof FILE_MESSAGES = 'create';
  let handle: FileHandle | undefined;
  try {
    // A leftover from a crash is replaced; 'wx' then creates the file afresh with our mode and
    // refuses to follow a link planted under the .partial name.
    await rm(partial, { force: true });
    handle = await open(partial, 'wx', 0o600);
    step = 'write';
    const bytes = await writePieces(handle, pieces);
    await handle.sync();
    await handle.close();
    handle = undefined;
    step = 'save';
    await rename(partial, path);
    await syncFolder(dirname(path));
    return { bytes };
  } catch (e) {
    // close() waits for the writes still in flight, so nothing lands after the removal.
    await handle?.close().catch(() => undefined);
    await rm(partial, { force: true }).catch(() => undefined);
    if (e instanceof HearthError) throw e;
    throw new HearthError('FILE_ERROR', FILE_MESSAGES[step]);
  }
}

/**
 * Writes at explicit positions, so the OS copies and flushes one batch in the thread pool while
 * the next is serialised and encrypted here.
 */
async function writePieces(handle: FileHandle, pieces: Iterable<Uint8Array>): Promise<number> {
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
  for (const piece of pieces) {
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

/** Makes the rename itself durable. Windows cannot open a folder, and some file systems refuse to sync one. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw e;
  } finally {
    await handle?.close();
  }
}

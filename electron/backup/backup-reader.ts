// Reading a backup: every structural check happens before a record is believed, and every refusal
// is a BACKUP_UNREADABLE HearthError with the sentence the person will read.
import { isAscii } from 'node:buffer';
import { open, type FileHandle } from 'node:fs/promises';
import { HearthError } from '../../shared/errors';
import { loadSodium, type Sodium } from '../vault/sodium';
import {
  AD_BYTES,
  asBackupRecord,
  FIXED_PREFIX_BYTES,
  backupTrailerSchema,
  LENGTH_BYTES,
  MAX_HEADER_BYTES,
  MESSAGES,
  NEWLINE,
  parseBackupPrefix,
  SS_HEADER_BYTES,
  unreadable,
  type BackupHeader,
  type BackupRecord,
} from './backup-format';
import { deriveBackupKey } from './backup-key';
import { StreamWorker, type Opened } from './stream-worker';

/** The header, without the key: its KDF parameters are what the key is derived with. */
export function readBackupHeader(bytes: Uint8Array): { header: BackupHeader; prefixLength: number } {
  return parseBackupPrefix(bytes);
}

/** Ciphertexts go to a worker a few chunks per message, so the parsing here starts after the first few. */
const CHUNKS_PER_MESSAGE = 8;
/** Messages the worker may hold, opened or not, that this thread has not parsed yet. */
const MESSAGES_AHEAD = 4;

/**
 * The records of a whole backup in memory. With a worker, the chunks are opened on its thread while
 * this one parses the ones before; it is stopped before this returns or throws. Bytes in shared
 * memory (see readBackupBytes) reach the worker without a copy.
 */
export async function openBackup(file: Uint8Array, key: Uint8Array, worker?: StreamWorker): Promise<BackupRecord[]> {
  try {
    const bytes = worker ? shared(file) : file;
    const sodium = await loadSodium();
    const { header, prefixLength } = parseBackupPrefix(bytes);
    const start = prefixLength + SS_HEADER_BYTES;
    if (bytes.length < start || key.length !== sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES) throw unreadable();
    const ad = sodium.crypto_generichash(AD_BYTES, bytes.subarray(0, prefixLength), null);
    const ssHeader = bytes.subarray(prefixLength, start);
    const ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES;
    const chunks = ciphertexts(bytes, start, ABYTES, header.chunkBytes + ABYTES);
    const opening = new Opening(sodium);
    if (worker) {
      worker.initPull(key, ssHeader, ad);
      await openInWorker(worker, chunks, opening);
    } else {
      const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(ssHeader, key);
      // A view, not a copy: the wrapper copies it into the WASM heap once, as it must.
      for (const chunk of chunks) opening.next(chunk && (sodium.crypto_secretstream_xchacha20poly1305_pull(state, chunk, ad) || null));
    }
    return opening.finish();
  } finally {
    worker?.terminate();
  }
}

/**
 * Each chunk's ciphertext in turn, as a view of `bytes`, from `offset` to the end; null where the
 * framing breaks (a length cut short, out of range, or running past the end), and nothing after.
 */
function* ciphertexts(bytes: Uint8Array, offset: number, minLength: number, maxLength: number): Generator<Uint8Array | null, void, undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (offset < bytes.length) {
    const length = bytes.length - offset < LENGTH_BYTES ? -1 : view.getUint32(offset);
    offset += LENGTH_BYTES;
    if (length < minLength || length > maxLength || bytes.length - offset < length) {
      yield null;
      return;
    }
    yield bytes.subarray(offset, offset + length);
    offset += length;
  }
}

/**
 * Keeps the worker a few batches ahead of the parsing here, so it never waits for this thread and
 * never runs so far ahead that the plaintext of the whole file waits here at once (it opens chunks
 * faster than they are parsed); feeds what it opened in file order.
 */
async function openInWorker(worker: StreamWorker, chunks: Iterable<Uint8Array | null>, opening: Opening): Promise<void> {
  const opened: Array<Promise<Array<Opened | null>>> = [];
  const rest = chunks[Symbol.iterator]();
  let brokenOff = false;
  let allPosted = false;
  /** Hands the worker the next batch of chunks; false once there are no more. */
  const postNext = (): boolean => {
    if (allPosted) return false;
    const batch: Uint8Array[] = [];
    while (batch.length < CHUNKS_PER_MESSAGE) {
      const next = rest.next();
      if (next.done || !next.value) {
        brokenOff = !next.done;
        allPosted = true;
        break;
      }
      batch.push(next.value);
    }
    if (batch.length > 0) opened.push(worker.pull(batch));
    return !allPosted;
  };
  try {
    while (opened.length < MESSAGES_AHEAD) if (!postNext()) break;
    while (opened.length > 0) {
      const replies = await opened.shift()!;
      postNext();
      try {
        for (const reply of replies) opening.next(reply);
      } catch (e) {
        wipe(replies);
        throw e;
      }
    }
    if (brokenOff) opening.next(null);
  } catch (e) {
    // What the worker opened and nobody will read is wiped as it arrives.
    for (const replies of opened) void replies.then(wipe, () => undefined);
    throw e;
  }
}

function wipe(replies: Array<Opened | null>): void {
  for (const reply of replies) reply?.message.fill(0);
}

/** The same bytes in shared memory, where a worker can read them without a copy: copied once if need be. */
function shared(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.length));
  copy.set(bytes);
  return copy;
}

/** A backup file read straight into shared memory, as openBackup prefers it. */
export async function readBackupBytes(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    return bytes.subarray(0, await readInto(handle, bytes, 0, size));
  } finally {
    await handle.close();
  }
}

/** Reads the file's bytes from `from` up to `to` into `bytes` at the same offsets; the offset it reached (less at the end of a file that shrank). */
async function readInto(handle: FileHandle, bytes: Uint8Array, from: number, to: number): Promise<number> {
  for (let at = from; at < to; ) {
    const { bytesRead } = await handle.read(bytes, at, to - at, at);
    if (bytesRead === 0) return at;
    at += bytesRead;
  }
  return to;
}

/**
 * What the chunks have shown so far, fed to it in file order by either way of opening them. Until a
 * chunk opens, nothing tells a wrong passphrase from a damaged file; after, it is damage.
 */
class Opening {
  private readonly lines = new RecordLines();
  private readonly tagMessage: number;
  private readonly tagFinal: number;
  private failure: string = MESSAGES.unreadable;
  private final = false;

  constructor(sodium: Sodium) {
    this.tagMessage = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    this.tagFinal = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
  }

  /** The next chunk opened, or null where it did not open or where the file broke off. */
  next(opened: Opened | null): void {
    if (this.final) throw unreadable(MESSAGES.trailing);
    if (!opened) throw unreadable(this.failure);
    this.failure = MESSAGES.damaged;
    if (opened.tag !== this.tagMessage && opened.tag !== this.tagFinal) throw unreadable(this.failure);
    this.final = opened.tag === this.tagFinal;
    this.lines.push(opened.message, this.final);
  }

  finish(): BackupRecord[] {
    if (!this.final) throw unreadable(this.failure);
    return this.lines.finish();
  }
}
// A byte-order mark is never stripped: the writer never puts one at the start of a line.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf8Line(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw unreadable(MESSAGES.damaged);
  }
}

/**
 * NDJSON, parsed as each chunk arrives. Lines are cut at newline bytes (0x0A never occurs inside a
 * UTF-8 character) and parsed one by one; only a line that spans a chunk boundary is copied.
 */
class RecordLines {
  /** The bytes of the line not yet ended, copied out of their chunks, joined once at its end. */
  private carry: Uint8Array[] = [];
  private readonly records: BackupRecord[] = [];
  private ended = false;
  private inFinalChunk = false;

  push(plaintext: Uint8Array, final: boolean): void {
    this.inFinalChunk = final;
    try {
      const first = plaintext.indexOf(NEWLINE);
      if (first === -1) {
        if (plaintext.length > 0) this.carry.push(plaintext.slice());
        return;
      }
      let start = 0;
      if (this.carry.length > 0) {
        this.carry.push(plaintext.subarray(0, first));
        const joined = Buffer.concat(this.carry);
        for (const piece of this.carry) piece.fill(0);
        this.carry = [];
        try {
          this.lines(joined);
        } finally {
          joined.fill(0);
        }
        start = first + 1;
      }
      const last = plaintext.lastIndexOf(NEWLINE);
      if (last >= start) this.lines(plaintext.subarray(start, last));
      if (last + 1 < plaintext.length) this.carry.push(plaintext.slice(last + 1));
    } finally {
      plaintext.fill(0);
    }
  }

  finish(): BackupRecord[] {
    if (!this.ended || this.carry.length > 0) throw unreadable(MESSAGES.damaged);
    return this.records;
  }

  /**
   * One or more whole lines, without the newline that ends the last. They are copied into one
   * string a character per byte, which is right for ASCII, the great majority: an index in it is
   * an offset in `bytes`, so a line that is not ASCII is decoded again, from its own bytes.
   */
  private lines(bytes: Uint8Array): void {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = buffer.toString('latin1');
    const ascii = isAscii(buffer);
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      this.line(ascii || isAscii(buffer.subarray(start, end)) ? text.slice(start, end) : utf8Line(buffer.subarray(start, end)));
      if (newline === -1) return;
      start = end + 1;
    }
  }

  private line(text: string): void {
    if (this.ended) throw unreadable(MESSAGES.damaged);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw unreadable(MESSAGES.damaged);
    }
    const record = asBackupRecord(value);
    if (record) {
      this.records.push(record);
      return;
    }
    const trailer = backupTrailerSchema.safeParse(value);
    // The trailer ends the final chunk and nothing else: one encoding per backup, no slack to hide in.
    if (!trailer.success || trailer.data.records !== this.records.length || !this.inFinalChunk) throw unreadable(MESSAGES.damaged);
    this.ended = true;
  }
}

/**
 * Reads, derives the key from the header's KDF parameters, opens, and wipes the key. Only the
 * header is read before Argon2 runs; the rest of the file is read while it runs.
 */
export async function readBackupFile(path: string, passphrase: string): Promise<{ header: BackupHeader; records: BackupRecord[] }> {
  const handle = await fileStep(open(path, 'r'));
  let rest: Promise<Uint8Array> | undefined;
  try {
    const { size } = await fileStep(handle.stat());
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    const headBytes = Math.min(size, FIXED_PREFIX_BYTES + MAX_HEADER_BYTES);
    const headEnd = await fileStep(readInto(handle, bytes, 0, headBytes));
    // Refuses a foreign or tampered header before Argon2 runs with its parameters.
    const { header } = readBackupHeader(bytes.subarray(0, headEnd));
    // A file that ended within its head (it shrank since stat) has no rest to read.
    rest = fileStep(readInto(handle, bytes, headEnd, headEnd < headBytes ? headEnd : size)).then((end) => bytes.subarray(0, end));
    rest.catch(() => undefined);
    // The stream's thread loads and warms up libsodium while Argon2 derives the key.
    const worker = StreamWorker.start();
    try {
      const key = await deriveBackupKey(passphrase, header.kdf);
      try {
        return { header, records: await openBackup(await rest, key, worker) };
      } finally {
        (await loadSodium()).memzero(key);
      }
    } finally {
      worker.terminate();
    }
  } finally {
    // The handle stays open until the read under way has ended.
    await rest?.catch(() => undefined);
    await fileStep(handle.close());
  }
}

/** A step of reading the file; its failure is the person's file error, whatever the system said. */
async function fileStep<T>(step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch {
    throw new HearthError('FILE_ERROR', 'Hearth could not read the backup file.');
  }
}

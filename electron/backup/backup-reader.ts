// Reading a backup: every structural check happens before a record is believed, and every refusal
// is a BACKUP_UNREADABLE HearthError with the sentence the person will read.
import { isAscii } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { HearthError } from '../../shared/errors';
import { loadSodium } from '../vault/sodium';
import {
  AD_BYTES,
  backupRecordSchema,
  backupTrailerSchema,
  LENGTH_BYTES,
  MESSAGES,
  NEWLINE,
  parseBackupPrefix,
  SS_HEADER_BYTES,
  unreadable,
  type BackupHeader,
  type BackupRecord,
} from './backup-format';
import { deriveBackupKey } from './backup-key';

/** The header, without the key: its KDF parameters are what the key is derived with. */
export function readBackupHeader(bytes: Uint8Array): { header: BackupHeader; prefixLength: number } {
  return parseBackupPrefix(bytes);
}

export async function openBackup(bytes: Uint8Array, key: Uint8Array): Promise<BackupRecord[]> {
  const sodium = await loadSodium();
  const { header, prefixLength } = parseBackupPrefix(bytes);
  const ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES;
  const TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
  const TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
  let offset = prefixLength + SS_HEADER_BYTES;
  if (bytes.length < offset || key.length !== sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES) throw unreadable();

  const ad = sodium.crypto_generichash(AD_BYTES, bytes.subarray(0, prefixLength), null);
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(bytes.subarray(prefixLength, offset), key);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const maxCiphertext = header.chunkBytes + ABYTES;
  const lines = new RecordLines();
  // Until a chunk opens, nothing tells a wrong passphrase from a damaged file; after, it is damage.
  let failure: string = MESSAGES.unreadable;
  let final = false;
  while (offset < bytes.length) {
    if (final) throw unreadable(MESSAGES.trailing);
    if (bytes.length - offset < LENGTH_BYTES) throw unreadable(failure);
    const length = view.getUint32(offset);
    offset += LENGTH_BYTES;
    if (length < ABYTES || length > maxCiphertext || bytes.length - offset < length) throw unreadable(failure);
    // A view, not a copy: the wrapper copies it into the WASM heap once, as it must.
    const opened = sodium.crypto_secretstream_xchacha20poly1305_pull(state, bytes.subarray(offset, offset + length), ad);
    if (!opened) throw unreadable(failure);
    failure = MESSAGES.damaged;
    if (opened.tag !== TAG_MESSAGE && opened.tag !== TAG_FINAL) throw unreadable(failure);
    offset += length;
    final = opened.tag === TAG_FINAL;
    lines.push(opened.message, final);
  }
  if (!final) throw unreadable(failure);
  return lines.finish();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * NDJSON, parsed as each chunk arrives. Lines are cut at newline bytes (0x0A never occurs inside a
 * UTF-8 character) and decoded one by one; only a line that spans a chunk boundary is copied.
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
      let start = 0;
      for (let end = plaintext.indexOf(NEWLINE); end !== -1; end = plaintext.indexOf(NEWLINE, start)) {
        if (this.carry.length === 0) {
          this.line(plaintext.subarray(start, end));
        } else {
          this.carry.push(plaintext.subarray(start, end));
          const joined = Buffer.concat(this.carry);
          for (const piece of this.carry) piece.fill(0);
          this.carry = [];
          try {
            this.line(joined);
          } finally {
            joined.fill(0);
          }
        }
        start = end + 1;
      }
      if (start < plaintext.length) this.carry.push(plaintext.slice(start));
    } finally {
      plaintext.fill(0);
    }
  }

  finish(): BackupRecord[] {
    if (!this.ended || this.carry.length > 0) throw unreadable(MESSAGES.damaged);
    return this.records;
  }

  private line(bytes: Uint8Array): void {
    if (this.ended) throw unreadable(MESSAGES.damaged);
    let value: unknown;
    try {
      // Most lines are ASCII, which is copied rather than validated and decoded: much cheaper.
      const text = isAscii(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : utf8.decode(bytes);
      value = JSON.parse(text);
    } catch {
      throw unreadable(MESSAGES.damaged);
    }
    const record = backupRecordSchema.safeParse(value);
    if (record.success) {
      this.records.push(record.data);
      return;
    }
    const trailer = backupTrailerSchema.safeParse(value);
    // The trailer ends the final chunk and nothing else: one encoding per backup, no slack to hide in.
    if (!trailer.success || trailer.data.records !== this.records.length || !this.inFinalChunk) throw unreadable(MESSAGES.damaged);
    this.ended = true;
  }
}

/** Reads, derives the key from the header's KDF parameters, opens, and wipes the key. */
export async function readBackupFile(path: string, passphrase: string): Promise<{ header: BackupHeader; records: BackupRecord[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new HearthError('FILE_ERROR', 'Hearth could not read the backup file.');
  }
  // Refuses a foreign or tampered header before Argon2 runs with its parameters.
  const { header } = readBackupHeader(bytes);
  const key = await deriveBackupKey(passphrase, header.kdf);
  try {
    return { header, records: await openBackup(bytes, key) };
  } finally {
    (await loadSodium()).memzero(key);
  }
}

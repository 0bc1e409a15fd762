// The backup container, version 1. All integers are big-endian.
//
//   magic      8 bytes   "HEARTHBK"
//   version    1 byte    1
//   headerLen  4 bytes   uint32, 1 ... 64 KiB
//   header     headerLen bytes of UTF-8 JSON: { app: "hearth", format: 1, createdAt: ISO date-time,
//              kdf: { alg, opsLimit, memLimit, salt }, chunkBytes: 65536 }
//   ssHeader   24 bytes  crypto_secretstream_xchacha20poly1305 header
//   chunks     repeated: uint32 ciphertext length (17 ... chunkBytes + 17), then the ciphertext
//
// The key is Argon2id(backup passphrase, header.kdf); the header's KDF parameters must lie within
// the vault's floor and ceiling, so an edited header can neither weaken nor explode the KDF. Every
// chunk's additional data is BLAKE2b-256 of the bytes before ssHeader, so the header cannot be
// altered either. The plaintext is NDJSON, one BackupRecord per line, cut into chunks of at most
// chunkBytes (a line may span chunks), ending with the line {"end":true,"records":N}. Every chunk
// is TAG_MESSAGE except the last, which is TAG_FINAL: a stream without it is truncated, and any byte
// after it is refused.
import { z } from 'zod';
import { HearthError } from '../../shared/errors';
import { kdfParamsAcceptable, type KdfParams } from '../vault/kdf';

export const MAGIC = new TextEncoder().encode('HEARTHBK');
export const CONTAINER_VERSION = 1;
export const MAX_HEADER_BYTES = 64 * 1024;
export const CHUNK_BYTES = 65536;
/** Bounds a reader accepts for header.chunkBytes: every chunk is held in memory whole. */
export const MIN_CHUNK_BYTES = 1024;
export const MAX_CHUNK_BYTES = 1024 * 1024;
/** magic + version + headerLen. */
export const FIXED_PREFIX_BYTES = MAGIC.length + 1 + 4;
export const SS_HEADER_BYTES = 24;
export const LENGTH_BYTES = 4;
export const NEWLINE = 0x0a;
/** BLAKE2b-256 of the prefix is every chunk's additional data. */
export const AD_BYTES = 32;

export const MESSAGES = {
  unreadable: 'This backup cannot be opened: the passphrase is wrong or the file is damaged.',
  notBackup: 'This file is not a Hearth backup.',
  newer: 'This backup was made by a newer version of Hearth.',
  damaged: 'This backup is damaged or incomplete: part of it is missing or was changed.',
  trailing: 'This backup has unexpected data after its end; it may have been tampered with.',
} as const;

export function unreadable(message: string = MESSAGES.unreadable): HearthError {
  return new HearthError('BACKUP_UNREADABLE', message);
}

export const BACKUP_RECORD_KINDS = ['entry', 'person', 'settings', 'draft', 'checkin'] as const;

export interface BackupRecord {
  kind: (typeof BACKUP_RECORD_KINDS)[number];
  id: string;
  schema: number;
  data: unknown;
}

const RECORD_FIELDS: readonly string[] = ['kind', 'id', 'schema', 'data'];

/**
 * `value` as a BackupRecord, or null when it is not one: a known kind, an id of 1 to 256 characters,
 * a schema version that is a whole number from 0, data that JSON can carry (JSON.stringify drops
 * undefined, functions and symbols, so a record holding one would come back without data), and no
 * other field. Written out rather than as a zod schema: it runs for every record on both sides,
 * where zod took a tenth of the time of a whole backup.
 */
export function asBackupRecord(value: unknown): BackupRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  // for-in, not Object.keys: an inherited enumerable field is another field too.
  for (const field in value) if (!RECORD_FIELDS.includes(field)) return null;
  const { kind, id, schema, data } = value as Record<string, unknown>;
  if (!(BACKUP_RECORD_KINDS as readonly unknown[]).includes(kind)) return null;
  if (typeof id !== 'string' || id.length < 1 || id.length > 256) return null;
  if (typeof schema !== 'number' || !Number.isSafeInteger(schema) || schema < 0) return null;
  if (data === undefined || typeof data === 'function' || typeof data === 'symbol') return null;
  return value as BackupRecord;
}

export const backupTrailerSchema = z.strictObject({ end: z.literal(true), records: z.number().int().min(0) });

/** 16 bytes in canonical padded base64: 21 free characters, one with its low 4 bits zero, "==". */
const SALT = /^[A-Za-z0-9+/]{21}[AQgw]==$/;

export const backupHeaderSchema = z.strictObject({
  app: z.literal('hearth'),
  format: z.literal(CONTAINER_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  kdf: z
    .strictObject({
      alg: z.literal('argon2id13'),
      opsLimit: z.number().int(),
      memLimit: z.number().int(),
      salt: z.string().regex(SALT),
    })
    .refine(kdfParamsAcceptable),
  chunkBytes: z.number().int().min(MIN_CHUNK_BYTES).max(MAX_CHUNK_BYTES),
});

export type BackupHeader = z.output<typeof backupHeaderSchema>;

export function backupHeader(kdf: KdfParams, createdAt: Date): BackupHeader {
  const { alg, opsLimit, memLimit, salt } = kdf;
  return { app: 'hearth', format: CONTAINER_VERSION, createdAt: createdAt.toISOString(), kdf: { alg, opsLimit, memLimit, salt }, chunkBytes: CHUNK_BYTES };
}

/** magic + version + headerLen + header JSON. Throws if the header is one no reader would accept. */
export function encodeBackupPrefix(header: BackupHeader): Uint8Array {
  const checked = backupHeaderSchema.safeParse(header);
  if (!checked.success) throw new Error(`invalid backup header: ${checked.error.message}`);
  const json = new TextEncoder().encode(JSON.stringify(checked.data));
  if (json.length > MAX_HEADER_BYTES) throw new Error('backup header too long');
  const prefix = new Uint8Array(FIXED_PREFIX_BYTES + json.length);
  prefix.set(MAGIC, 0);
  const view = new DataView(prefix.buffer);
  view.setUint8(MAGIC.length, CONTAINER_VERSION);
  view.setUint32(MAGIC.length + 1, json.length);
  prefix.set(json, FIXED_PREFIX_BYTES);
  return prefix;
}

/**
 * The header and the length of the prefix (the bytes before ssHeader, which the chunks' additional
 * data hashes). Refuses, with the sentence the person will read, a file that is not a backup, one
 * from a newer Hearth, and a header that is malformed or asks for KDF parameters out of range.
 */
export function parseBackupPrefix(bytes: Uint8Array): { header: BackupHeader; prefixLength: number } {
  for (let i = 0; i < MAGIC.length; i++) {
    if (i >= bytes.length) throw unreadable(i === 0 ? MESSAGES.notBackup : MESSAGES.unreadable);
    if (bytes[i] !== MAGIC[i]) throw unreadable(MESSAGES.notBackup);
  }
  if (bytes.length < FIXED_PREFIX_BYTES) throw unreadable();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(MAGIC.length);
  if (version > CONTAINER_VERSION) throw unreadable(MESSAGES.newer);
  if (version !== CONTAINER_VERSION) throw unreadable();
  const headerLength = view.getUint32(MAGIC.length + 1);
  const prefixLength = FIXED_PREFIX_BYTES + headerLength;
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES || bytes.length < prefixLength) throw unreadable();
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(FIXED_PREFIX_BYTES, prefixLength)));
  } catch {
    throw unreadable();
  }
  const header = backupHeaderSchema.safeParse(json);
  if (!header.success) throw unreadable();
  return { header: header.data, prefixLength };
}

// Every record is one XChaCha20-Poly1305 box of pad(JSON, 256) under a per-kind subkey of the data
// key. The associated data binds format version, kind, id and schema version, so a box moved to
// another row or kind, or a flipped bit, fails to open.
import type { Sodium } from './sodium';

export const FORMAT_VERSION = 1;
export const PAD_BLOCK = 256;

export const RECORD_KINDS = { entry: 1, person: 2, settings: 3 } as const;
export type RecordKind = keyof typeof RECORD_KINDS;

export function isRecordKind(kind: string): kind is RecordKind {
  return Object.hasOwn(RECORD_KINDS, kind);
}

export interface SealedRecord {
  id: string;
  kind: string;
  format: number;
  schema: number;
  nonce: Uint8Array;
  box: Uint8Array;
}

const KDF_CONTEXT = 'hearthrc';
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function recordAd(format: number, kind: string, id: string, schema: number): Uint8Array {
  return encoder.encode(`hearth:${format}:${kind}:${id}:${schema}`);
}

/**
 * Strips ISO/IEC 7816-4 padding (what sodium_pad writes) without copying: the last non-zero byte
 * of the final block must be the 0x80 marker. Authenticated boxes are padded correctly, so a
 * failure here means a bug, not an attack; it is still refused.
 */
export function unpad(padded: Uint8Array): Uint8Array {
  const floor = Math.max(0, padded.length - PAD_BLOCK);
  for (let i = padded.length - 1; i >= floor; i--) {
    if (padded[i] === 0x80) return padded.subarray(0, i);
    if (padded[i] !== 0) break;
  }
  throw new Error('invalid padding');
}

export class RecordCipher {
  private readonly subkeys = new Map<string, Uint8Array>();

  constructor(
    private readonly sodium: Sodium,
    dataKey: Uint8Array,
  ) {
    for (const [kind, subkeyId] of Object.entries(RECORD_KINDS)) {
      this.subkeys.set(kind, sodium.crypto_kdf_derive_from_key(32, subkeyId, KDF_CONTEXT, dataKey));
    }
  }

  seal(kind: RecordKind, id: string, schema: number, value: unknown): SealedRecord {
    const { sodium } = this;
    const padded = sodium.pad(encoder.encode(JSON.stringify(value)), PAD_BLOCK);
    const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      padded,
      recordAd(FORMAT_VERSION, kind, id, schema),
      null,
      nonce,
      this.subkey(kind),
    );
    // fill() is a native memset; the wrapper's memzero is a JS loop, too slow for every record.
    padded.fill(0);
    return { id, kind, format: FORMAT_VERSION, schema, nonce, box };
  }

  /** The decrypted value; throws when the record was altered, moved or is of an unknown kind. */
  open(record: SealedRecord): unknown {
    if (record.format !== FORMAT_VERSION || !isRecordKind(record.kind)) throw new Error('unknown record format or kind');
    const { sodium } = this;
    const padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      record.box,
      recordAd(record.format, record.kind, record.id, record.schema),
      record.nonce,
      this.subkey(record.kind),
    );
    const value: unknown = JSON.parse(decoder.decode(unpad(padded)));
    padded.fill(0);
    return value;
  }

  wipe(): void {
    for (const key of this.subkeys.values()) this.sodium.memzero(key);
    this.subkeys.clear();
  }

  private subkey(kind: RecordKind): Uint8Array {
    const key = this.subkeys.get(kind);
    if (!key) throw new Error('the record cipher was wiped');
    return key;
  }
}

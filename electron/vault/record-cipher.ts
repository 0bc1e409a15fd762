// Every record is one XChaCha20-Poly1305 box of pad(JSON, 256) under a per-kind subkey of the data
// key. The associated data binds format version, kind, id and schema version, so a box moved to
// another row or kind, or a flipped bit, fails to open.
import { BoxSealer } from './box-sealer';
import { randomNonce } from './nonces';
import { paddingEnd, RecordOpener } from './record-opener';
import type { SealedRecord } from './sealed-record';
import type { Sodium } from './sodium';

export const FORMAT_VERSION = 1;
export const PAD_BLOCK = 256;

// Subkey ids are never reused: 5 is the check-ins' (questionnaire answers), added after drafts.
export const RECORD_KINDS = { entry: 1, person: 2, settings: 3, draft: 4, checkin: 5 } as const;
export type RecordKind = keyof typeof RECORD_KINDS;

export type { SealedRecord };

export const KDF_CONTEXT = 'hearthrc';
/** Subkey id of the journal-wide manifest: apart from every record kind's, present or future. */
const MANIFEST_SUBKEY_ID = 64;
/** Subkey ids of a sync folder's change files and of this device's sync state in hearth.db (see ./sync-key.ts). */
export const SYNC_SUBKEY_ID = 65;
export const SYNC_STATE_SUBKEY_ID = 66;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function recordAd(format: number, kind: string, id: string, schema: number): string {
  return `hearth:${format}:${kind}:${id}:${schema}`;
}

/**
 * Opens one record to its JSON text, or null when it is altered, moved, of an unknown kind or
 * badly padded. The unlock worker opens records with it too, on the other core; see ./unlock.worker.ts.
 */
export function openRecordText(
  sodium: Sodium,
  subkeys: Readonly<Record<string, Uint8Array>>,
  record: SealedRecord,
  textDecoder: { decode(input: Uint8Array): string },
  formatVersion: number,
  padBlock: number,
): string | null {
  const subkey = Object.hasOwn(subkeys, record.kind) ? subkeys[record.kind] : undefined;
  if (record.format !== formatVersion || subkey === undefined) return null;
  let padded: Uint8Array;
  try {
    padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      record.box,
      `hearth:${record.format}:${record.kind}:${record.id}:${record.schema}`,
      record.nonce,
      subkey,
    );
  } catch {
    return null;
  }
  const end = paddingEnd(padded, padBlock);
  let text: string | null = null;
  if (end >= 0) {
    try {
      text = textDecoder.decode(padded.subarray(0, end));
    } catch {
      text = null;
    }
  }
  // fill() is a native memset; the wrapper's memzero is a JS loop, too slow for every record.
  padded.fill(0);
  return text;
}

/**
 * UTF-8 of `json` with ISO/IEC 7816-4 padding to a multiple of PAD_BLOCK, exactly as sodium_pad
 * writes it (a 0x80 marker, then zeros; always at least the marker), in one buffer and one copy.
 */
export function padJson(json: string): Uint8Array {
  const length = Buffer.byteLength(json, 'utf8');
  const padded = new Uint8Array((Math.floor(length / PAD_BLOCK) + 1) * PAD_BLOCK);
  encoder.encodeInto(json, padded);
  padded[length] = 0x80;
  return padded;
}

/** One subkey per kind of record, so a box can never be opened as another kind. */
export function deriveSubkeys(sodium: Sodium, dataKey: Uint8Array): Record<RecordKind, Uint8Array> {
  const subkeys = {} as Record<RecordKind, Uint8Array>;
  for (const [kind, subkeyId] of Object.entries(RECORD_KINDS) as Array<[RecordKind, number]>) {
    subkeys[kind] = sodium.crypto_kdf_derive_from_key(32, subkeyId, KDF_CONTEXT, dataKey);
  }
  return subkeys;
}

function manifestAd(vaultId: string, counter: number): string {
  return `hearth:${FORMAT_VERSION}:manifest:${vaultId}:${counter}`;
}

function headAd(vaultId: string, counter: number): string {
  return `hearth:${FORMAT_VERSION}:manifest-head:${vaultId}:${counter}`;
}

/** A delta follows the write before it; its own label, so a base never opens as a delta nor one as a base. */
function deltaAd(vaultId: string, counter: number): string {
  return `hearth:${FORMAT_VERSION}:manifest-delta:${vaultId}:${counter - 1}:${counter}`;
}

/** The names of the manifest's and the sync bookkeeping's keys in the sealer: no record kind's. */
const MANIFEST_KEY = '#manifest';
const SYNC_STATE_KEY = '#sync-state';

export class RecordCipher {
  private subkeys: Record<string, Uint8Array> = {};
  private manifestKey: Uint8Array;
  private syncKey: Uint8Array;
  private syncStateKey: Uint8Array;
  /** Seals records and the manifest's boxes; made at the first seal, as most ciphers of a session only open. */
  private sealer: BoxSealer | null = null;
  private wiped = false;

  constructor(
    private readonly sodium: Sodium,
    dataKey: Uint8Array,
  ) {
    this.subkeys = deriveSubkeys(sodium, dataKey);
    this.manifestKey = sodium.crypto_kdf_derive_from_key(32, MANIFEST_SUBKEY_ID, KDF_CONTEXT, dataKey);
    this.syncKey = sodium.crypto_kdf_derive_from_key(32, SYNC_SUBKEY_ID, KDF_CONTEXT, dataKey);
    this.syncStateKey = sodium.crypto_kdf_derive_from_key(32, SYNC_STATE_SUBKEY_ID, KDF_CONTEXT, dataKey);
  }

  /** The key of the sync folder's change files; valid until wipe(). */
  syncFolderKey(): Uint8Array {
    return this.syncKey;
  }

  /** Seals a piece of this device's sync state (stamps, names, the folder); `ad` names the row it belongs to. */
  sealSyncState(ad: string, json: string): { nonce: Uint8Array; box: Uint8Array } {
    const nonce = randomNonce(this.sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    return { nonce, box: this.boxSealer().seal(SYNC_STATE_KEY, `hearth-sync-state:${ad}`, json, nonce) };
  }

  /** The JSON text sealSyncState sealed for `ad`, or null when altered or moved to another row. */
  openSyncState(ad: string, nonce: Uint8Array, box: Uint8Array): string | null {
    let padded: Uint8Array;
    try {
      padded = this.sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, box, `hearth-sync-state:${ad}`, nonce, this.syncStateKey);
    } catch {
      return null;
    }
    const text = decoder.decode(padded.subarray(0, padded.lastIndexOf(0x80)));
    padded.fill(0);
    return text;
  }

  /** Seals the journal's manifest; the associated data binds the vault and the change counter. */
  sealManifest(vaultId: string, counter: number, json: string): { nonce: Uint8Array; box: Uint8Array } {
    return this.sealUnderManifestKey(manifestAd(vaultId, counter), json);
  }

  /** The manifest's JSON text, or null when it was altered or belongs to another counter or vault. */
  openManifest(vaultId: string, counter: number, nonce: Uint8Array, box: Uint8Array): string | null {
    return this.openUnderManifestKey(manifestAd(vaultId, counter), nonce, box);
  }

  /** Seals the head of the manifest log at `counter`: which base the deltas follow. */
  sealManifestHead(vaultId: string, counter: number, json: string): { nonce: Uint8Array; box: Uint8Array } {
    return this.sealUnderManifestKey(headAd(vaultId, counter), json);
  }

  /** The head's JSON text, or null when it was altered or belongs to another counter or vault. */
  openManifestHead(vaultId: string, counter: number, nonce: Uint8Array, box: Uint8Array): string | null {
    return this.openUnderManifestKey(headAd(vaultId, counter), nonce, box);
  }

  /** Seals one write's manifest delta, bound to the vault, its counter and the one before. */
  sealManifestDelta(vaultId: string, counter: number, json: string): { nonce: Uint8Array; box: Uint8Array } {
    return this.sealUnderManifestKey(deltaAd(vaultId, counter), json);
  }

  /** A delta's JSON text, or null when it was altered or belongs to another counter or vault. */
  openManifestDelta(vaultId: string, counter: number, nonce: Uint8Array, box: Uint8Array): string | null {
    return this.openUnderManifestKey(deltaAd(vaultId, counter), nonce, box);
  }

  private sealUnderManifestKey(ad: string, json: string): { nonce: Uint8Array; box: Uint8Array } {
    const nonce = randomNonce(this.sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    return { nonce, box: this.boxSealer().seal(MANIFEST_KEY, ad, json, nonce) };
  }

  private openUnderManifestKey(ad: string, nonce: Uint8Array, box: Uint8Array): string | null {
    let padded: Uint8Array;
    try {
      padded = this.sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, box, ad, nonce, this.manifestKey);
    } catch {
      return null;
    }
    // Authenticated, so padded and encoded as the sealing wrote it.
    const text = decoder.decode(padded.subarray(0, padded.lastIndexOf(0x80)));
    padded.fill(0);
    return text;
  }

  seal(kind: RecordKind, id: string, schema: number, value: unknown): SealedRecord {
    return this.sealJson(kind, id, schema, JSON.stringify(value));
  }

  /** seal() for a value already serialised, when the caller keeps the text too. */
  sealJson(kind: RecordKind, id: string, schema: number, json: string): SealedRecord {
    // The OS CSPRNG: libsodium.js would fetch its random bytes four at a time.
    const nonce = randomNonce(this.sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const box = this.boxSealer().seal(kind, recordAd(FORMAT_VERSION, kind, id, schema), json, nonce);
    return { id, kind, format: FORMAT_VERSION, schema, nonce, box };
  }

  /** The decrypted value; throws when the record was altered, moved or is of an unknown kind. */
  open(record: SealedRecord): unknown {
    return JSON.parse(this.openText(record));
  }

  /** The decrypted JSON text; throws as open() does. */
  openText(record: SealedRecord): string {
    const text = openRecordText(this.sodium, this.subkeys, record, decoder, FORMAT_VERSION, PAD_BLOCK);
    if (text === null) throw new Error(`record ${record.id} cannot be opened`);
    return text;
  }

  /** An opener of many records under this cipher's subkeys (copies of them: the caller wipes it). */
  opener(): RecordOpener {
    return new RecordOpener(this.sodium, this.subkeys, FORMAT_VERSION, PAD_BLOCK);
  }

  wipe(): void {
    this.wiped = true;
    this.sealer?.wipe();
    this.sealer = null;
    for (const key of Object.values(this.subkeys)) key.fill(0);
    this.subkeys = {};
    this.manifestKey.fill(0);
    this.syncKey.fill(0);
    this.syncStateKey.fill(0);
  }

  private boxSealer(): BoxSealer {
    if (this.wiped) throw new Error('the record cipher was wiped');
    this.sealer ??= new BoxSealer(this.sodium, { ...this.subkeys, [MANIFEST_KEY]: this.manifestKey, [SYNC_STATE_KEY]: this.syncStateKey }, PAD_BLOCK);
    return this.sealer;
  }
}

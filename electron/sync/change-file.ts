// One change file: the changes one device published under one sequence number, sealed whole.
//
//   "HRTHSYNC" | version (1 byte) | journal id (16 bytes) | box length (4 bytes, big-endian)
//   | nonce (24 bytes) | XChaCha20-Poly1305 box of pad(JSON, 256)
//
// The associated data is the header plus the device id and sequence number the file's path names,
// so a file moved to another device's folder or renamed to another number does not open. The
// header is in the clear on purpose: a file cut short by a sync tool still arriving is told apart
// from one altered, and a file of another journal is named as such; it says nothing of the content.
import { padJson, PAD_BLOCK } from '../vault/record-cipher';
import { randomNonce } from '../vault/nonces';
import type { Sodium } from '../vault/sodium';
import { openFolderBox } from './folder-box';
import type { Change } from './merge';
import { parseChanges } from './change-schema';

const MAGIC = new TextEncoder().encode('HRTHSYNC');
const VERSION = 1;
const HEADER_BYTES = MAGIC.length + 1 + 16 + 4;
const NONCE_BYTES = 24;

export interface ChangeFileName {
  readonly device: string;
  readonly seq: number;
}

export type OpenedChangeFile =
  | { readonly ok: true; readonly changes: Change[] }
  | { readonly ok: false; readonly reason: ChangeFileProblem };

/**
 * Why a file was not applied. `incomplete` is retried on the next round (a sync tool may still be
 * writing it); every other reason is reported with the file's name and the file is left alone.
 */
export type ChangeFileProblem = 'incomplete' | 'not-a-change-file' | 'other-journal' | 'does-not-open' | 'not-readable';

export const CHANGE_FILE_PROBLEMS: Record<ChangeFileProblem, string> = {
  incomplete: 'the file is not complete yet; it is tried again on the next round',
  'not-a-change-file': 'this is not a Hearth change file',
  'other-journal': 'this change file belongs to another journal',
  'does-not-open': 'this change file was altered, moved or renamed, so it does not open with this journal’s key',
  'not-readable': 'this change file holds records this version of Hearth cannot read; update Hearth on this computer',
};

function journalBytes(journalId: string): Uint8Array {
  const hex = journalId.replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error('a journal id is a UUID');
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

function associatedData(header: Uint8Array, tail: string): Uint8Array {
  const bytes = new TextEncoder().encode(tail);
  const ad = new Uint8Array(header.length + bytes.length);
  ad.set(header);
  ad.set(bytes, header.length);
  return ad;
}

/** What binds a change file to its path: the device and number its name carries. */
const changeTail = (name: ChangeFileName) => `:${name.device}:${name.seq}`;

/**
 * Seals `json` in the layout above; `tail` (bound into the associated data) names what the file is
 * and where it lives, so a file opens only under the name it was written for. Change files and
 * snapshots (./snapshot-file.ts) share the layout with different tails.
 */
export function sealFolderFile(sodium: Sodium, syncKey: Uint8Array, journalId: string, tail: string, json: string): Uint8Array {
  const padded = padJson(json);
  const boxLength = padded.length + sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES;
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC);
  header[MAGIC.length] = VERSION;
  header.set(journalBytes(journalId), MAGIC.length + 1);
  new DataView(header.buffer).setUint32(MAGIC.length + 17, boxLength);
  const nonce = randomNonce(NONCE_BYTES);
  const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, associatedData(header, tail), null, nonce, syncKey);
  padded.fill(0);
  const file = new Uint8Array(HEADER_BYTES + NONCE_BYTES + box.length);
  file.set(header);
  file.set(nonce, HEADER_BYTES);
  file.set(box, HEADER_BYTES + NONCE_BYTES);
  return file;
}

export type OpenedFolderFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: ChangeFileProblem };

/** The JSON text sealFolderFile sealed under `tail`, or why not. */
export function openFolderFile(sodium: Sodium, syncKey: Uint8Array, journalId: string, tail: string, file: Uint8Array): OpenedFolderFile {
  // What has arrived of the magic and version must match; the rest may still be on its way.
  const startsRight = MAGIC.every((byte, i) => i >= file.length || file[i] === byte) && (file.length <= MAGIC.length || file[MAGIC.length] === VERSION);
  if (!startsRight) return { ok: false, reason: 'not-a-change-file' };
  if (file.length < HEADER_BYTES) return { ok: false, reason: 'incomplete' };
  const header = file.subarray(0, HEADER_BYTES);
  const ownJournal = journalBytes(journalId);
  if (!ownJournal.every((byte, i) => header[MAGIC.length + 1 + i] === byte)) return { ok: false, reason: 'other-journal' };
  const boxLength = new DataView(file.buffer, file.byteOffset + MAGIC.length + 17, 4).getUint32(0);
  const expected = HEADER_BYTES + NONCE_BYTES + boxLength;
  if (file.length < expected) return { ok: false, reason: 'incomplete' };
  if (file.length > expected || boxLength % PAD_BLOCK !== sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES) return { ok: false, reason: 'does-not-open' };
  const text = openFolderBox(sodium, syncKey, associatedData(header, tail), file.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES), file.subarray(HEADER_BYTES + NONCE_BYTES));
  return text === null ? { ok: false, reason: 'does-not-open' } : { ok: true, text };
}

export function sealChangeFile(sodium: Sodium, syncKey: Uint8Array, journalId: string, name: ChangeFileName, changes: readonly Change[]): Uint8Array {
  return sealFolderFile(sodium, syncKey, journalId, changeTail(name), JSON.stringify({ v: VERSION, changes }));
}

export function openChangeFile(sodium: Sodium, syncKey: Uint8Array, journalId: string, name: ChangeFileName, file: Uint8Array): OpenedChangeFile {
  const opened = openFolderFile(sodium, syncKey, journalId, changeTail(name), file);
  if (!opened.ok) return opened;
  const changes = parseChanges(opened.text, name.device);
  return changes === null ? { ok: false, reason: 'does-not-open' } : { ok: true, changes };
}

// Opens records in bulk, as the unlock does for every record of the journal, on either thread. It
// calls the same libsodium function as openRecordText (crypto_aead_xchacha20poly1305_ietf_decrypt)
// in libsodium's own WebAssembly module, with the subkeys, nonce, box and plaintext in buffers of
// the module's heap made once: the wrappers' decrypt allocates and copies five buffers for each
// call, encodes the associated data through a fresh array and copies the plaintext out again, which
// cost the unlock about as much as the decryption itself.
import type { SealedRecord } from './sealed-record';
import type { Sodium } from './sodium';
import { HeapScratch, NONCE_BYTES, TAG_BYTES } from './sodium-wasm';

/**
 * Where the padding of an opened box starts, or -1 when it is not padded right. ISO/IEC 7816-4
 * padding, as sodium_pad writes it: the last non-zero byte of the final block is 0x80. Found
 * without a copy; a box that authenticates is padded right, but we check anyway.
 */
export function paddingEnd(padded: Uint8Array, padBlock: number): number {
  for (let i = padded.length - 1; i >= Math.max(0, padded.length - padBlock); i--) {
    if (padded[i] === 0x80) return i;
    if (padded[i] !== 0) return -1;
  }
  return -1;
}

export class RecordOpener {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly encoder = new TextEncoder();
  /** The subkeys by record kind, and buffers for the associated data, the box and the plaintext. */
  private readonly scratch: HeapScratch;

  /** Copies `subkeys` (by record kind) into the module's heap; wipe() zeroes them there. */
  constructor(
    sodium: Sodium,
    subkeys: Readonly<Record<string, Uint8Array>>,
    private readonly formatVersion: number,
    private readonly padBlock: number,
  ) {
    this.scratch = new HeapScratch(sodium, subkeys, 0);
    this.scratch.reserve(4096, 4096);
  }

  /** The record's JSON text, or null when it does not open: exactly openRecordText's answer. */
  open(record: SealedRecord): string | null {
    const { scratch } = this;
    const key = scratch.keys.get(record.kind);
    if (key === undefined || record.format !== this.formatVersion) return null;
    if (record.nonce.length !== NONCE_BYTES || record.box.length < TAG_BYTES) return null;
    const ad = `hearth:${record.format}:${record.kind}:${record.id}:${record.schema}`;
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    scratch.reserve(Math.max(record.box.length, ad.length * 3), scratch.capacity * 2);
    const { at: buffers, capacity, wasm } = scratch;
    const heap = wasm.HEAPU8;
    const adLength = this.encoder.encodeInto(ad, heap.subarray(buffers, buffers + capacity)).written;
    const box = buffers + capacity;
    const plain = box + capacity;
    const length = record.box.length - TAG_BYTES;
    heap.set(record.nonce, scratch.keys.nonce);
    heap.set(record.box, box);
    let text: string | null = null;
    if (wasm._crypto_aead_xchacha20poly1305_ietf_decrypt(plain, 0, 0, box, record.box.length, 0, buffers, adLength, 0, scratch.keys.nonce, key) === 0) {
      const padded = heap.subarray(plain, plain + length);
      const end = paddingEnd(padded, this.padBlock);
      if (end >= 0) {
        try {
          text = this.decoder.decode(padded.subarray(0, end));
        } catch {
          text = null;
        }
      }
    }
    heap.fill(0, plain, plain + length);
    return text;
  }

  /** Zeroes the subkeys and every plaintext in the module's heap and gives the memory back; the opener opens nothing after. */
  wipe(): void {
    this.scratch.wipe();
  }
}

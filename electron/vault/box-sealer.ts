// Seals boxes as RecordCipher always has: XChaCha20-Poly1305 over the UTF-8 of a JSON text padded
// as padJson pads it, by crypto_aead_xchacha20poly1305_ietf_encrypt in libsodium's own WebAssembly
// module. The keys are copied into the module's heap once, and the text is encoded and padded
// straight into a buffer there: the wrappers' encrypt allocates and copies five buffers on each
// call, besides the padded copy made for it, which on one add (three boxes) cost about as much as
// the encryption itself. The output is the wrappers' to the byte (tests/unit/vault/box-sealer.test.ts).
import type { Sodium } from './sodium';
import { HeapScratch, NONCE_BYTES, TAG_BYTES } from './sodium-wasm';

/** Buffers kept between seals; a larger text (a big import's delta) gets its own, given back after. */
const KEPT_BYTES = 16 * 1024;

export class BoxSealer {
  private readonly encoder = new TextEncoder();
  /** The keys by name, and buffers for the associated data and the padded text, then the box (TAG_BYTES longer). */
  private readonly scratch: HeapScratch;

  /** Copies `keys` (by name) into the module's heap; wipe() zeroes them there. */
  constructor(
    sodium: Sodium,
    keys: Readonly<Record<string, Uint8Array>>,
    private readonly padBlock: number,
  ) {
    this.scratch = new HeapScratch(sodium, keys, TAG_BYTES);
    this.scratch.reserve(KEPT_BYTES, KEPT_BYTES);
  }

  /** The box of `json`, padded, under the key named `key`, bound to `ad`, with `nonce`; the text leaves no copy in the heap. */
  seal(key: string, ad: string, json: string, nonce: Uint8Array): Uint8Array {
    const { scratch } = this;
    const k = scratch.keys.get(key);
    if (k === undefined) throw new Error('no such key: the sealer was wiped');
    if (nonce.length !== NONCE_BYTES) throw new Error('a nonce must be 24 bytes');
    const length = Buffer.byteLength(json, 'utf8');
    const padded = (Math.floor(length / this.padBlock) + 1) * this.padBlock;
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const size = Math.max(padded, ad.length * 3);
    scratch.reserve(size, KEPT_BYTES);
    const { at: buffers, capacity, wasm } = scratch;
    const plain = buffers + capacity;
    const box = plain + capacity;
    const heap = wasm.HEAPU8;
    const adLength = this.encoder.encodeInto(ad, heap.subarray(buffers, plain)).written;
    this.encoder.encodeInto(json, heap.subarray(plain, plain + length));
    heap[plain + length] = 0x80;
    heap.fill(0, plain + length + 1, plain + padded);
    heap.set(nonce, scratch.keys.nonce);
    const sealed = wasm._crypto_aead_xchacha20poly1305_ietf_encrypt(box, 0, plain, padded, 0, buffers, adLength, 0, 0, scratch.keys.nonce, k);
    heap.fill(0, plain, plain + padded);
    if (sealed !== 0) throw new Error('libsodium could not seal the box');
    const out = heap.slice(box, box + padded + TAG_BYTES);
    if (size > KEPT_BYTES) scratch.release();
    return out;
  }

  /** Zeroes the keys in the module's heap and gives its memory back; the sealer seals nothing after. */
  wipe(): void {
    this.scratch.wipe();
  }
}

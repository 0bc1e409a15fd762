// Opens the box of a folder file (./change-file.ts) in libsodium's own WebAssembly module, as the
// record opener does (../vault/record-opener.ts), and decodes the text where it was opened. The
// wrappers' decrypt copies the plaintext out of the module's heap into a fresh array first: for a
// change file of a thousand entries, a megabyte and more allocated, copied and zeroed each round.
import type { Sodium } from '../vault/sodium';
import { allocate, HeapScratch, NONCE_BYTES, TAG_BYTES } from '../vault/sodium-wasm';

const decoder = new TextDecoder();

/**
 * The text inside an XChaCha20-Poly1305 box (padded as padJson pads: the text ends at the last
 * 0x80), or null when the box does not open with `key` and `ad`: the wrappers' answer, by address.
 */
export function openFolderBox(sodium: Sodium, key: Uint8Array, ad: Uint8Array, nonce: Uint8Array, box: Uint8Array): string | null {
  if (box.length < TAG_BYTES || nonce.length !== NONCE_BYTES) return null;
  const scratch = new HeapScratch(sodium, { folder: key }, 0);
  try {
    const { wasm } = scratch;
    const length = box.length - TAG_BYTES;
    const adAt = allocate(wasm, ad.length + box.length + length);
    const boxAt = adAt + ad.length;
    const plainAt = boxAt + box.length;
    try {
      // Read after allocating: the heap may have grown, which replaces HEAPU8.
      const heap = wasm.HEAPU8;
      heap.set(ad, adAt);
      heap.set(box, boxAt);
      heap.set(nonce, scratch.keys.nonce);
      if (wasm._crypto_aead_xchacha20poly1305_ietf_decrypt(plainAt, 0, 0, boxAt, box.length, 0, adAt, ad.length, 0, scratch.keys.nonce, scratch.keys.get('folder')!) !== 0) return null;
      const padded = heap.subarray(plainAt, plainAt + length);
      // Authenticated, so padded and encoded as it was sealed.
      return decoder.decode(padded.subarray(0, padded.lastIndexOf(0x80)));
    } finally {
      wasm.HEAPU8.fill(0, plainAt, plainAt + length);
      wasm._free(adAt);
    }
  } finally {
    scratch.wipe();
  }
}

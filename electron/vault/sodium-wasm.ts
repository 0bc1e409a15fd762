// libsodium's WebAssembly module, reached under its wrappers (their `libsodium`, left out of their
// typings): what the bulk opener and the box sealer call with buffers of the module's heap made once.
import type { Sodium } from './sodium';

/** What is called of the module. Each 64-bit length is passed as two 32-bit halves, low first. */
export interface SodiumWasm {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(at: number): void;
  _crypto_aead_xchacha20poly1305_ietf_decrypt(
    m: number,
    mlenP: number,
    nsec: number,
    c: number,
    clen: number,
    clenHigh: number,
    ad: number,
    adlen: number,
    adlenHigh: number,
    npub: number,
    k: number,
  ): number;
  _crypto_aead_xchacha20poly1305_ietf_encrypt(
    c: number,
    clenP: number,
    m: number,
    mlen: number,
    mlenHigh: number,
    ad: number,
    adlen: number,
    adlenHigh: number,
    nsec: number,
    npub: number,
    k: number,
  ): number;
}

export function wasmOf(sodium: Sodium): SodiumWasm {
  const wasm = (sodium as unknown as { libsodium?: Partial<SodiumWasm> }).libsodium;
  if (
    typeof wasm?._crypto_aead_xchacha20poly1305_ietf_decrypt !== 'function' ||
    typeof wasm._crypto_aead_xchacha20poly1305_ietf_encrypt !== 'function' ||
    typeof wasm._malloc !== 'function' ||
    !wasm.HEAPU8
  ) {
    throw new Error('this libsodium build does not expose its WebAssembly module');
  }
  return wasm as SodiumWasm;
}

/** `size` bytes of the module's heap; read HEAPU8 again after, as the heap may have grown. */
export function allocate(wasm: SodiumWasm, size: number): number {
  const at = wasm._malloc(size);
  if (at === 0) throw new Error('libsodium is out of memory');
  return at;
}

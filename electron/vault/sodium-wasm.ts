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

const KEY_BYTES = 32;
export const NONCE_BYTES = 24;
export const TAG_BYTES = 16;

/**
 * Named 32-byte keys copied into the module's heap once, one after another, with room for a call's
 * nonce after them: what the opener and the sealer pass to libsodium by address.
 */
class HeapKeys {
  private readonly at = new Map<string, number>();
  private readonly start: number;
  /** Where each call puts its nonce. */
  readonly nonce: number;

  constructor(
    private readonly wasm: SodiumWasm,
    keys: Readonly<Record<string, Uint8Array>>,
  ) {
    const names = Object.keys(keys);
    if (names.some((name) => keys[name]!.length !== KEY_BYTES)) throw new Error('a key must be 32 bytes');
    this.start = allocate(wasm, names.length * KEY_BYTES + NONCE_BYTES);
    this.nonce = this.start + names.length * KEY_BYTES;
    names.forEach((name, k) => {
      wasm.HEAPU8.set(keys[name]!, this.start + k * KEY_BYTES);
      this.at.set(name, this.start + k * KEY_BYTES);
    });
  }

  /** The address of the key named `name`; undefined for another name, or once wiped. */
  get(name: string): number | undefined {
    return this.at.get(name);
  }

  get wiped(): boolean {
    return this.at.size === 0;
  }

  /** Zeroes the keys and the nonce in the heap and gives the memory back. */
  wipe(): void {
    if (this.wiped) return;
    this.wasm.HEAPU8.fill(0, this.start, this.nonce + NONCE_BYTES);
    this.wasm._free(this.start);
    this.at.clear();
  }
}

/**
 * What an opener or a sealer holds in the module's heap: its keys, and three buffers of `capacity`
 * bytes each, one after another from `at`, with `tail` bytes more after them. They grow on demand,
 * and every buffer given back is zeroed first.
 */
export class HeapScratch {
  readonly wasm: SodiumWasm;
  readonly keys: HeapKeys;
  private start = 0;
  private size = 0;

  constructor(
    sodium: Sodium,
    keys: Readonly<Record<string, Uint8Array>>,
    private readonly tail: number,
  ) {
    this.wasm = wasmOf(sodium);
    this.keys = new HeapKeys(this.wasm, keys);
  }

  /** Where the first buffer starts. */
  get at(): number {
    return this.start;
  }

  get capacity(): number {
    return this.size;
  }

  /** Buffers of at least `size` bytes each, and of `least` when that is more; the old ones are given back. */
  reserve(size: number, least: number): void {
    if (size <= this.size) return;
    const capacity = Math.max(size, least);
    const start = allocate(this.wasm, 3 * capacity + this.tail);
    this.release();
    this.start = start;
    this.size = capacity;
  }

  /** The buffers zeroed and given back. */
  release(): void {
    if (this.start === 0) return;
    this.wasm.HEAPU8.fill(0, this.start, this.start + 3 * this.size + this.tail);
    this.wasm._free(this.start);
    this.start = 0;
    this.size = 0;
  }

  /** The keys and the buffers zeroed and given back. */
  wipe(): void {
    this.keys.wipe();
    this.release();
  }
}

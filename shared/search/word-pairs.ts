// Which words stand next to which in an entry, as a small Bloom filter per entry. A search for a
// phrase checks it before reading the entry's text, so a phrase of common words ("listened
// helped") reads only the texts where those words stand together, and a few percent more.

/**
 * Bits per pair of neighbouring words, and probes per pair. A pair's three probes fall in one window
 * of 32 bits (four bytes from a byte its key picks; the whole filter when it is shorter), so that
 * writing a pair is one read and one write of four bytes rather than three scattered ones: about 4%
 * of absent pairs pass, against 3% with probes spread over the filter, and a pair that passes only
 * costs reading that entry's text.
 */
const BITS_PER_PAIR = 8;
const PROBES = 3;
/** Bits of a probe's place in its window. */
const PROBE_BITS = 5;
const WINDOW_BYTES = 4;

/** murmur3's finaliser: spreads every bit of `h` over the result. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The key of word `right` standing just after word `left`, from the two words' hashes. */
export function pairHash(left: number, right: number): number {
  return mix(left ^ Math.imul(right ^ 0x27d4eb2f, 0x9e3779b1));
}

/** The bits of its window that `key` sets, as one 32-bit mask: from the key's low bits, as its window's place comes from its high ones. */
function probeMask(key: number): number {
  // The PROBES (three) places of mayHold, written out: this runs for every pair at unlock.
  return (1 << (key & 31)) | (1 << ((key >>> PROBE_BITS) & 31)) | (1 << ((key >>> (2 * PROBE_BITS)) & 31));
}

/**
 * The first byte of `key`'s window in a filter of `size` bytes (at least WINDOW_BYTES): the key's
 * high bits scaled to [0, size - WINDOW_BYTES], with a multiplication rather than a remainder.
 */
function windowStart(key: number, size: number): number {
  return Math.min(size - WINDOW_BYTES, Math.floor(key * (size - WINDOW_BYTES + 1) * 2 ** -32));
}

/** The size in bytes of the filter of `count` pair keys. */
export function pairFilterSize(count: number): number {
  return Math.ceil((count * BITS_PER_PAIR) / 8);
}

/**
 * Writes the filter of `count` pair keys into `bytes` from `at` on (pairFilterSize(count) bytes,
 * zeroed first); returns where it ends. The probes are those mayHold tests.
 */
export function writePairFilter(keys: Uint32Array, count: number, bytes: Uint8Array<ArrayBuffer>, at: number): number {
  const size = pairFilterSize(count);
  bytes.fill(0, at, at + size);
  if (size < WINDOW_BYTES) {
    // Fewer than four bytes: the window is the whole filter.
    const bits = size * 8;
    for (let k = 0; k < count; k++) {
      for (let i = 0; i < PROBES; i++) {
        const bit = ((keys[k]! >>> (i * PROBE_BITS)) & 31) % bits;
        bytes[at + (bit >> 3)]! |= 1 << (bit & 7);
      }
    }
    return at + size;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, size);
  for (let k = 0; k < count; k++) {
    const key = keys[k]!;
    const start = windowStart(key, size);
    view.setUint32(start, view.getUint32(start, true) | probeMask(key), true);
  }
  return at + size;
}

/** Code units per String.fromCharCode call: far below any engine's limit on arguments. */
const DECODE_SLICE = 4096;

/** bytes[from, to) as a string of one-byte characters, each the byte's value. */
export function oneByteString(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let at = from; at < to; at += DECODE_SLICE) {
    text += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(to, at + DECODE_SLICE)) as unknown as number[]);
  }
  return text;
}

/** Where a lone filter is built before it is copied into its string. */
let scratch = new Uint8Array(256);

/**
 * The filter of `count` pair keys, as a string of one-byte characters: compact in the heap, and
 * freed with the text it describes. Empty when there are no pairs.
 */
export function pairFilter(keys: Uint32Array, count: number): string {
  const size = pairFilterSize(count);
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  return oneByteString(scratch, 0, writePairFilter(keys, count, scratch, 0));
}

/** False when the entry surely has no such pair; true when it may. Plain loops: a search runs it for most entries. */
export function mayHold(filter: string, key: number): boolean {
  const size = filter.length;
  if (size === 0) return false;
  // The window's four bytes, its bit 0 the low bit of its first byte (as writePairFilter wrote them), or the whole filter when shorter.
  const start = size < WINDOW_BYTES ? 0 : windowStart(key, size);
  const bits = size < WINDOW_BYTES ? size * 8 : 32;
  for (let i = 0; i < PROBES; i++) {
    const bit = ((key >>> (i * PROBE_BITS)) & 31) % bits;
    if ((filter.charCodeAt(start + (bit >> 3)) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

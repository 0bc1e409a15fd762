// Which words stand next to which in an entry, as a small Bloom filter per entry. A search for a
// phrase checks it before reading the entry's text, so a phrase of common words ("listened
// helped") reads only the texts where those words stand together, and a few percent more.

/** Bits per pair of neighbouring words: with three probes, about 3% of absent pairs pass. */
const BITS_PER_PAIR = 8;
const PROBES = 3;

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

/** How far apart a key's probes are: odd, so that they differ. */
function stride(key: number): number {
  return (mix(key ^ 0x5bd1e995) | 1) >>> 0;
}

/** Where each filter is built before it is copied into its string. */
let scratch = Buffer.allocUnsafe(256);

/**
 * The filter of `count` pair keys, as a string of one-byte characters: compact in the heap, and
 * freed with the text it describes. Empty when there are no pairs.
 */
export function pairFilter(keys: Uint32Array, count: number): string {
  if (count === 0) return '';
  const size = Math.ceil((count * BITS_PER_PAIR) / 8);
  // One scratch buffer for every filter: a buffer apiece would cost an ArrayBuffer per entry at unlock.
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
  const bytes = scratch.fill(0, 0, size);
  const bits = size * 8;
  for (let k = 0; k < count; k++) {
    const key = keys[k]!;
    const step = stride(key);
    for (let i = 0; i < PROBES; i++) {
      const bit = (key + i * step) % bits;
      bytes[bit >> 3]! |= 1 << (bit & 7);
    }
  }
  return bytes.toString('latin1', 0, size);
}

/** False when the entry surely has no such pair; true when it may. Plain loops: a search runs it for most entries. */
export function mayHold(filter: string, key: number): boolean {
  const bits = filter.length * 8;
  if (bits === 0) return false;
  const step = stride(key);
  for (let i = 0; i < PROBES; i++) {
    const bit = (key + i * step) % bits;
    if ((filter.charCodeAt(bit >> 3) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

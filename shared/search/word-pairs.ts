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

/**
 * x % m for integers 0 <= x, m < 2^32, given 1 / m, without the engine's floating-point remainder (a
 * library call) or a division: the quotient is off by at most one, which the two checks put right.
 */
function remainder(x: number, m: number, inverse: number): number {
  const r = x - Math.floor(x * inverse) * m;
  if (r < 0) return r + m;
  return r >= m ? r - m : r;
}

/** The size in bytes of the filter of `count` pair keys. */
export function pairFilterSize(count: number): number {
  return Math.ceil((count * BITS_PER_PAIR) / 8);
}

/**
 * Writes the filter of `count` pair keys into `bytes` from `at` on (pairFilterSize(count) bytes,
 * zeroed first); returns where it ends.
 */
export function writePairFilter(keys: Uint32Array, count: number, bytes: Uint8Array, at: number): number {
  const size = pairFilterSize(count);
  bytes.fill(0, at, at + size);
  const bits = size * 8;
  const inverse = 1 / bits;
  for (let k = 0; k < count; k++) {
    const key = keys[k]!;
    // The probes mayHold tests, (key + i * step) % bits, stepped: one remainder per key, not per probe.
    const step = remainder(stride(key), bits, inverse);
    let bit = remainder(key, bits, inverse);
    for (let i = 0; i < PROBES; i++) {
      bytes[at + (bit >> 3)]! |= 1 << (bit & 7);
      bit += step;
      if (bit >= bits) bit -= bits;
    }
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
  const bits = filter.length * 8;
  if (bits === 0) return false;
  const step = stride(key);
  for (let i = 0; i < PROBES; i++) {
    const bit = (key + i * step) % bits;
    if ((filter.charCodeAt(bit >> 3) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

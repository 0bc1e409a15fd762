// A text read for the search index ahead of time: its distinct words (as numbers into the words of
// its batch, each with its hash) and its filter of neighbouring words. At unlock the worker thread
// scans the entries it opens, so the main thread only files ready words into postings; a write
// scans its one text.
import { FNV_BASIS, FNV_PRIME, isWordUnit, searchText } from './words';
import { pairHash, pairFilterSize, oneByteString, writePairFilter } from './word-pairs';

/** Ints per text in `marks`, and per word in `dictionary`. */
const MARK = 3;
const WORD = 3;

/**
 * The scans of texts one after another, as plain data: posted between threads, its arrays
 * transferred. The batch's distinct words are written once, in `words`; each text lists its own by
 * number, so the index looks each word up once per batch, not once per text that holds it.
 */
export interface ScannedTexts {
  /** Per text: its length (-1 when not scanned), where its word numbers end in `ids`, where its filter ends in `filters`. */
  marks: Int32Array<ArrayBuffer>;
  /** Per text, the numbers of its distinct words, in the order they first occur in it. */
  ids: Int32Array<ArrayBuffer>;
  /** Per word number: where the word starts and ends in `words`, and its hash. */
  dictionary: Int32Array<ArrayBuffer>;
  /** The batch's distinct words, one after another. */
  words: string;
  /** Each text's filter (see word-pairs.ts), one after another. */
  filters: string;
}

/** Reads ScannedTexts text by text. */
export class TextScans {
  constructor(private readonly scanned: ScannedTexts) {}

  /** Whether text `k` was scanned and is `length` code units long (then it is the text that was). */
  has(k: number, length: number): boolean {
    return this.scanned.marks[k * MARK] === length;
  }

  /** The word numbers of text `k` are ids[idsFrom(k) .. idsTo(k)). */
  get ids(): Int32Array {
    return this.scanned.ids;
  }

  idsFrom(k: number): number {
    return k === 0 ? 0 : this.scanned.marks[(k - 1) * MARK + 1]!;
  }

  idsTo(k: number): number {
    return this.scanned.marks[k * MARK + 1]!;
  }

  /** How many distinct words the batch holds. */
  get wordCount(): number {
    return this.scanned.dictionary.length / WORD;
  }

  /** The batch's words, one after another: word `id` is words[wordStart(id), wordEnd(id)). */
  get words(): string {
    return this.scanned.words;
  }

  wordStart(id: number): number {
    return this.scanned.dictionary[id * WORD]!;
  }

  wordEnd(id: number): number {
    return this.scanned.dictionary[id * WORD + 1]!;
  }

  wordHash(id: number): number {
    return this.scanned.dictionary[id * WORD + 2]!;
  }

  filter(k: number): string {
    const { marks, filters } = this.scanned;
    return filters.slice(k === 0 ? 0 : marks[(k - 1) * MARK + 2]!, marks[k * MARK + 2]!);
  }
}

/**
 * Scans an opened record's search text when it is an entry (its parsed JSON); anything else, or an
 * entry whose note and tags do not give a text, is skipped and left to the index.
 */
export function scanEntry(scanner: TextScanner, kind: string, value: unknown): void {
  if (kind !== 'entry' || value === null || typeof value !== 'object') return scanner.skip();
  let search: string;
  try {
    const { note, tags } = value as { note: string; tags: string[] };
    search = searchText(note, tags);
  } catch {
    return scanner.skip();
  }
  scanner.scan(search);
}

/** Scans texts one after another into growing buffers, reused from one batch to the next. */
export class TextScanner {
  private marks = new Int32Array(MARK * 32);
  private ids = new Int32Array(1024);
  private bytes = new Uint8Array(1024);
  private texts = 0;
  private idsEnd = 0;
  private bytesEnd = 0;
  /** The batch's distinct words, their hashes, and which text last listed each (its number + 1). */
  private words: string[] = [];
  private hashes = new Int32Array(256);
  private listedBy = new Int32Array(256);
  /**
   * Each word's code units packed eight bits apiece (see scan): its last four in `lows`, the four
   * before in `highs`; and in `short` whether that is all of it: at most eight units, each below
   * 256. No word unit is 0, so two such words are the same exactly when their packed units are,
   * and finding a word seen before reads no string.
   */
  private highs = new Int32Array(256);
  private lows = new Int32Array(256);
  private short = new Uint8Array(256);
  /** Open addressing over the batch's words: word number + 1, 0 for an empty bucket. */
  private table = new Int32Array(512);
  /** The keys of the text's pairs of neighbouring words, in order. */
  private keys = new Uint32Array(256);
  /** The hash of the word before the current one. */
  private previous = 0;

  /**
   * Scans `text`: its distinct words and its filter. The words are found as eachWord finds them
   * (isWordUnit, FNV-1a), in one pass without a call per word: this runs for every entry at unlock.
   * Beside the hash, the word's last eight code units are shifted through `high` and `low`, a byte
   * each, and `wide` notes a unit of 256 or more: a word of eight units or fewer, none wide, is
   * then told from the batch's other words by two numbers instead of by reading it again.
   */
  scan(text: string): void {
    let count = 0;
    let start = -1;
    let hash = 0;
    let high = 0;
    let low = 0;
    let wide = 0;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const c = i < length ? text.charCodeAt(i) : 32;
      if (i < length && isWordUnit(c)) {
        if (start < 0) {
          start = i;
          hash = FNV_BASIS;
          high = 0;
          low = 0;
          wide = 0;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
        high = (high << 8) | (low >>> 24);
        low = (low << 8) | c;
        wide |= c >> 8;
      } else if (start >= 0) {
        if (count > 0) {
          if (count > this.keys.length) this.keys = grownKeys(this.keys, this.keys.length * 2);
          this.keys[count - 1] = pairHash(this.previous, hash);
        }
        this.previous = hash;
        count += 1;
        this.list(this.word(text, start, i, hash, wide === 0 && i - start <= 8, high, low));
        start = -1;
      }
    }
    const pairs = Math.max(0, count - 1);
    const size = pairFilterSize(pairs);
    if (this.bytesEnd + size > this.bytes.length) this.bytes = grownBytes(this.bytes, Math.max(this.bytesEnd + size, this.bytes.length * 2));
    this.bytesEnd = writePairFilter(this.keys, pairs, this.bytes, this.bytesEnd);
    this.mark(length);
  }

  /** A text left for the index to scan itself. */
  skip(): void {
    this.mark(-1);
  }

  /** The texts scanned since the last take, in their own arrays; the scanner starts again empty. */
  take(): ScannedTexts {
    const dictionary = new Int32Array(this.words.length * WORD);
    let at = 0;
    this.words.forEach((word, id) => {
      dictionary[id * WORD] = at;
      dictionary[id * WORD + 1] = at += word.length;
      dictionary[id * WORD + 2] = this.hashes[id]!;
    });
    const taken = {
      marks: this.marks.slice(0, this.texts * MARK),
      ids: this.ids.slice(0, this.idsEnd),
      dictionary,
      words: this.words.join(''),
      filters: oneByteString(this.bytes, 0, this.bytesEnd),
    };
    this.texts = 0;
    this.idsEnd = 0;
    this.bytesEnd = 0;
    this.table.fill(0);
    this.listedBy.fill(0, 0, this.words.length);
    this.words = [];
    return taken;
  }

  /**
   * The number of the batch's word text[start, end), given it when new. When `short`, the word is
   * at most eight code units, each below 256, and `high` and `low` hold them packed (see scan).
   */
  private word(text: string, start: number, end: number, hash: number, short: boolean, high: number, low: number): number {
    const { table, words, hashes } = this;
    const mask = table.length - 1;
    let at = hash & mask;
    for (let held = table[at]!; held !== 0; held = table[(at = (at + 1) & mask)]!) {
      const id = held - 1;
      if (hashes[id] !== hash) continue;
      if (short ? this.short[id] === 1 && this.lows[id] === low && this.highs[id] === high : words[id]!.length === end - start && text.startsWith(words[id]!, start)) return id;
    }
    const id = words.length;
    words.push(text.slice(start, end));
    if (id === hashes.length) {
      this.hashes = grown(hashes, id * 2);
      this.listedBy = grown(this.listedBy, id * 2);
      this.highs = grown(this.highs, id * 2);
      this.lows = grown(this.lows, id * 2);
      this.short = grownBytes(this.short, id * 2);
    }
    this.short[id] = short ? 1 : 0;
    this.highs[id] = high;
    this.lows[id] = low;
    this.hashes[id] = hash;
    table[at] = id + 1;
    if (words.length * 2 > table.length) this.rehash();
    return id;
  }

  /** Lists word `id` for the text being scanned, unless it already is. */
  private list(id: number): void {
    if (this.listedBy[id] === this.texts + 1) return;
    this.listedBy[id] = this.texts + 1;
    if (this.idsEnd === this.ids.length) this.ids = grown(this.ids, this.ids.length * 2);
    this.ids[this.idsEnd++] = id;
  }

  /** A table twice as large over the batch's words. */
  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let at = this.hashes[id]! & mask;
      while (table[at] !== 0) at = (at + 1) & mask;
      table[at] = id + 1;
    }
    this.table = table;
  }

  private mark(length: number): void {
    if (this.texts * MARK === this.marks.length) this.marks = grown(this.marks, this.marks.length * 2);
    const at = this.texts++ * MARK;
    this.marks[at] = length;
    this.marks[at + 1] = this.idsEnd;
    this.marks[at + 2] = this.bytesEnd;
  }
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function grownKeys(a: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}

function grownBytes(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}

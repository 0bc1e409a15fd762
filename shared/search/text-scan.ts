// A text read for the search index ahead of time: its distinct words (where each first occurs and
// its hash) and its filter of neighbouring words. At unlock the worker thread scans the entries it
// opens, so the main thread only files ready words into postings; a write scans its one text.
import { FNV_BASIS, FNV_PRIME, isWordUnit } from './words';
import { pairHash, pairFilterSize, oneByteString, writePairFilter } from './word-pairs';

/** Ints per text in `marks`, and per word in `words`. */
const MARK = 3;
const WORD = 3;

/** The scans of texts one after another, as plain data: posted between threads, its arrays transferred. */
export interface ScannedTexts {
  /** Per text: its length (-1 when not scanned), where its words end in `words`, where its filter ends in `filters`. */
  marks: Int32Array<ArrayBuffer>;
  /** Per distinct word of each text, in the order they first occur: start, end, hash. */
  words: Int32Array<ArrayBuffer>;
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

  /** The words of text `k`: (start, end, hash) for i in [wordsFrom, wordsTo) stepping by 3. */
  get words(): Int32Array {
    return this.scanned.words;
  }

  wordsFrom(k: number): number {
    return k === 0 ? 0 : this.scanned.marks[(k - 1) * MARK + 1]!;
  }

  wordsTo(k: number): number {
    return this.scanned.marks[k * MARK + 1]!;
  }

  filter(k: number): string {
    const { marks, filters } = this.scanned;
    return filters.slice(k === 0 ? 0 : marks[(k - 1) * MARK + 2]!, marks[k * MARK + 2]!);
  }
}

/** Whether text[a, a + length) and text[b, b + length) hold the same code units. */
function same(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** Scans texts one after another into growing buffers, reused from one batch to the next. */
export class TextScanner {
  private marks = new Int32Array(MARK * 32);
  private words = new Int32Array(WORD * 1024);
  private bytes = new Uint8Array(1024);
  private texts = 0;
  private wordsEnd = 0;
  private bytesEnd = 0;
  /** The keys of the text's pairs of neighbouring words, in order. */
  private keys = new Uint32Array(256);
  /** The hash of the word before the current one. */
  private previous = 0;
  /** Open addressing over the text's distinct words: where each is in `words`, valid where `stamps` holds `stamp`. */
  private table = new Int32Array(512);
  private stamps = new Uint32Array(512);
  private stamp = 0;

  /**
   * Scans `text`: its distinct words and its filter. The words are found as eachWord finds them
   * (isWordUnit, FNV-1a), in one pass without a call per word: this runs for every entry at unlock.
   */
  scan(text: string): void {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const from = this.wordsEnd;
    let count = 0;
    let start = -1;
    let hash = 0;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const c = i < length ? text.charCodeAt(i) : 32;
      if (i < length && isWordUnit(c)) {
        if (start < 0) {
          start = i;
          hash = FNV_BASIS;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
      } else if (start >= 0) {
        if (count > 0) {
          if (count > this.keys.length) this.keys = grownKeys(this.keys, this.keys.length * 2);
          this.keys[count - 1] = pairHash(this.previous, hash);
        }
        this.previous = hash;
        count += 1;
        this.file(text, from, start, i, hash);
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
    const taken = { marks: this.marks.slice(0, this.texts * MARK), words: this.words.slice(0, this.wordsEnd), filters: oneByteString(this.bytes, 0, this.bytesEnd) };
    this.texts = 0;
    this.wordsEnd = 0;
    this.bytesEnd = 0;
    return taken;
  }

  /** Appends text[start, end) to `words` unless the text's words from `from` on already hold it. */
  private file(text: string, from: number, start: number, end: number, hash: number): void {
    const { words, table, stamps, stamp } = this;
    const mask = table.length - 1;
    let at = hash & mask;
    for (; stamps[at] === stamp; at = (at + 1) & mask) {
      const o = table[at]!;
      if (words[o + 2] === hash && words[o + 1]! - words[o]! === end - start && same(text, words[o]!, start, end - start)) return;
    }
    if (this.wordsEnd + WORD > words.length) this.words = grown(words, words.length * 2);
    const o = this.wordsEnd;
    this.words[o] = start;
    this.words[o + 1] = end;
    this.words[o + 2] = hash;
    this.wordsEnd += WORD;
    stamps[at] = stamp;
    table[at] = o;
    if ((this.wordsEnd - from) / WORD > table.length / 2) this.rehash(from);
  }

  /** A table twice as large over the words of the text being scanned (those from `from` on). */
  private rehash(from: number): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    this.stamp = 1;
    const mask = size - 1;
    for (let o = from; o < this.wordsEnd; o += WORD) {
      let at = this.words[o + 2]! & mask;
      while (this.stamps[at] === 1) at = (at + 1) & mask;
      this.stamps[at] = 1;
      this.table[at] = o;
    }
  }

  private mark(length: number): void {
    if (this.texts * MARK === this.marks.length) this.marks = grown(this.marks, this.marks.length * 2);
    const at = this.texts++ * MARK;
    this.marks[at] = length;
    this.marks[at + 1] = this.wordsEnd;
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

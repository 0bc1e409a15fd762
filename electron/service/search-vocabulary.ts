// The search index's words: every word seen in a note or tag, each with the entries that hold it
// (its posting), found by hash straight from the text it occurs in. Each word is kept as a string of
// its own, so it never holds on to the longer text it was cut from.

/** The slots of the entries that hold one word, in no order. */
export class Posting {
  slots = new Int32Array(2);
  size = 0;

  /** Entries are added one at a time, so a word seen twice in one entry is already last. */
  add(slot: number): void {
    if (this.size > 0 && this.slots[this.size - 1] === slot) return;
    if (this.size === this.slots.length) {
      const grown = new Int32Array(this.size * 2);
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots[this.size++] = slot;
  }

  remove(slot: number): void {
    const at = this.slots.subarray(0, this.size).indexOf(slot);
    if (at < 0) return;
    this.size -= 1;
    this.slots[at] = this.slots[this.size]!;
    if (this.slots.length > 8 && this.size < this.slots.length / 4) this.slots = this.slots.slice(0, this.slots.length / 2);
  }
}

/**
 * Every word seen, each with its posting, found by hash straight from the text it occurs in (open
 * addressing). A word stays known when its last entry goes, with an empty posting: the vocabulary
 * only grows by words the person wrote.
 */
export class Vocabulary {
  readonly words: string[] = [];
  readonly postings: Posting[] = [];
  private hashes = new Int32Array(1024);
  private table = new Int32Array(2048).fill(-1);

  /** The posting of text[start, end), or undefined when that word was never seen. */
  find(text: string, start: number, end: number, hash: number): Posting | undefined {
    const at = this.bucket(text, start, end, hash);
    const id = this.table[at]!;
    return id < 0 ? undefined : this.postings[id];
  }

  /** The posting of text[start, end), made empty when the word is new. */
  get(text: string, start: number, end: number, hash: number): Posting {
    const at = this.bucket(text, start, end, hash);
    const id = this.table[at]!;
    if (id >= 0) return this.postings[id]!;
    const posting = new Posting();
    const next = this.words.length;
    this.words.push(ownCopy(text, start, end));
    this.postings.push(posting);
    if (next === this.hashes.length) {
      const grown = new Int32Array(next * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[next] = hash;
    this.table[at] = next;
    if (this.words.length * 2 > this.table.length) this.rehash();
    return posting;
  }

  /** The hash of word `id`, as eachWord gave it. */
  hash(id: number): number {
    return this.hashes[id]!;
  }

  private bucket(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const id = this.table[at]!;
      if (id < 0) return at;
      const word = this.words[id]!;
      if (this.hashes[id] === hash && word.length === length && text.startsWith(word, start)) return at;
    }
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let at = this.hashes[id]! & mask;
      while (table[at]! >= 0) at = (at + 1) & mask;
      table[at] = id;
    }
    this.table = table;
  }
}

/** Code units per String.fromCharCode call: far below any engine's limit on arguments. */
const COPY_SLICE = 4096;

/**
 * text[start, end) in a string of its own. A slice of a long string may point into it and keep all
 * of it alive; the texts words come from (a chunk's words at unlock, a text made for one write) are
 * not otherwise kept, and the vocabulary lives as long as the journal is open.
 */
function ownCopy(text: string, start: number, end: number): string {
  let copy = '';
  const codes: number[] = [];
  for (let at = start; at < end; at += COPY_SLICE) {
    codes.length = 0;
    for (let i = at; i < Math.min(end, at + COPY_SLICE); i++) codes.push(text.charCodeAt(i));
    copy += String.fromCharCode(...codes);
  }
  return copy;
}

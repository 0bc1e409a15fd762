// The search index over every entry's note and tags, kept up to date on each write, so that no
// search (the first after unlock or after an edit included) scans or rebuilds the whole journal.
//
// Search means: the entry's text, lower-cased, contains the lower-cased needle. The index keeps
// each entry's lower-cased text, and for every word (a run of letters, digits and non-ASCII code
// units) the entries that hold it. A needle that is one word can only occur inside one word of the
// text, so the entries whose words contain it are exactly the matches. A needle with spaces or
// punctuation is narrowed the same way by its words, then checked against each remaining text.
// Beside the words, the index keeps which entries name each person, so a search that matches a
// person's name costs what that person's entries cost. The matches of the last few needles that
// had to read texts are remembered and kept up to date on each write (remembered-matches.ts).
//
// An entry's text is kept as its source (the entry's note and tags). A search that reads texts
// (only phrases, and only the texts their words and filters leave) reads the note and tags as they
// are, lower-casing as it goes (text-includes.ts), and keeps nothing, so the journal never holds a
// second, lower-cased copy of its notes. Keeping them cost more than it saved: every kept text is
// copied by the collector as it ages, and a needle asked again is answered from the remembered
// matches.
//
// A text put without a scan (a write, or another process's write taken in) is scanned when a
// search next reads the index, with every other put since, in one batch: a write does not
// wait for its words, and a search finds them all the same.

import { eachWord, searchText } from '../../shared/search/words';
import { mayHold, pairHash } from '../../shared/search/word-pairs';
import { TextScanner, TextScans } from '../../shared/search/text-scan';
import { textTest, type TextTest } from '../../shared/search/text-includes';
import { RememberedMatches } from './remembered-matches';
import { Posting, Vocabulary } from './search-vocabulary';

export { searchText } from '../../shared/search/words';

/** What an entry's search text is made of: searchText(note, tags). */
export interface TextSource {
  readonly note: string;
  readonly tags: readonly string[];
}

/** A text itself (already lower-cased), or its source; undefined for a free slot. */
type Held = string | TextSource | undefined;

function textOf(held: string | TextSource): string {
  return typeof held === 'string' ? held : searchText(held.note, held.tags);
}

/**
 * The length of a source's text before lower-casing. A scan made ahead is taken when it measured
 * this length: it did unless lower-casing changed the length (a few letters, such as İ, become
 * two), and then the text is made and scanned here.
 */
function lengthBeforeLowerCase({ note, tags }: TextSource): number {
  let length = note.length + 2;
  for (const t of tags) length += t.length + 2;
  return tags.length === 0 ? length : length - 1;
}

/** A text scanned ahead of time (at unlock, on the worker thread): text `at` of `scans`. */
export interface ScannedText {
  scans: TextScans;
  at: number;
}

const NOBODY: readonly string[] = [];

/** The people named, each once: the array given when none is named twice (an entry names a few). */
function distinct(people: readonly string[]): readonly string[] {
  if (people.length === 0) return NOBODY;
  for (let i = 1; i < people.length; i++) if (people.lastIndexOf(people[i]!, i - 1) >= 0) return [...new Set(people)];
  return people;
}

/** How many texts settle() scans together: enough to share most words, few enough to bound the scanner's buffers. */
const SCAN_BATCH = 512;

/** At most this many pairs of words are looked up for one pair of the needle's words. */
const PAIR_KEYS = 16;

/** Which words of the vocabulary a word of the needle may stand for. */
type WordTest = (word: string) => boolean;

export class SearchIndex {
  private readonly slotOf = new Map<string, number>();
  /** Each slot's lower-cased text as put, or its source; undefined when the slot is free. */
  private readonly texts: Held[] = [];
  private readonly free: number[] = [];
  private readonly vocabulary = new Vocabulary();
  /** Each slot's filter of neighbouring words (see word-pairs.ts); undefined when the slot is free. */
  private readonly pairs: Array<string | undefined> = [];
  /** Scans the texts put without a scan. */
  private readonly scanner = new TextScanner();
  /** The slots put without a scan since the last search: their words and filters are not in yet (see settle). */
  private readonly unscanned = new Set<number>();
  /** Each slot's people (ids, each once); undefined when the slot is free. */
  private readonly peopleOf: Array<readonly string[] | undefined> = [];
  /** The slots of the entries that name each person, by person id. */
  private readonly byPerson = new Map<string, Posting>();
  /** The matches of the last needles that had to read texts, kept up to date on each write. */
  private readonly remembered = new RememberedMatches();
  /** The postings of each batch's words, found so far (see postingsOf). */
  private readonly batchPostings = new WeakMap<TextScans, Array<Posting | undefined>>();

  /**
   * Puts (or replaces) an entry's text (lower-cased) or its source, and the ids of the people it
   * names; returns the entry's slot, which stays its own until removed. `scanned`, when given, is
   * this text's scan: with a source, its text is then not made at all. Without it (a write), the
   * text's words go in when a search next reads the index.
   */
  put(id: string, text: string | TextSource, people: readonly string[] = [], scanned?: ScannedText): number {
    const known = this.slotOf.get(id);
    const slot = known ?? this.free.pop() ?? this.texts.length;
    if (known === undefined) this.slotOf.set(id, slot);
    const old = this.texts[slot];
    let made = typeof text === 'string' ? text : undefined;
    const before = old === undefined ? undefined : textOf(old);
    if (before === undefined || before !== (made ??= textOf(text))) {
      // A text still waiting for its scan has no words in the vocabulary to take out.
      if (before !== undefined && !this.unscanned.has(slot)) this.unindex(slot, before);
      if (scanned === undefined) {
        this.unscanned.add(slot);
        this.pairs[slot] = undefined;
      } else {
        // Loading: the scan made ahead, or, for a text it left out, one made here, so that the loaded index is whole.
        const length = made?.length ?? lengthBeforeLowerCase(text as TextSource);
        this.unscanned.delete(slot);
        this.index(slot, scanned.scans.has(scanned.at, length) ? scanned : this.scanHere((made ??= textOf(text))), made ?? text);
      }
    }
    this.texts[slot] = text;
    const named = distinct(people);
    for (const person of this.peopleOf[slot] ?? []) if (!named.includes(person)) this.byPerson.get(person)?.remove(slot);
    for (const person of named) if (!this.peopleOf[slot]?.includes(person)) this.postingOf(person).add(slot);
    this.peopleOf[slot] = named;
    return slot;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    if (!this.unscanned.delete(slot)) this.unindex(slot, textOf(this.texts[slot]!));
    this.texts[slot] = undefined;
    this.pairs[slot] = undefined;
    for (const person of this.peopleOf[slot] ?? []) this.byPerson.get(person)?.remove(slot);
    this.peopleOf[slot] = undefined;
    this.remembered.changed(slot, undefined);
    this.slotOf.delete(id);
    this.free.push(slot);
  }

  /** One past the highest slot in use: the length of what `matches` returns. */
  get slotCount(): number {
    return this.texts.length;
  }

  /**
   * Marks, by slot, the entries whose text contains `needle` (already lower-cased, not empty) or
   * that name any of `people` (ids).
   */
  matches(needle: string, people: Iterable<string> = []): Uint8Array {
    this.settle();
    const marked = this.textMatches(needle);
    for (const person of people) {
      const posting = this.byPerson.get(person);
      if (posting) for (let i = 0; i < posting.size; i++) marked[posting.slots[i]!] = 1;
    }
    return marked;
  }

  /**
   * The posting of each of the batch's words, by word number, found as first needed: a batch's
   * entries share most of their words, and each is looked up in the vocabulary once. A posting
   * stays the word's own for the life of the index, so holding it is safe.
   */
  private postingsOf(scans: TextScans): Array<Posting | undefined> {
    let postings = this.batchPostings.get(scans);
    if (!postings) {
      postings = new Array<Posting | undefined>(scans.wordCount);
      this.batchPostings.set(scans, postings);
    }
    return postings;
  }

  /** `text` scanned on this thread. */
  private scanHere(text: string): ScannedText {
    this.scanner.scan(text);
    return { scans: new TextScans(this.scanner.take()), at: 0 };
  }

  /** The words and filter of `text` (or its source), scanned as text `at` of `scans`, put in for `slot`. */
  private index(slot: number, { scans, at }: ScannedText, text: string | TextSource): void {
    const postings = this.postingsOf(scans);
    const ids = scans.ids;
    for (let w = scans.idsFrom(at), end = scans.idsTo(at); w < end; w++) {
      const word = ids[w]!;
      const posting = (postings[word] ??= this.vocabulary.get(scans.words, scans.wordStart(word), scans.wordEnd(word), scans.wordHash(word)));
      posting.add(slot);
    }
    this.pairs[slot] = scans.filter(at);
    if (this.remembered.size > 0) this.remembered.changed(slot, textOf(text));
  }

  /**
   * Scans the texts put without a scan since the last search, in batches on this thread, and puts
   * their words in: every read of the index comes after it. Their texts are made to be scanned and
   * not kept, as unlocking keeps none.
   */
  private settle(): void {
    if (this.unscanned.size === 0) return;
    const slots = [...this.unscanned];
    this.unscanned.clear();
    for (let from = 0; from < slots.length; from += SCAN_BATCH) {
      const batch = slots.slice(from, from + SCAN_BATCH);
      for (const s of batch) this.scanner.scan(textOf(this.texts[s]!));
      const scans = new TextScans(this.scanner.take());
      batch.forEach((s, at) => this.index(s, { scans, at }, this.texts[s]!));
    }
  }

  private postingOf(person: string): Posting {
    let posting = this.byPerson.get(person);
    if (!posting) {
      posting = new Posting();
      this.byPerson.set(person, posting);
    }
    return posting;
  }

  /** The text matches of `needle`; those that read texts are remembered, and handed out as copies. */
  private textMatches(needle: string): Uint8Array {
    const known = this.remembered.get(needle, this.texts.length);
    if (known) return known;
    const found = this.findText(needle);
    if (found.read) this.remembered.add(needle, found.marked);
    return found.marked;
  }

  /** Which slots' texts contain `needle`, and whether that took reading texts. */
  private findText(needle: string): { marked: Uint8Array; read: boolean } {
    const runs: Array<{ word: string; start: number; end: number }> = [];
    eachWord(needle, (start, end) => runs.push({ word: needle.slice(start, end), start, end }));
    // One word and nothing else: the entries whose words contain it, exactly.
    if (runs.length === 1 && runs[0]!.start === 0 && runs[0]!.end === needle.length) {
      return { marked: this.union((w) => w.includes(needle)), read: false };
    }
    // Each word of the needle is narrowed by what stands beside it: one with spaces or punctuation
    // on both sides is a whole word of the text; the first may be the end of a longer word, the
    // last the start of one.
    const tests = runs.map<WordTest>(({ word, start, end }) => {
      const before = start > 0;
      const after = end < needle.length;
      if (before && after) return (w) => w === word;
      if (after) return (w) => w.endsWith(word);
      return (w) => w.startsWith(word);
    });
    let candidates: Uint8Array | null = null;
    for (const test of tests) {
      const marked = this.union(test);
      if (candidates) for (let s = 0; s < candidates.length; s++) candidates[s]! &= marked[s]!;
      else candidates = marked;
    }
    return { marked: this.scan(needle, candidates, this.pairKeys(needle, runs)), read: true };
  }

  /**
   * For each two neighbouring words of the needle, the keys of the pairs of words of the text
   * they may stand for (see word-pairs.ts): an entry must hold one key of each. A needle's first
   * word may be the end of longer words, its last the start of longer ones; a pair that may stand
   * for too many is left out.
   */
  private pairKeys(needle: string, runs: ReadonlyArray<{ word: string; start: number; end: number }>): number[][] {
    const last = runs.length - 1;
    const hashes = (j: number): number[] | null => {
      const { word, start, end } = runs[j]!;
      if (j === 0 && start === 0) return this.hashesOf((w) => w.endsWith(word));
      if (j === last && end === needle.length) return this.hashesOf((w) => w.startsWith(word));
      let hash = 0;
      eachWord(word, (_s, _e, h) => (hash = h));
      return [hash];
    };
    const keys: number[][] = [];
    for (let j = 0; j < last; j++) {
      const lefts = hashes(j);
      const rights = lefts && hashes(j + 1);
      if (!lefts || !rights || lefts.length * rights.length > PAIR_KEYS) continue;
      keys.push(lefts.flatMap((l) => rights.map((r) => pairHash(l, r))));
    }
    return keys;
  }

  /** The hashes of the words in use that pass `test`, or null when there are more than PAIR_KEYS. */
  private hashesOf(test: WordTest): number[] | null {
    const hashes: number[] = [];
    const { words, postings } = this.vocabulary;
    for (let id = 0; id < words.length; id++) {
      if (postings[id]!.size === 0 || !test(words[id]!)) continue;
      if (hashes.length === PAIR_KEYS) return null;
      hashes.push(this.vocabulary.hash(id));
    }
    return hashes;
  }

  /**
   * The entries holding any word that passes `test`. Walking the postings costs less than reading
   * texts even when most entries match: a text not yet read must be made from its entry first.
   */
  private union(test: WordTest): Uint8Array {
    const marked = new Uint8Array(this.texts.length);
    const { words, postings } = this.vocabulary;
    for (let id = 0; id < words.length; id++) {
      const p = postings[id]!;
      if (p.size === 0 || !test(words[id]!)) continue;
      for (let i = 0; i < p.size; i++) marked[p.slots[i]!] = 1;
    }
    return marked;
  }

  /**
   * Checks the text of each candidate (every entry when null) for the needle itself, once its
   * filter of neighbouring words may hold one key of each of `pairKeys`.
   */
  private scan(needle: string, candidates: Uint8Array | null, pairKeys: number[][] = []): Uint8Array {
    const marked = new Uint8Array(this.texts.length);
    const test = textTest(needle);
    for (let s = 0; s < this.texts.length; s++) {
      if (candidates && !candidates[s]) continue;
      // The filter first: it is small, and most texts need not be read at all.
      const filter = this.pairs[s];
      if (filter === undefined || (pairKeys.length > 0 && !this.mayHoldAll(filter, pairKeys))) continue;
      if (this.holds(s, needle, test)) marked[s] = 1;
    }
    return marked;
  }

  /** Whether a filter may hold one key of each of `pairKeys`. */
  private mayHoldAll(filter: string, pairKeys: number[][]): boolean {
    for (const keys of pairKeys) {
      let any = false;
      for (let k = 0; k < keys.length && !any; k++) any = mayHold(filter, keys[k]!);
      if (!any) return false;
    }
    return true;
  }

  /** Whether the text of slot `s` (in use) contains `needle`; a source is read by `test`, without making its text. */
  private holds(s: number, needle: string, test: TextTest): boolean {
    const held = this.texts[s]!;
    return typeof held === 'string' ? held.includes(needle) : test(held.note, held.tags);
  }

  private unindex(slot: number, text: string): void {
    eachWord(text, (start, end, hash) => this.vocabulary.find(text, start, end, hash)?.remove(slot));
  }
}

// The scanner tells a batch's words apart by their hash and, for a word of at most eight code units
// below 256, by its units packed into two numbers; other words are read again. Checked against the
// words found by a regular expression and kept in a Map, with words whose FNV-1a hashes collide, so
// that telling them apart rests on the packed units or on reading the words, never on the hash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextScanner, TextScans } from '../../../shared/search/text-scan';

/** FNV-1a over UTF-16 code units, written out here rather than taken from words.ts. */
function fnv(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

// Same hash, different words (found by search): four units; eight that differ only in their first
// four, or only in their last four; nine, which are read again.
const COLLIDING = [
  ['7yzl', 'e6ap'],
  ['7yzlaaaa', 'e6apaaaa'],
  ['yaczfaaa', 'glbppaaa'],
  ['7yzlaaaaa', 'e6apaaaaa'],
  ['yaczfaaaa', 'glbppaaaa'],
];
// Words at the edges of packing: eight and nine units, units just below and at 256, wide units,
// surrogates, and words that differ only in their first or last unit.
const WORDS = [
  ...COLLIDING.flat(),
  'abcdefgh',
  'xbcdefgh',
  'abcdefgx',
  'abcdefghi',
  'xbcdefghi',
  'bcdefghi',
  'a',
  'ab',
  '9',
  'ÿÿÿÿÿÿÿÿ',
  'ÿÿÿÿÿÿÿĀ',
  'Āÿÿÿÿÿÿÿ',
  'é',
  'ée',
  'İstanbul',
  'σς',
  '😀',
  '\ud800',
];
const SEPARATORS = [' ', '  ', '.', '\n', '#', '-', '\u0000'];
const text = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', minLength: 1, maxLength: 10 })), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** Each text's distinct words in the order they first occur, with their hashes, found independently. */
function expected(texts: readonly string[]): Array<Array<[string, number]>> {
  return texts.map((t) => [...new Set(t.match(/[a-zA-Z0-9\u0080-\uffff]+/g) ?? [])].map((w) => [w, fnv(w)]));
}

/** What the scanner found, read back through TextScans. */
function found(scans: TextScans, count: number): Array<Array<[string, number]>> {
  return Array.from({ length: count }, (_, k) => {
    const words: Array<[string, number]> = [];
    for (let w = scans.idsFrom(k); w < scans.idsTo(k); w++) {
      const id = scans.ids[w]!;
      words.push([scans.words.slice(scans.wordStart(id), scans.wordEnd(id)), scans.wordHash(id)]);
    }
    return words;
  });
}

describe('the text scanner', () => {
  it('finds each text’s distinct words, each batch word once, whatever their hashes', () => {
    const scanner = new TextScanner();
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 12 }), { minLength: 1, maxLength: 4 }), (batches) => {
        for (const texts of batches) {
          for (const t of texts) scanner.scan(t);
          const scans = new TextScans(scanner.take());
          expect(found(scans, texts.length)).toEqual(expected(texts));
          // Each of the batch's words is written once in its dictionary.
          const dictionary = Array.from({ length: scans.wordCount }, (_, id) => scans.words.slice(scans.wordStart(id), scans.wordEnd(id)));
          expect(new Set(dictionary).size).toBe(dictionary.length);
          texts.forEach((t, k) => expect(scans.has(k, t.length)).toBe(true));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps words whose hashes collide apart, within one text and across a batch', () => {
    for (const [a, b] of COLLIDING) expect(fnv(a!)).toBe(fnv(b!));
    const scanner = new TextScanner();
    const texts = COLLIDING.map(([a, b]) => `${a} ${b} ${a}`);
    for (const t of texts) scanner.scan(t);
    scanner.scan(COLLIDING.map(([, b]) => b).join(' '));
    const scans = new TextScans(scanner.take());
    expect(found(scans, texts.length + 1)).toEqual(expected([...texts, COLLIDING.map(([, b]) => b).join(' ')]));
    expect(scans.wordCount).toBe(COLLIDING.length * 2);
  });
});

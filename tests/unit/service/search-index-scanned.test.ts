// At unlock the worker thread scans entries' search texts ahead of time and the index files the
// ready words; a write scans its one text itself. Both ways must give the very same index: the
// same words, postings and filters, so that every search answers the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex, searchText } from '../../../electron/service/search-index';
import { TextScanner, TextScans } from '../../../shared/search/text-scan';
import { eachWord } from '../../../shared/search/words';

// Plain words, capitals, punctuation, and the awkward ones: accents, a capital that lower-cases to
// two code units (İ), a final sigma, ß, emoji and other surrogate pairs.
const UNITS = ['a', 'b', 'ab', 'Ab', 'AB', '1', ' ', '  ', '#', '-', '.', '\n', 'é', 'É', 'İ', 'Σ', 'ς', 'ß', '😀', '👍🏽', '𝔄', '中文', 'Ünïcödé'];
const note = fc.oneof(
  fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const tags = fc.array(fc.oneof(fc.constantFrom('moving', 'Éa', 'x-y', '😀'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })), { maxLength: 3 });
const text = fc.record({ note, tags }).map(({ note: n, tags: t }) => searchText(n.replaceAll('\u0000', ''), t.map((x) => x.replaceAll('\u0000', ''))));

/** Puts in the words of the texts written since the last search, as a search does first. */
const settle = (index: SearchIndex) => (index as unknown as { settle(): void }).settle();

/** The index's state, but for the scratch its scanner keeps between writes. */
function state(index: SearchIndex): Record<string, unknown> {
  settle(index);
  const { scanner: _scanner, ...rest } = index as unknown as Record<string, unknown>;
  return rest;
}

/** Needles: pieces of the texts (words, parts of words, phrases across punctuation) and others. */
function needles(texts: readonly string[], cuts: ReadonlyArray<[number, number, number]>, others: readonly string[]): string[] {
  const found = cuts.map(([t, a, b]) => {
    const s = texts.length === 0 ? '' : texts[t % texts.length]!;
    const from = s.length === 0 ? 0 : a % s.length;
    return s.slice(from, from + 1 + (b % 12));
  });
  return [...found, ...others.map((o) => o.toLowerCase())].filter((n) => n.length > 0);
}

describe('the index built from texts scanned ahead (at unlock)', () => {
  it('equals the index built by putting each text one at a time, and searches the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text, scanned: fc.boolean() }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.record({ id: fc.integer({ min: 0, max: 50 }), text: fc.option(text, { nil: undefined }) }), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 20 }),
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (loaded, chunk, edits, cuts, others) => {
          const one = new SearchIndex();
          for (const [i, { text: t }] of loaded.entries()) one.put(`e${i}`, t);

          // As at unlock: texts scanned in chunks by one scanner, some left unscanned, then filed.
          const ahead = new SearchIndex();
          const scanner = new TextScanner();
          for (let from = 0; from < loaded.length; from += chunk) {
            const part = loaded.slice(from, from + chunk);
            for (const { text: t, scanned } of part) {
              if (scanned) scanner.scan(t);
              else scanner.skip();
            }
            const scans = new TextScans(scanner.take());
            part.forEach(({ text: t }, k) => ahead.put(`e${from + k}`, t, [], { scans, at: k }));
          }
          expect(state(ahead)).toEqual(state(one));

          // Writes after unlock scan their own texts, in either index.
          for (const { id, text: t } of edits) {
            for (const index of [one, ahead]) {
              if (t === undefined) index.remove(`e${id}`);
              else index.put(`e${id}`, t);
            }
          }
          expect(state(ahead)).toEqual(state(one));

          const texts = (state(one).texts as Array<string | undefined>).filter((t): t is string => t !== undefined);
          for (const needle of needles(texts, cuts, others)) {
            const expected = (state(one).texts as Array<string | undefined>).map((t) => (t !== undefined && t.includes(needle) ? 1 : 0));
            expect([...ahead.matches(needle)]).toEqual(expected);
            expect([...one.matches(needle)]).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists each text’s distinct words, in order, from one list of the batch’s words that holds each once', () => {
    fc.assert(
      fc.property(fc.array(fc.option(text, { nil: null }), { maxLength: 12 }), fc.integer({ min: 1, max: 2 }), (texts, batches) => {
        const scanner = new TextScanner();
        // The scanner is reused: a second batch must not see the first one's words.
        for (let b = 0; b < batches; b++) {
          for (const t of texts) {
            if (t === null) scanner.skip();
            else scanner.scan(t);
          }
          const scans = new TextScans(scanner.take());
          const word = (id: number) => scans.words.slice(scans.wordStart(id), scans.wordEnd(id));
          const all = Array.from({ length: scans.wordCount }, (_, id) => word(id));
          expect(new Set(all).size).toBe(all.length);
          texts.forEach((t, k) => {
            if (t === null) return expect(scans.has(k, 0)).toBe(false);
            expect(scans.has(k, t.length)).toBe(true);
            const expected = new Map<string, number>();
            eachWord(t, (start, end, hash) => {
              if (!expected.has(t.slice(start, end))) expected.set(t.slice(start, end), hash);
            });
            const listed = [...scans.ids.subarray(scans.idsFrom(k), scans.idsTo(k))];
            expect(listed.map((id) => [word(id), scans.wordHash(id)])).toEqual([...expected]);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scans a text itself when the scan given is of another text', () => {
    const scanner = new TextScanner();
    scanner.scan(searchText('Walked with Ana', []));
    const scans = new TextScans(scanner.take());
    const index = new SearchIndex();
    const other = searchText('Called Ben, then walked', ['phone']);
    index.put('e1', other, [], { scans, at: 0 });
    expect([...index.matches('ben')]).toEqual([1]);
    expect([...index.matches('ana')]).toEqual([0]);
    expect([...index.matches('#phone')]).toEqual([1]);
  });
});

// The index keeps each entry's note and tags (its source) instead of a lower-cased copy of its text
// until a search reads that text. Built from sources, scanned ahead or not, and edited after, it
// must hold the same words, postings and filters as the index built from the texts themselves, and
// answer every search the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex, searchText, type TextSource } from '../../../electron/service/search-index';
import { TextScanner, TextScans } from '../../../shared/search/text-scan';

// Plain words, capitals, punctuation and the awkward ones (İ lower-cases to two code units).
const UNITS = ['a', 'b', 'ab', 'Ab', 'AB', '1', ' ', '#', '-', '.', '\n', 'é', 'É', 'İ', 'Σ', 'ß', '😀', '中文'];
const note = fc.oneof(fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 30 }));
const tags = fc.array(fc.oneof(fc.constantFrom('moving', 'Éa', 'x-y', 'ab'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 })), { maxLength: 3 });
const source = fc.record({ note, tags }).map(({ note: n, tags: t }): TextSource => ({ note: n.replaceAll('\u0000', ''), tags: t.map((x) => x.replaceAll('\u0000', '')) }));

/** Puts in the words of the texts written since the last search, as a search does first. */
const settle = (index: SearchIndex) => (index as unknown as { settle(): void }).settle();

/** The index's state with every text as the text it stands for (and without its scanner's scratch). */
function state(index: SearchIndex): Record<string, unknown> {
  settle(index);
  const { scanner: _scanner, texts, ...rest } = index as unknown as Record<string, unknown>;
  const made = (texts as Array<string | TextSource | undefined>).map((t) => (t === undefined || typeof t === 'string' ? t : searchText(t.note, t.tags)));
  return { ...rest, texts: made };
}

/** Needles cut from the texts (words, parts of words, phrases across punctuation), and a few others. */
function needles(texts: readonly string[], cuts: ReadonlyArray<[number, number, number]>): string[] {
  const found = cuts.map(([t, a, b]) => {
    const s = texts.length === 0 ? '' : texts[t % texts.length]!;
    const from = s.length === 0 ? 0 : a % s.length;
    return s.slice(from, from + 1 + (b % 10));
  });
  return [...found, 'a', 'ab a', '#moving', 'é', '-'].filter((n) => n.length > 0);
}

describe('the search index built from entries’ sources', () => {
  it('equals the index built from their texts, after loading and after edits, and finds the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ source, scanned: fc.boolean() }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.record({ id: fc.integer({ min: 0, max: 35 }), source: fc.option(source, { nil: undefined }), asText: fc.boolean() }), { maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 15 }),
        (loaded, chunk, edits, cuts) => {
          const texts = new SearchIndex();
          for (const [i, { source: s }] of loaded.entries()) texts.put(`e${i}`, searchText(s.note, s.tags));

          // As at unlock: some sources scanned ahead in chunks, as the worker does, others not.
          const sources = new SearchIndex();
          const scanner = new TextScanner();
          for (let from = 0; from < loaded.length; from += chunk) {
            const part = loaded.slice(from, from + chunk);
            for (const { source: s, scanned } of part) {
              if (scanned) scanner.scan(searchText(s.note, s.tags));
              else scanner.skip();
            }
            const scans = new TextScans(scanner.take());
            part.forEach(({ source: s }, k) => sources.put(`e${from + k}`, s, [], { scans, at: k }));
          }
          expect(state(sources)).toEqual(state(texts));

          const ask = () => {
            const all = (state(texts).texts as Array<string | undefined>).filter((t): t is string => t !== undefined);
            for (const needle of needles(all, cuts)) {
              const expected = (state(texts).texts as Array<string | undefined>).map((t) => (t !== undefined && t.includes(needle) ? 1 : 0));
              expect([...sources.matches(needle)]).toEqual(expected);
              expect([...texts.matches(needle)]).toEqual(expected);
            }
          };
          // Searching makes some texts from their sources: the index must stay the same.
          ask();
          expect(state(sources)).toEqual(state(texts));

          // Writes after unlock: a source or a text replaces either kind, or the entry goes.
          for (const { id, source: s, asText } of edits) {
            if (s === undefined) {
              texts.remove(`e${id}`);
              sources.remove(`e${id}`);
            } else {
              texts.put(`e${id}`, searchText(s.note, s.tags));
              sources.put(`e${id}`, asText ? searchText(s.note, s.tags) : { note: s.note, tags: [...s.tags] });
            }
          }
          expect(state(sources)).toEqual(state(texts));
          ask();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the source, never a copy of the text, even after a search read it', () => {
    const index = new SearchIndex();
    const held = { note: 'Walked with Ana, then coffee', tags: ['Moving'] };
    const other = { note: 'Quiet evening', tags: [] };
    index.put('e1', held);
    index.put('e2', other);
    const texts = () => (index as unknown as { texts: unknown[] }).texts;
    expect(texts()).toEqual([held, other]);
    // One word is answered by its postings alone: no text is read.
    expect([...index.matches('coffee')]).toEqual([1, 0]);
    expect(texts()[0]).toBe(held);
    // A phrase reads the texts of its candidates, made for it and not kept.
    expect([...index.matches('ana, then')]).toEqual([1, 0]);
    expect(texts()[0]).toBe(held);
    expect(texts()[1]).toBe(other);
    // A text put as a text is held as put, and read as it is.
    index.put('e3', searchText('Tea with Ana, then a walk', []));
    expect([...index.matches('ana, then a')]).toEqual([0, 0, 1]);
    expect(texts()[2]).toBe(searchText('Tea with Ana, then a walk', []));
  });
});

// A write puts its text in the search index without scanning it; the next search scans every text
// written since, in one batch. Whatever the writes (new entries, edits, removals, a slot freed and
// used again, the same entry written twice before a search), a search must find exactly the
// entries whose text holds the needle, as when each write was scanned at once, and remembered
// phrases must follow the writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex, searchText, type TextSource } from '../../../electron/service/search-index';

const UNITS = ['a', 'b', 'ab', 'Ab', ' ', '#', '-', '.', 'é', 'İ', '😀'];
const source = fc
  .record({
    note: fc.array(fc.constantFrom(...UNITS), { maxLength: 20 }).map((parts) => parts.join('')),
    tags: fc.array(fc.constantFrom('moving', 'ab', 'x-y'), { maxLength: 2 }),
  })
  .map((s): TextSource => s);
/** A write: put entry `id` with a source, or remove it (null); or a search (a needle). */
const step = fc.oneof(
  fc.record({ id: fc.integer({ min: 0, max: 12 }), text: fc.option(source, { nil: null }) }),
  fc.record({ needle: fc.constantFrom('a', 'ab', 'b a', 'ab #moving', 'é', '-', 'a.') }),
);

const settle = (index: SearchIndex) => (index as unknown as { settle(): void }).settle();

describe('the search index after writes', () => {
  it('finds what each text holds, whether the writes were scanned one by one or at the next search', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const lazy = new SearchIndex();
        const eager = new SearchIndex();
        const held = new Map<string, string>();
        const slots = new Map<string, number>();
        const check = (needle: string) => {
          const expected = new Array<number>(lazy.slotCount).fill(0);
          for (const [id, text] of held) if (text.includes(needle)) expected[slots.get(id)!] = 1;
          expect([...lazy.matches(needle)]).toEqual(expected);
          expect([...eager.matches(needle)]).toEqual(expected);
        };
        for (const s of steps) {
          if ('needle' in s) {
            check(s.needle);
            continue;
          }
          const id = `e${s.id}`;
          if (s.text === null) {
            lazy.remove(id);
            eager.remove(id);
            held.delete(id);
            slots.delete(id);
          } else {
            const slot = lazy.put(id, s.text);
            expect(eager.put(id, s.text)).toBe(slot);
            settle(eager);
            held.set(id, searchText(s.text.note, s.text.tags));
            slots.set(id, slot);
          }
        }
        for (const needle of ['a', 'ab', 'b a', '#moving', 'é']) check(needle);
      }),
      { numRuns: 400 },
    );
  });

  it('finds every one of more writes than one batch scans', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 1200; i++) index.put(`e${i}`, { note: `day ${i} with w${i % 7}`, tags: i % 2 === 0 ? ['even'] : [] });
    const marked = (needle: string) => [...index.matches(needle)].flatMap((m, slot) => (m === 1 ? [slot] : []));
    expect(marked('w3')).toEqual(Array.from({ length: 1200 }, (_, i) => i).filter((i) => i % 7 === 3));
    expect(marked('day 1199 ')).toEqual([1199]);
    expect(marked('#even')).toHaveLength(600);
  });

  it('scans no text on a write, and the writes since the last search together at the next', () => {
    const index = new SearchIndex();
    const scanned: string[] = [];
    const scanner = (index as unknown as { scanner: { scan(text: string): void } }).scanner;
    const scan = scanner.scan.bind(scanner);
    scanner.scan = (text) => {
      scanned.push(text);
      scan(text);
    };
    index.put('e0', { note: 'Called Ana', tags: [] });
    index.put('e1', { note: 'Walk with Ben', tags: ['outside'] });
    index.put('e0', { note: 'Called Ana twice', tags: [] });
    index.remove('e1');
    expect(scanned).toEqual([]);
    expect([...index.matches('twice')]).toEqual([1, 0]);
    expect(scanned).toEqual([searchText('Called Ana twice', [])]);
    expect([...index.matches('ben')]).toEqual([0, 0]);
    expect(scanned).toHaveLength(1);
  });
});

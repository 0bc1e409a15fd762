// The matches of needles that read texts (phrases) are remembered and kept up to date on each write:
// asked again after any adds, edits, deletes and reused slots, they answer what a scan answers.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { SearchIndex, searchText } from '../../../electron/service/search-index';
import { RememberedMatches } from '../../../electron/service/remembered-matches';

const WORDS = ['a', 'b', 'ab', 'ba', 'helped', 'listened', ' ', '  ', ', ', '\n', 'é'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((parts) => parts.join(''));
/** Needles that are not one plain word, so the index reads texts for them; at most four, all remembered. */
const PHRASES = ['a b', 'listened helped', 'b, a', 'd h'];

const op = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), id: fc.integer({ min: 0, max: 9 }), text }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 9 }) }),
);

/** The ids whose text contains the needle, by reading every text. */
function scan(texts: Map<string, string>, needle: string): string[] {
  return [...texts].filter(([, t]) => t.includes(needle)).map(([id]) => id).sort();
}

describe('remembered phrase matches', () => {
  it('answer what a scan answers after every write, asked after each one', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), fc.subarray(PHRASES, { minLength: 1 }), (ops, phrases) => {
        const index = new SearchIndex();
        const texts = new Map<string, string>();
        const slots = new Map<string, number>();
        for (const o of ops) {
          const id = `e${o.id}`;
          if (o.kind === 'put') {
            const t = searchText(o.text, []);
            slots.set(id, index.put(id, t));
            texts.set(id, t);
          } else {
            index.remove(id);
            texts.delete(id);
            slots.delete(id);
          }
          for (const needle of phrases) {
            const marked = index.matches(needle);
            expect(marked).toHaveLength(index.slotCount);
            expect([...slots].filter(([, s]) => marked[s] === 1).map(([i]) => i).sort()).toEqual(scan(texts, needle));
            // What a caller does to its copy does not reach what is remembered.
            marked.fill(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('read no text when asked again, and read only the written text, at the next search after a write', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 50; i++) index.put(`e${i}`, searchText(i % 5 === 0 ? 'she listened helped me' : 'listened and helped', []));
    expect(index.matches('listened helped').filter((m) => m === 1)).toHaveLength(10);
    const includes = vi.spyOn(String.prototype, 'includes');
    try {
      expect(index.matches('listened helped').filter((m) => m === 1)).toHaveLength(10);
      expect(includes).not.toHaveBeenCalled();
      index.put('e1', searchText('listened helped', []));
      expect(includes).not.toHaveBeenCalled();
      expect(index.matches('listened helped').filter((m) => m === 1)).toHaveLength(11);
      expect(includes).toHaveBeenCalledTimes(1);
    } finally {
      includes.mockRestore();
    }
  });

  it('forget the needle asked least recently beyond four', () => {
    const remembered = new RememberedMatches();
    for (const needle of ['a', 'b', 'c', 'd']) remembered.add(needle, Uint8Array.of(1));
    expect(remembered.get('a', 1)).toEqual(Uint8Array.of(1));
    remembered.add('e', Uint8Array.of(0));
    expect(remembered.get('b', 1)).toBeUndefined();
    expect(['a', 'c', 'd', 'e'].map((n) => remembered.get(n, 2))).toEqual([Uint8Array.of(1, 0), Uint8Array.of(1, 0), Uint8Array.of(1, 0), Uint8Array.of(0, 0)]);
  });
});

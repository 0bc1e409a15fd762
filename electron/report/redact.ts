// Names in the person's own words. A report that names people by initials or relationship must not
// carry "Argued with Priya" in a note: every mention of a journal person in the notes and tags it
// includes is replaced by that person's label, and every word the person chose to hide by HIDDEN.
// Matching is deliberately blunt: whole words, any case, the full name, first or last name alone,
// or an "also known as" word, so "Will" and "May" are replaced even where they are ordinary words.
// Replacing too much is visible in the preview; replacing too little would leak.

/** What a word the person chose to hide becomes. */
export const HIDDEN = '[hidden]';

/** A replaced stretch of the output text, [start, end) in UTF-16 code units. */
export type Span = readonly [start: number, end: number];

export interface Replaced {
  text: string;
  /** Where the replacements are in `text`, in order, for the preview to mark. */
  marks: Span[];
}

export interface NamedWords {
  /** The person's name as written in the journal. */
  name: string;
  /** Other words for the person ("Mum", "P."). */
  aliases: readonly string[];
  /** What the report calls the person: "P. S." or "friend A". */
  label: string;
}

export interface RedactionSource {
  /** The people whose names are replaced; empty when the report names people in full. */
  people: readonly NamedWords[];
  /** The person's own words to hide in this report. */
  hideWords: readonly string[];
  /** What a word that stands for several people with different labels becomes ("Sam" for two Sams). */
  shared: (word: string) => string;
}

/** Titles before a name: "Dr Okafor" is mentioned as "Okafor", not as "Dr". */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'dame', 'rev', 'fr', 'sr']);

/** A word is only worth matching if it has a letter or digit: "." or "-" alone would match everywhere. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** Letters, digits and combining marks: what a word is made of. A name is matched only between other characters. */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

function normal(text: string): string {
  return text.normalize('NFC');
}

/** The comparison key of a word: spacing and case do not matter. */
function keyOf(word: string): string {
  return normal(word).trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en');
}

/**
 * The ways notes refer to a person: the full name, the first name alone, the last name alone
 * ("Okafor's office"), and their other words. A title is not a name: "Dr" alone is not a mention.
 */
export function mentionsOf(person: Pick<NamedWords, 'name' | 'aliases'>): string[] {
  const words = person.name.trim().split(/\s+/u).filter((w) => !TITLES.has(w.toLocaleLowerCase('en').replace(/\.$/u, '')));
  return [...new Set([person.name, ...words.slice(0, 1), ...words.slice(-1), ...person.aliases])];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A word as a pattern: any run of spacing (a line break in a note) between its parts. */
function patternOf(word: string): string {
  return word.split(' ').map(escapeRegExp).join('\\s+');
}

/** Every word to replace, by key, with what it becomes. A hidden word wins over a name. */
function replacements(source: RedactionSource): Map<string, string> {
  const labels = new Map<string, Set<string>>();
  for (const p of source.people) {
    for (const word of mentionsOf(p)) {
      const key = keyOf(word);
      if (!MEANINGFUL.test(key)) continue;
      const set = labels.get(key) ?? new Set<string>();
      set.add(p.label);
      labels.set(key, set);
    }
  }
  const map = new Map<string, string>();
  for (const [key, set] of labels) map.set(key, set.size === 1 ? [...set][0]! : source.shared(key));
  for (const word of source.hideWords) {
    const key = keyOf(word);
    if (MEANINGFUL.test(key)) map.set(key, HIDDEN);
  }
  return map;
}

/**
 * A function that replaces every mention in a text. Longer words are tried first, so "Priya Shah"
 * is one mention, not "Priya" followed by "Shah".
 */
export function redactor(source: RedactionSource): (text: string) => Replaced {
  const map = replacements(source);
  const keys = [...map.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) return (text) => ({ text: normal(text), marks: [] });
  const values = keys.map((k) => map.get(k)!);
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${keys.map((k) => `(${patternOf(k)})`).join('|')})(?!${WORD_CHAR})`, 'giu');
  return (input) => {
    const text = normal(input);
    const marks: Span[] = [];
    let out = '';
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const which = m.findIndex((group, i) => i > 0 && group !== undefined);
      const replacement = values[which - 1]!;
      out += text.slice(last, m.index);
      marks.push([out.length, out.length + replacement.length]);
      out += replacement;
      last = m.index + m[0].length;
    }
    return { text: out + text.slice(last), marks };
  };
}

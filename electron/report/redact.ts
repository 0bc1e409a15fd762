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

interface Word {
  /** Every spelling of the word met, NFC: matched in any case. */
  spellings: Set<string>;
  replacement: string;
}

/** Every word to replace, by key, with what it becomes. A hidden word wins over a name. */
function replacements(source: RedactionSource): Map<string, Word> {
  const found = new Map<string, { spellings: Set<string>; labels: Set<string> }>();
  for (const p of source.people) {
    for (const word of mentionsOf(p)) {
      const key = keyOf(word);
      if (!MEANINGFUL.test(key)) continue;
      const entry = found.get(key) ?? { spellings: new Set<string>(), labels: new Set<string>() };
      entry.spellings.add(spelling(word));
      entry.labels.add(p.label);
      found.set(key, entry);
    }
  }
  const words = new Map<string, Word>();
  for (const [key, { spellings, labels }] of found) words.set(key, { spellings, replacement: labels.size === 1 ? [...labels][0]! : source.shared(key) });
  for (const word of source.hideWords) {
    const key = keyOf(word);
    if (!MEANINGFUL.test(key)) continue;
    words.set(key, { spellings: new Set([...(words.get(key)?.spellings ?? []), spelling(word)]), replacement: HIDDEN });
  }
  return words;
}

function spelling(word: string): string {
  return normal(word).trim().replace(/\s+/gu, ' ');
}

const LEADING_WORD = new RegExp(`^${WORD_CHAR}+`, 'u');

/** A word to look for where a candidate starts: sticky, any case, not followed by more of a word. */
interface Candidate {
  key: string;
  pattern: RegExp;
  replacement: string;
}

/**
 * A function that replaces every mention in a text. The text is read once, word by word; only
 * the words that begin like a mention are tried, longest first, so "Priya Shah" is one mention,
 * not "Priya" followed by "Shah". A mention that begins with a sign ("@pree") is tried at that sign.
 */
export function redactor(source: RedactionSource): (text: string) => Replaced {
  const byStart = new Map<string, Candidate[]>();
  for (const [key, word] of replacements(source)) {
    const start = LEADING_WORD.exec(key)?.[0] ?? Array.from(key)[0]!;
    const alternatives = [...word.spellings].map(patternOf).join('|');
    const list = byStart.get(start) ?? [];
    list.push({ key, pattern: new RegExp(`(?:${alternatives})(?!${WORD_CHAR})`, 'iuy'), replacement: word.replacement });
    byStart.set(start, list);
  }
  if (byStart.size === 0) return (text) => ({ text: normal(text), marks: [] });
  for (const list of byStart.values()) list.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const signs = [...byStart.keys()].filter((k) => !LEADING_WORD.test(k)).map(escapeRegExp);
  const scan = new RegExp(`${WORD_CHAR}+${signs.length > 0 ? `|${signs.join('|')}` : ''}`, 'gu');
  const wordChar = new RegExp(WORD_CHAR, 'u');

  return (input) => {
    const text = normal(input);
    const marks: Span[] = [];
    let out = '';
    let last = 0;
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
      const at = m.index;
      // A sign starts a mention only where a word does not run on into it.
      if (!wordChar.test(m[0]) && at > 0 && wordChar.test(text.slice(at - 1, at))) continue;
      for (const c of byStart.get(m[0].toLocaleLowerCase('en')) ?? []) {
        c.pattern.lastIndex = at;
        const hit = c.pattern.exec(text);
        if (hit === null) continue;
        out += text.slice(last, at);
        marks.push([out.length, out.length + c.replacement.length]);
        out += c.replacement;
        last = at + hit[0].length;
        scan.lastIndex = last;
        break;
      }
    }
    return { text: out + text.slice(last), marks };
  };
}

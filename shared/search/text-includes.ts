// Whether an entry's search text contains a needle, answered from the entry's note and tags without
// making the text: a phrase search reads thousands of texts, and making each one (a joined,
// lower-cased copy) is all of its garbage, which a search right after unlock pays for with the
// collection of everything the unlock left young.
//
// An ASCII needle is looked for with a case-insensitive RegExp, which allocates nothing. It agrees
// with lower-casing the text: without the `u` flag an ASCII letter matches only its two ASCII
// cases, and no other code unit lower-cases to ASCII but İ (to i and a dot) and the Kelvin sign
// (to k), so a text holding either is answered by making its text after all.

import { searchText } from './words';

/** Whether an entry's search text, searchText(note, tags), contains the needle the test was made for. */
export type TextTest = (note: string, tags: readonly string[]) => boolean;

/**
 * The only code units whose lower case holds ASCII. Looked for apart from the needle: one RegExp
 * with both is slower than two passes, as the needle alone is searched for as a string.
 */
const LOWERS_TO_ASCII = /[\u0130\u212a]/;

/** Whether `needle` is ASCII without a line break or NUL: those may join the note to the tags. */
function asciiWithinOnePart(needle: string): boolean {
  for (let i = 0; i < needle.length; i++) {
    const c = needle.charCodeAt(i);
    if (c === 0 || c === 10 || c >= 128) return false;
  }
  return true;
}

function escaped(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The test for `needle` (lower-cased, not empty). */
export function textTest(needle: string): TextTest {
  const made: TextTest = (note, tags) => searchText(note, tags).includes(needle);
  if (!asciiWithinOnePart(needle)) return made;
  // The text is the note, then each tag as `#tag`, each on its own line, then NUL: this needle
  // lies inside the note or inside one `#tag`, and there inside the tag or from its `#`.
  const inside = new RegExp(escaped(needle), 'i');
  const fromHash = needle.startsWith('#') ? new RegExp(`^${escaped(needle.slice(1))}`, 'i') : null;
  const rest = needle.length - 1;
  return (note, tags) => {
    if (inside.test(note)) return true;
    let mayLowerToAscii = LOWERS_TO_ASCII.test(note);
    // Tags are short: their lengths rule most out before a RegExp is run.
    for (const tag of tags) {
      if (holdsLowerToAscii(tag)) mayLowerToAscii = true;
      else if ((tag.length >= needle.length && inside.test(tag)) || (fromHash && tag.length >= rest && fromHash.test(tag))) return true;
    }
    return mayLowerToAscii && made(note, tags);
  };
}

/** LOWERS_TO_ASCII.test for a short text, without the call into the RegExp engine. */
function holdsLowerToAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x130 || c === 0x212a) return true;
  }
  return false;
}

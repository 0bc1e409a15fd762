// What the search index reads of a text: its words, each found with a hash of its code units, and
// the text an entry is searched by. The unlock worker runs the same code as the index, so the
// words it finds for the index are exactly those the index would find.

/** Code units that make words; the same test for texts and needles is what makes the index exact. */
export function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c >= 128;
}

export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/**
 * Calls `fn` with each word of `text`: where it starts and ends, and its hash (FNV-1a of its code
 * units). Nothing is allocated per word, so indexing a whole journal leaves little for the garbage collector.
 */
export function eachWord(text: string, fn: (start: number, end: number, hash: number) => void): void {
  let start = -1;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordUnit(c)) {
      if (start < 0) {
        start = i;
        hash = FNV_BASIS;
      }
      hash = Math.imul(hash ^ c, FNV_PRIME);
    } else if (start >= 0) {
      fn(start, i, hash);
      start = -1;
    }
  }
  if (start >= 0) fn(start, text.length, hash);
}

/**
 * What an entry is searched by. NUL ends it, as it ended each entry in the joined text searched
 * before; tags are written as the app shows them, "#moving", so a search for "#moving" finds them.
 */
export function searchText(note: string, tags: readonly string[]): string {
  return `${note}\n${tags.map((t) => `#${t}`).join('\n')}\u0000`.toLowerCase();
}

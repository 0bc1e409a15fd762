// An entry's search text read straight from its record's JSON, without parsing the record: the
// unlock worker only needs the note and the tags of each entry it opens, and the main thread parses
// every record anyway. Reads the top level of one JSON object, skipping every other value, and
// gives up (null) on anything it does not read exactly as JSON.parse would; the caller then parses.
import { searchText } from './words';

/** The code units of the JSON punctuation read here. */
const [QUOTE, BACKSLASH, COMMA, COLON, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = Array.from('"\\,:{}[]', (c) => c.charCodeAt(0));

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * searchText(note, tags) of the entry whose JSON is `json`, when it is one object whose last "note"
 * is a string and whose last "tags" is an array of strings; null otherwise, or when a key holds an
 * escape. Its answer counts only where JSON.parse(json) succeeds: the main thread lists a record
 * whose text does not parse as corrupt, and drops its scan with it.
 */
export function entrySearchText(json: string): string | null {
  const reader = new Reader(json);
  return reader.entry();
}

class Reader {
  private at = 0;
  /** The first backslash at or after where the reading is, or the text's length when none is left. */
  private slash = -1;
  private note: string | null = null;
  private tags: string[] | null = null;

  constructor(private readonly json: string) {}

  entry(): string | null {
    if (this.next() !== OPEN_BRACE) return null;
    this.at += 1;
    if (this.next() === CLOSE_BRACE) return null;
    for (;;) {
      if (this.next() !== QUOTE) return null;
      const keyStart = this.at + 1;
      const keyEnd = this.stringEnd(keyStart);
      if (keyEnd < 0 || this.slashFrom(keyStart) < keyEnd) return null;
      this.at = keyEnd + 1;
      if (this.next() !== COLON) return null;
      this.at += 1;
      this.next();
      if (!this.value(keyStart, keyEnd)) return null;
      const c = this.next();
      this.at += 1;
      if (c === CLOSE_BRACE) break;
      if (c !== COMMA) return null;
    }
    if (this.next() !== -1 || this.note === null || this.tags === null) return null;
    return searchText(this.note, this.tags);
  }

  /** Reads the value at `at` for the key json[keyStart, keyEnd); false when it cannot. */
  private value(keyStart: number, keyEnd: number): boolean {
    const four = keyEnd - keyStart === 4;
    if (four && this.json.startsWith('note', keyStart)) {
      this.note = this.string();
      return this.note !== null;
    }
    if (four && this.json.startsWith('tags', keyStart)) {
      this.tags = this.strings();
      return this.tags !== null;
    }
    return this.skip();
  }

  /** The code unit at `at` after any white space, -1 at the end; `at` is left on it. */
  private next(): number {
    const { json } = this;
    while (this.at < json.length && isSpace(json.charCodeAt(this.at))) this.at += 1;
    return this.at < json.length ? json.charCodeAt(this.at) : -1;
  }

  /** Where the first backslash at or after `from` is (the text's length when none): one search over the text in all. */
  private slashFrom(from: number): number {
    if (this.slash < from) {
      const found = this.json.indexOf('\\', from);
      this.slash = found < 0 ? this.json.length : found;
    }
    return this.slash;
  }

  /** Where the string whose first code unit is at `from` ends (its closing quote), -1 if it does not. */
  private stringEnd(from: number): number {
    const { json } = this;
    for (let at = json.indexOf('"', from); at >= 0; at = json.indexOf('"', at + 1)) {
      if (this.slashFrom(from) > at) return at;
      let slashes = 0;
      while (json.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes += 1;
      if (slashes % 2 === 0) return at;
    }
    return -1;
  }

  /** The string at `at`, decoded; null when there is none. */
  private string(): string | null {
    if (this.json.charCodeAt(this.at) !== QUOTE) return null;
    const start = this.at + 1;
    const end = this.stringEnd(start);
    if (end < 0) return null;
    this.at = end + 1;
    if (this.slashFrom(start) > end) return this.json.slice(start, end);
    try {
      return JSON.parse(this.json.slice(start - 1, end + 1)) as string;
    } catch {
      return null;
    }
  }

  /** The array of strings at `at`; null when it is not one. */
  private strings(): string[] | null {
    if (this.json.charCodeAt(this.at) !== OPEN_BRACKET) return null;
    this.at += 1;
    const out: string[] = [];
    if (this.next() === CLOSE_BRACKET) {
      this.at += 1;
      return out;
    }
    for (;;) {
      this.next();
      const s = this.string();
      if (s === null) return null;
      out.push(s);
      const c = this.next();
      this.at += 1;
      if (c === CLOSE_BRACKET) return out;
      if (c !== COMMA) return null;
    }
  }

  /**
   * Steps over the value at `at`: a string, an object or array (its brackets matched, the strings
   * in it stepped over whole), or a number or literal (up to the comma, bracket or space after it).
   */
  private skip(): boolean {
    const { json } = this;
    let depth = 0;
    while (this.at < json.length) {
      const c = json.charCodeAt(this.at);
      if (c === QUOTE) {
        const end = this.stringEnd(this.at + 1);
        if (end < 0) return false;
        this.at = end + 1;
        if (depth === 0) return true;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        depth += 1;
        this.at += 1;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (depth === 0) return true;
        depth -= 1;
        this.at += 1;
        if (depth === 0) return true;
      } else if (depth === 0 && (c === COMMA || isSpace(c))) return true;
      else this.at += 1;
    }
    return false;
  }
}

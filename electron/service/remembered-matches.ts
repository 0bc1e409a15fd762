// The text matches of the last few needles that had to read texts (a phrase of common words reads
// thousands), kept up to date on each write: a write checks its one text against each of them, so
// asking again (the next page, the list shown again after an edit) reads no text at all.

/** How many needles are remembered. */
const REMEMBERED = 4;

export class RememberedMatches {
  /** Marks by slot for each needle, least recently asked first. */
  private readonly marks = new Map<string, Uint8Array>();

  /** How many needles are remembered: none, and a write need not make its text for them. */
  get size(): number {
    return this.marks.size;
  }

  /** A copy of the needle's marks, `slots` long, or undefined when it is not remembered. */
  get(needle: string, slots: number): Uint8Array | undefined {
    const marked = this.marks.get(needle);
    if (!marked) return undefined;
    this.marks.delete(needle);
    this.marks.set(needle, marked);
    const copy = new Uint8Array(slots);
    copy.set(marked.length > slots ? marked.subarray(0, slots) : marked);
    return copy;
  }

  /** Remembers a copy of the needle's marks, forgetting the needle asked least recently. */
  add(needle: string, marked: Uint8Array): void {
    this.marks.set(needle, marked.slice());
    if (this.marks.size > REMEMBERED) this.marks.delete(this.marks.keys().next().value!);
  }

  /** The text in `slot` is now `text` (lower-cased), or nothing when the entry went. */
  changed(slot: number, text: string | undefined): void {
    for (const [needle, marked] of this.marks) {
      const matches = text !== undefined && text.includes(needle);
      if (slot < marked.length) marked[slot] = matches ? 1 : 0;
      else if (matches) {
        const longer = new Uint8Array(Math.max(slot + 1, marked.length * 2));
        longer.set(marked);
        longer[slot] = 1;
        this.marks.set(needle, longer);
      }
    }
  }
}

// One copy of each string that many entries repeat. Parsing each record makes a new string for
// every people's id, kind, channel and tag it holds: at 100,000 entries those copies of a few
// hundred distinct values cost more than 100 bytes an entry. Equal strings swapped in place, so no
// reader can tell.
import type { StoredEntry } from './stored-records';

export class SharedStrings {
  /** Grows with each distinct value seen while unlocked: people, kinds, channels and tags are few. */
  readonly #kept = new Map<string, string>();

  get<T extends string>(s: T): T {
    const kept = this.#kept.get(s);
    if (kept !== undefined) return kept as T;
    this.#kept.set(s, s);
    return s;
  }

  /** Makes the entry's repeated strings the kept copies; an updatedAt equal to createdAt becomes the same string. */
  share(data: StoredEntry): void {
    if (data.updatedAt === data.createdAt) data.updatedAt = data.createdAt;
    const { tags } = data;
    for (let k = 0; k < tags.length; k++) tags[k] = this.get(tags[k]!);
    for (const i of data.interactions) {
      i.personId = this.get(i.personId);
      for (let k = 0; k < i.kinds.length; k++) i.kinds[k] = this.get(i.kinds[k]!);
      if (i.direction !== undefined) i.direction = this.get(i.direction);
      if (i.channel !== undefined) i.channel = this.get(i.channel);
    }
  }
}

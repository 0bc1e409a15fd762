// How people are named in a report. The full name, initials or relationship only: the person
// chooses how much of their circle a reader learns, and the chosen form is the only one that
// reaches the report model.
import type { Relationship } from '../../shared/domain';
import type { NameStyle } from '../../shared/exchange';

/** A person who appears in the report's entries, with how often. */
export interface NamedPerson {
  personId: string;
  name: string;
  /** null when not recorded: such a person is named "someone A", "someone B"… */
  relationship: Relationship | null;
  interactions: number;
}

/** The word for a person whose relationship was not recorded: it claims none. */
const UNRECORDED_RELATIONSHIP = 'someone';

/** Code-point order: the same on every machine, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most interactions first, then name, then id, so the same journal always gets the same labels. */
function byInteractions(a: NamedPerson, b: NamedPerson): number {
  return b.interactions - a.interactions || compareText(a.name, b.name) || compareText(a.personId, b.personId);
}

/** The first letter (or digit) of a word, upper-cased; the first character when it has none. */
function initialOf(word: string): string {
  const letter = /[\p{L}\p{N}]/u.exec(word)?.[0] ?? Array.from(word)[0] ?? '';
  return letter.toLocaleUpperCase('en');
}

/** "Sam Rivera" → "S. R.", "Sam" → "S.", "Ana de la Cruz" → "A. C.". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter((w) => w !== '');
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  if (first === undefined) return '?';
  return last === undefined ? `${initialOf(first)}.` : `${initialOf(first)}. ${initialOf(last)}.`;
}

/** 0 → "A", 25 → "Z", 26 → "AA", 27 → "AB", like spreadsheet columns. */
export function letterLabel(index: number): string {
  let n = index + 1;
  let label = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    label = String.fromCharCode(65 + rem) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

/**
 * The display name of every person in the report, by person id. Two people who would read the
 * same ("S. R." twice, or two people both called "Sam") are told apart by a counter, the one with
 * more interactions keeping the plain form: "S. R.", "S. R. (2)".
 */
export function displayNames(people: readonly NamedPerson[], style: NameStyle): Map<string, string> {
  const ordered = [...people].sort(byInteractions);
  const names = new Map<string, string>();
  if (style === 'relationship') {
    const used = new Map<string, number>();
    for (const p of ordered) {
      const word = p.relationship ?? UNRECORDED_RELATIONSHIP;
      const n = used.get(word) ?? 0;
      used.set(word, n + 1);
      names.set(p.personId, `${word} ${letterLabel(n)}`);
    }
    return names;
  }
  const taken = new Set<string>();
  for (const p of ordered) {
    const base = style === 'full' ? p.name.trim() : initials(p.name);
    let label = base;
    // A loop, not a count: someone may really be called "Sam (2)".
    for (let n = 2; taken.has(label); n++) label = `${base} (${n})`;
    taken.add(label);
    names.set(p.personId, label);
  }
  return names;
}

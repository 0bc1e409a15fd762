// The search index is kept up to date on each write, never rebuilt: after any sequence of adds,
// edits, deletes and renames, a search answers exactly what a scan of every entry answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Person } from '../../../shared/domain';
import { JournalIndex } from '../../../electron/service/journal-index';
import { SearchIndex } from '../../../electron/service/search-index';
import { mayHold, pairFilter, pairHash } from '../../../shared/search/word-pairs';
import type { StoredEntry } from '../../../electron/service/stored-records';

// Letters, digits, spaces and punctuation, and the awkward ones: accents, a capital that lower-cases
// to two code units (İ), a final sigma, ß, and an emoji (two code units, which a needle may split).
const UNITS = ['a', 'b', 'ab', 'ba', 'A', 'B', '1', ' ', '  ', '#', '-', '.', '\n', 'é', 'É', 'İ', 'Σ', 'ß', '😀', '\u0000'];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 12 }).map((parts) => parts.join(''));
const NAMES = ['Ana', 'Ben', 'Anabel', 'Élodie'];

const person = (i: number, name: string): Person => ({
  id: `p${i}`,
  name,
  relationship: 'friend',
  aliases: [],
  archived: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const storedEntry = fc.record({
  day: fc.integer({ min: 1, max: 9 }),
  note: text,
  tags: fc.array(fc.constantFrom('a', 'ab', 'moving', 'éa', 'x-y'), { maxLength: 3 }),
  people: fc.array(fc.integer({ min: 0, max: NAMES.length - 1 }), { maxLength: 2 }),
  mood: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
});

function toStored(e: { day: number; note: string; tags: string[]; people: number[]; mood: number | undefined }): StoredEntry {
  const data: StoredEntry = {
    occurredAt: `2026-03-0${e.day}T12:00:00+01:00`,
    note: e.note,
    tags: e.tags,
    interactions: e.people.map((p) => ({ personId: `p${p}`, kinds: [], channel: 'in-person', askedForHelp: false })),
    createdAt: '2026-03-10T00:00:00Z',
    updatedAt: '2026-03-10T00:00:00Z',
  };
  if (e.mood !== undefined) data.mood = e.mood;
  return data;
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), id: fc.integer({ min: 0, max: 7 }), entry: storedEntry }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('rename' as const), person: fc.integer({ min: 0, max: NAMES.length - 1 }), name: fc.constantFrom('Zoë', 'Bea', 'Annab', 'Ana', 'ÉLO') }),
  // A person removed (merged away) while entries still name them: their name finds nothing.
  fc.record({ kind: fc.constant('forget' as const), person: fc.integer({ min: 0, max: NAMES.length - 1 }) }),
);

/** A listing's other filters, which a search narrows further. */
const filters = fc.record({
  offset: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  limit: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  moodMin: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  personId: fc.option(fc.constantFrom('p0', 'p1', 'p3'), { nil: undefined }),
});

/** The answer of a scan: every entry, newest first, whose text or named person holds the needle. */
function scan(entries: Map<string, StoredEntry>, names: Map<string, string>, search: string): string[] {
  const needle = search.trim().toLowerCase();
  return [...entries]
    .filter(([, d]) => {
      if (!needle) return true;
      const words = `${d.note}\n${d.tags.map((t) => `#${t}`).join('\n')}\u0000`.toLowerCase();
      return words.includes(needle) || d.interactions.some((i) => (names.get(i.personId) ?? '').toLowerCase().includes(needle));
    })
    .sort(([idA, a], [idB, b]) => (a.occurredAt === b.occurredAt ? (idA < idB ? -1 : 1) : a.occurredAt < b.occurredAt ? 1 : -1))
    .map(([id]) => id);
}

describe('search over an index kept up to date', () => {
  it('answers what a scan answers, after every add, edit, delete and rename', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.array(text, { minLength: 1, maxLength: 6 }), filters, (ops, extraNeedles, q) => {
        const index = new JournalIndex(DEFAULT_SETTINGS);
        const entries = new Map<string, StoredEntry>();
        const names = new Map<string, string>();
        NAMES.forEach((name, i) => {
          index.putPerson(person(i, name));
          names.set(`p${i}`, name);
        });
        for (const o of ops) {
          if (o.kind === 'put') {
            const data = toStored(o.entry);
            index.putEntry(`e${o.id}`, data);
            entries.set(`e${o.id}`, data);
          } else if (o.kind === 'remove') {
            index.removeEntry(`e${o.id}`);
            entries.delete(`e${o.id}`);
          } else if (o.kind === 'forget') {
            index.removePerson(`p${o.person}`);
            names.delete(`p${o.person}`);
          } else if (![...names].some(([id, n]) => id !== `p${o.person}` && n.toLowerCase() === o.name.toLowerCase())) {
            index.putPerson(person(o.person, o.name));
            names.set(`p${o.person}`, o.name);
          }
          // Needles taken from what is written (cut anywhere, even inside an emoji) and made up.
          // Names and parts of names, in any case, with and without their accents.
          const needles = [...extraNeedles, 'ab', '#moving', 'a b', 'b a', 'ab ba', ' ', 'ana', 'bea', 'NAB', 'élo', 'ÉLODIE', 'elo', 'zo'];
          for (const d of entries.values()) {
            const all = `${d.note}\n${d.tags.map((t) => `#${t}`).join('\n')}`;
            needles.push(all.slice(1, 4), all.slice(0, 2), all.slice(2), all.slice(1, 9), all.slice(3, -1));
          }
          for (const search of needles) {
            const listed = index.list({ search });
            expect(listed.entries.map((e) => e.id)).toEqual(scan(entries, names, search));
            expect(listed.total).toBe(listed.entries.length);
          }
          // With the other filters and a page: the same entries as the scan filtered, and its count.
          for (const search of needles.slice(0, 8)) {
            const all = scan(entries, names, search).filter((id) => {
              const d = entries.get(id)!;
              if (q.moodMin !== undefined && (d.mood === undefined || d.mood < q.moodMin)) return false;
              return q.personId === undefined || d.interactions.some((i) => i.personId === q.personId);
            });
            const start = q.offset ?? 0;
            const listed = index.list({ search, ...q });
            expect(listed.entries.map((e) => e.id)).toEqual(all.slice(start, q.limit === undefined ? undefined : start + q.limit));
            expect(listed.total).toBe(all.length);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('pages the matches newest first, with the total of every match', () => {
    const index = new JournalIndex(DEFAULT_SETTINGS);
    for (let day = 1; day <= 9; day++) index.putEntry(`e${day}`, toStored({ day, note: day % 2 ? 'Coffee with a friend' : 'rain', tags: [], people: [], mood: undefined }));
    const page = index.list({ search: 'COFFEE', limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.entries.map((e) => e.id)).toEqual(['e7', 'e5']);
  });
});

describe('the filter of neighbouring words', () => {
  it('holds every pair of words that stand next to each other in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), (hashes) => {
        const keys = new Uint32Array(Math.max(0, hashes.length - 1));
        for (let k = 0; k + 1 < hashes.length; k++) keys[k] = pairHash(hashes[k]!, hashes[k + 1]!);
        const filter = pairFilter(keys, keys.length);
        for (const key of keys) expect(mayHold(filter, key)).toBe(true);
      }),
    );
  });

  it('lets few absent pairs through', () => {
    const keys = Uint32Array.from({ length: 200 }, (_, i) => pairHash(i, i + 1));
    const filter = pairFilter(keys, keys.length);
    let passed = 0;
    for (let i = 0; i < 10_000; i++) if (mayHold(filter, pairHash(i + 1, i))) passed += 1;
    // Eight bits per pair and three probes: about 3% in theory.
    expect(passed).toBeLessThan(600);
  });
});

describe('the word index alone', () => {
  const marked = (index: SearchIndex, slots: Map<string, number>, needle: string) => {
    const hits = index.matches(needle);
    return [...slots].filter(([, slot]) => hits[slot] === 1).map(([id]) => id).sort();
  };

  it('forgets the words an edit took out and finds the ones it brought in, at once', () => {
    const index = new SearchIndex();
    const slots = new Map<string, number>();
    slots.set('a', index.put('a', 'walked by the river\u0000'));
    slots.set('b', index.put('b', 'river of coffee\u0000'));
    expect(marked(index, slots, 'river')).toEqual(['a', 'b']);
    expect(index.put('a', 'sat by the sea\u0000')).toBe(slots.get('a'));
    expect(marked(index, slots, 'river')).toEqual(['b']);
    expect(marked(index, slots, 'sea')).toEqual(['a']);
    expect(marked(index, slots, 'the sea')).toEqual(['a']);
    index.remove('b');
    expect(marked(index, slots, 'coffee')).toEqual([]);
    expect(marked(index, slots, 'river')).toEqual([]);
  });

  it('gives a freed slot to the next entry, without the old words', () => {
    const index = new SearchIndex();
    const first = index.put('a', 'lonely evening\u0000');
    index.remove('a');
    const next = index.put('c', 'busy morning\u0000');
    expect(next).toBe(first);
    expect(index.matches('lonely')[next]).toBe(0);
    expect(index.matches('busy')[next]).toBe(1);
  });

  it('matches a phrase only where its words stand together, part-words at its ends', () => {
    const index = new SearchIndex();
    const slots = new Map<string, number>();
    slots.set('together', index.put('together', 'we listened, helped a bit\u0000'));
    slots.set('apart', index.put('apart', 'helped, then listened\u0000'));
    slots.set('inside', index.put('inside', 'relistened helpedness\u0000'));
    expect(marked(index, slots, 'listened, helped')).toEqual(['together']);
    expect(marked(index, slots, 'ened helpe')).toEqual(['inside']);
    expect(marked(index, slots, ', ')).toEqual(['apart', 'together']);
  });
});

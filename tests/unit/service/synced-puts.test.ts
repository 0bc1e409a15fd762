// A sync round puts its winners into the index one after another, and their entries' search texts
// are scanned together, in batches, by the next search; each record put and searched at once is the
// reference. Both must leave the same index: the same entries, people and answers to every search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain';
import { searchText } from '../../../shared/search/words';
import { JournalIndex } from '../../../electron/service/journal-index';
import { applyRecord } from '../../../electron/service/load-journal';
import type { StoredEntry, StoredPerson } from '../../../electron/service/stored-records';

const WORDS = ['walk', 'Walked', 'tea', 'Anna', 'anna’s', 'café', 'İstanbul', 'ß', '😀', 'move-out', 'x', ''];
const phrase = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((ws) => ws.join(' '));
const STAMP = '2026-11-01T10:00:00.000Z';

const entry = (note: string, tags: string[], day: number): StoredEntry => ({
  occurredAt: `2026-11-${String(day).padStart(2, '0')}T09:30:00+01:00`,
  mood: day % 11,
  note,
  tags,
  interactions: [],
  createdAt: STAMP,
  updatedAt: STAMP,
});
const person = (name: string): StoredPerson => ({ name, aliases: [], archived: false, createdAt: STAMP, updatedAt: STAMP });

interface Put {
  id: string;
  kind: 'entry' | 'person';
  value: StoredEntry | StoredPerson;
}

const put = fc.oneof(
  { weight: 9, arbitrary: fc.record({ note: phrase, tags: fc.array(phrase, { maxLength: 2 }), day: fc.integer({ min: 1, max: 28 }) }).map(({ note, tags, day }) => ({ kind: 'entry' as const, value: entry(note, tags, day) })) },
  { weight: 1, arbitrary: fc.constantFrom('Anna', 'Ben').map((name) => ({ kind: 'person' as const, value: person(name) })) },
);

/** Puts with unique ids (a round's winners are one per record); `held` of them already in the index. */
function withIds(puts: ReadonlyArray<Omit<Put, 'id'>>, idOffset: number): Put[] {
  return puts.map((p, i) => ({ ...p, id: `${p.kind}-${i + idOffset}` }));
}

function indexHolding(held: readonly Put[]): JournalIndex {
  const index = new JournalIndex(DEFAULT_SETTINGS);
  for (const p of held) applyRecord(index, p, p.value);
  return index;
}

function searchAnswers(index: JournalIndex, needles: readonly string[]): string[][] {
  return needles.map((search) => index.list({ search, limit: 10_000, offset: 0 }).entries.map((e) => e.id));
}

function expectSame(puts: readonly Put[], held: readonly Put[]): void {
  const together = indexHolding(held);
  const oneByOne = indexHolding(held);
  for (const p of puts) applyRecord(together, p, p.value);
  for (const p of puts) {
    applyRecord(oneByOne, p, p.value);
    oneByOne.list({ search: 'walk', limit: 1, offset: 0 });
  }

  expect(together.namedEntries()).toEqual(oneByOne.namedEntries());
  expect(together.allPeople()).toEqual(oneByOne.allPeople());
  const texts = [...held, ...puts].flatMap((p) => (p.kind === 'entry' ? [searchText((p.value as StoredEntry).note, (p.value as StoredEntry).tags)] : []));
  const needles = [...new Set([...WORDS.filter((w) => w !== ''), 'walk tea', 'anna', ...texts.slice(0, 5)])];
  expect(searchAnswers(together, needles)).toEqual(searchAnswers(oneByOne, needles));
}

describe('a sync round’s winners put into the index', () => {
  it('leaves the index a put of each record in turn leaves, replacing what it held', () => {
    fc.assert(
      fc.property(fc.array(put, { maxLength: 60 }), fc.array(put, { maxLength: 20 }), fc.nat(), (incoming, before, overlap) => {
        const held = withIds(before, 0);
        // Some incoming records replace held ones (ids in common), the others are new.
        const puts = withIds(incoming, held.length === 0 ? 0 : overlap % held.length);
        expectSame(puts, held);
      }),
      { numRuns: 60 },
    );
  });

  it('agrees over more records than one scanning batch holds', () => {
    const many = Array.from({ length: 1300 }, (_, i) => ({
      kind: 'entry' as const,
      value: entry(`${WORDS[i % WORDS.length]} day ${i % 97} ${WORDS[(i * 7) % WORDS.length]}`, [WORDS[(i * 3) % WORDS.length]!], 1 + (i % 28)),
    }));
    expectSame(withIds(many, 5), withIds(many.slice(0, 40), 0));
  });
});

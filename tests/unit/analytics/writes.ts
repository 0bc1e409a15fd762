// Random sequences of writes on a journal for property tests: adds, edits (to another day, to
// another person, with an interaction removed) and deletes, applied to a plain map of entries, the
// model the day aggregates must agree with.
import fc from 'fast-check';
import type { Entry } from '../../../shared/domain';
import { journalArb, PEOPLE, type Journal } from './arbitraries';

const PERSON_IDS = ['p0', 'p1', 'p2', 'p3', 'p4'];

export type Write =
  /** Puts a pool entry's content under an id: a new entry, or an edit (often to another day). */
  | { op: 'put'; id: number; source: number }
  /** The ids count among the live entries, so most writes touch an entry that exists. */
  | { op: 'remove'; live: number }
  | { op: 'drop-interaction'; live: number; at: number }
  | { op: 'repoint'; live: number; person: number };

const writeArb: fc.Arbitrary<Write> = fc.oneof(
  fc.record({ op: fc.constant('put' as const), id: fc.nat(120), source: fc.nat(500) }),
  fc.record({ op: fc.constant('remove' as const), live: fc.nat(500) }),
  fc.record({ op: fc.constant('drop-interaction' as const), live: fc.nat(500), at: fc.nat(3) }),
  fc.record({ op: fc.constant('repoint' as const), live: fc.nat(500), person: fc.nat(PERSON_IDS.length - 1) }),
);

export interface WrittenJournal extends Journal {
  /** Contents for the puts: another random journal's entries (other days, other people). */
  pool: Entry[];
  writes: Write[];
}

export const writtenJournalArb: fc.Arbitrary<WrittenJournal> = fc
  .record({ journal: journalArb, pool: journalArb.map((j) => j.entries), writes: fc.array(writeArb, { maxLength: 40 }) })
  .map(({ journal, pool, writes }) => ({ ...journal, pool, writes }));

/** What a store of entries does on each write: the aggregates under test, or the model. */
export interface EntrySink {
  put(entry: Entry, old: Entry | undefined): void;
  remove(old: Entry): void;
}

/** Replays the writes on `model` (a map by id) and on `sink`, each write seeing the entry it replaces. */
export function replay(j: WrittenJournal, model: Map<string, Entry>, sink: EntrySink): void {
  const put = (e: Entry) => {
    sink.put(e, model.get(e.id));
    model.set(e.id, e);
  };
  for (const e of j.entries) put(e);
  for (const w of j.writes) {
    const live = [...model.values()];
    if (w.op === 'put') {
      const source = j.pool[w.source % Math.max(1, j.pool.length)] ?? j.entries[w.source % Math.max(1, j.entries.length)];
      if (source) put({ ...source, id: `e${String(w.id).padStart(3, '0')}` });
      continue;
    }
    const target = live[w.live % Math.max(1, live.length)];
    if (!target) continue;
    if (w.op === 'remove') {
      sink.remove(target);
      model.delete(target.id);
    } else if (w.op === 'drop-interaction') {
      put({ ...target, interactions: target.interactions.filter((_, k) => k !== w.at % Math.max(1, target.interactions.length)) });
    } else {
      const personId = PERSON_IDS[w.person]!;
      const person = PEOPLE.find((p) => p.id === personId);
      put({ ...target, interactions: target.interactions.map((i) => ({ ...i, personId, person: person?.name ?? `${personId} new name` })) });
    }
  }
}

// A small in-memory stand-in for window.hearth: just the methods the People screens use.
import { vi } from 'vitest';
import { SUPPORT_KINDS, type Direction, type Entry, type Interaction, type Person, type PersonSummary, type Relationship, type SupportKind } from '../../../shared/domain';

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

let counter = 0;
/** A UUID-shaped id, as the service hands out. */
export function uuid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export interface FakeInteraction {
  personId: string;
  kinds?: SupportKind[];
  direction?: Direction;
  felt?: number;
  cost?: number;
}

export function makeFake() {
  const people = new Map<string, Person>();
  const entries: Array<{ id: string; occurredAt: string; note: string; interactions: FakeInteraction[] }> = [];

  /** null: no relationship recorded, as for a person added without one. */
  function person(name: string, relationship: Relationship | null = 'friend', archived = false): Person {
    const stamp = '2026-01-01T00:00:00.000Z';
    const p: Person = { id: uuid(), name, aliases: [], archived, createdAt: stamp, updatedAt: stamp };
    if (relationship !== null) p.relationship = relationship;
    people.set(p.id, p);
    return p;
  }

  function entry(occurredAt: string, note: string, interactions: FakeInteraction[]): string {
    const id = uuid();
    entries.push({ id, occurredAt, note, interactions });
    return id;
  }

  function toEntry(e: (typeof entries)[number]): Entry {
    const interactions: Interaction[] = e.interactions.map((i) => {
      const p = people.get(i.personId)!;
      const out: Interaction = { personId: i.personId, person: p.name, relationship: p.relationship, kinds: i.kinds ?? [], channel: 'in-person', askedForHelp: false };
      // Left out is not recorded, as in the journal.
      if (i.direction !== undefined) out.direction = i.direction;
      if (i.felt !== undefined) out.felt = i.felt;
      if (i.cost !== undefined) out.cost = i.cost;
      return out;
    });
    return { id: e.id, occurredAt: e.occurredAt, mood: 5, support: 5, note: e.note, tags: [], interactions, createdAt: e.occurredAt, updatedAt: e.occurredAt };
  }

  const newestFirst = () => [...entries].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));

  const hearth = {
    listPeople: vi.fn(async (arg?: { includeArchived?: boolean }): Promise<PersonSummary[]> =>
      [...people.values()]
        .filter((p) => arg?.includeArchived || !p.archived)
        .map((p) => {
          const mine = newestFirst().filter((e) => e.interactions.some((i) => i.personId === p.id));
          const count = mine.reduce((n, e) => n + e.interactions.filter((i) => i.personId === p.id).length, 0);
          return { ...p, interactionCount: count, lastContact: mine[0]?.occurredAt ?? null };
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
    ),
    // Only the per-person figures the person page shows, as the service counts them: over the
    // entries whose date is in the range, a kind once per interaction, each mean over the
    // interactions that have the value.
    insights: vi.fn(async (q?: { from?: string; to?: string }) => {
      const inRange = entries.filter((e) => (!q?.from || e.occurredAt.slice(0, 10) >= q.from) && (!q?.to || e.occurredAt.slice(0, 10) <= q.to));
      const figures = [...people.values()].flatMap((p) => {
        const mine = inRange.flatMap((e) => e.interactions.filter((i) => i.personId === p.id));
        if (mine.length === 0) return [];
        const felts = mine.flatMap((i) => (i.felt === undefined ? [] : [i.felt]));
        const costs = mine.flatMap((i) => (i.cost === undefined ? [] : [i.cost]));
        const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
        const kinds = Object.fromEntries(SUPPORT_KINDS.map((k) => [k, mine.filter((i) => i.kinds?.includes(k)).length]));
        const direction = (d: Direction) => mine.filter((i) => i.direction === d).length;
        return [
          {
            personId: p.id,
            interactions: mine.length,
            kinds,
            meanFelt: mean(felts),
            feltInteractions: felts.length,
            meanCost: mean(costs),
            costInteractions: costs.length,
            received: direction('received'),
            gave: direction('gave'),
            both: direction('both'),
            feltSpread: { nourishing: felts.filter((f) => f > 0).length, neutral: felts.filter((f) => f === 0).length, draining: felts.filter((f) => f < 0).length },
          },
        ];
      });
      return { people: figures };
    }),
    listEntries: vi.fn(async (q?: { personId?: string }) => {
      const list = newestFirst()
        .filter((e) => !q?.personId || e.interactions.some((i) => i.personId === q.personId))
        .map(toEntry);
      return { entries: list, total: list.length };
    }),
    addPerson: vi.fn(async ({ name, relationship }: { name: string; relationship?: Relationship }) => person(name, relationship ?? null)),
    updatePerson: vi.fn(async ({ id, name, relationship, aliases }: { id: string; name?: string; relationship?: Relationship | null; aliases?: string[] }) => {
      const p = people.get(id);
      if (!p) throw new FakeError('NOT_FOUND', 'That person no longer exists.');
      if (name !== undefined) {
        const other = [...people.values()].find((o) => o.id !== id && o.name.toLowerCase() === name.toLowerCase());
        if (other) throw new FakeError('INVALID_INPUT', `There is already someone called ${other.name}; merge them instead.`, 'name');
      }
      const next: Person = { ...p, name: name ?? p.name, aliases: aliases ?? p.aliases };
      // As the service: null clears the relationship, absent keeps it.
      if (relationship === null) delete next.relationship;
      else if (relationship !== undefined) next.relationship = relationship;
      people.set(id, next);
      return next;
    }),
    archivePerson: vi.fn(async ({ id, archived }: { id: string; archived: boolean }) => {
      const next = { ...people.get(id)!, archived };
      people.set(id, next);
      return next;
    }),
    mergePeople: vi.fn(async ({ sourceId, targetId }: { sourceId: string; targetId: string }) => {
      for (const e of entries) for (const i of e.interactions) if (i.personId === sourceId) i.personId = targetId;
      people.delete(sourceId);
      return people.get(targetId)!;
    }),
  };

  return { hearth, people, person, entry };
}

/** Installs the fake as window.hearth. */
export function install(fake: ReturnType<typeof makeFake>): void {
  (window as unknown as { hearth: unknown }).hearth = fake.hearth;
}

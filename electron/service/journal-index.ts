// The decrypted journal, held in memory while unlocked. Every read is served from here; the
// service writes to disk first and updates this index only after the transaction commits.
import type { Entry, Interaction, Person, PersonSummary, Settings, SupportKind } from '../../shared/domain';
import type { EntryList } from '../../shared/api';
import type { Arg } from '../../shared/schemas';

/** An interaction as sealed on disk: the person by id only, so a rename touches one record. */
export type StoredInteraction = Omit<Interaction, 'person' | 'relationship'>;

/** An entry as sealed on disk (id lives in the row). */
export interface StoredEntry {
  occurredAt: string;
  mood: number;
  support: number;
  stress?: number;
  note: string;
  tags: string[];
  interactions: StoredInteraction[];
  createdAt: string;
  updatedAt: string;
}

/** A person as sealed on disk (id lives in the row). */
export type StoredPerson = Omit<Person, 'id'>;

interface IndexedEntry {
  id: string;
  data: StoredEntry;
  /** Milliseconds since the epoch, for ordering across offsets. */
  instant: number;
  /** Note and tags, lower-cased once, for search. */
  haystack: string;
}

const UNKNOWN_PERSON = { name: 'Unreadable person', relationship: 'other' } as const;

export class JournalIndex {
  readonly people = new Map<string, Person>();
  private readonly entries = new Map<string, IndexedEntry>();
  private newestFirst: IndexedEntry[] | null = null;
  settings: Settings;
  settingsId: string | null = null;

  constructor(defaults: Settings) {
    this.settings = { ...defaults };
  }

  hasEntry(id: string): boolean {
    return this.entries.has(id);
  }

  storedEntry(id: string): StoredEntry | undefined {
    return this.entries.get(id)?.data;
  }

  putEntry(id: string, data: StoredEntry): void {
    const haystack = `${data.note}\n${data.tags.join('\n')}`.toLowerCase();
    this.entries.set(id, { id, data, instant: Date.parse(data.occurredAt), haystack });
    this.newestFirst = null;
  }

  removeEntry(id: string): void {
    this.entries.delete(id);
    this.newestFirst = null;
  }

  entryCount(): number {
    return this.entries.size;
  }

  /** Entries that mention a person, for rewriting on merge. */
  entriesWithPerson(personId: string): Array<{ id: string; data: StoredEntry }> {
    return this.sorted()
      .filter((e) => e.data.interactions.some((i) => i.personId === personId))
      .map(({ id, data }) => ({ id, data }));
  }

  findPersonByName(name: string): Person | undefined {
    const wanted = name.trim().toLocaleLowerCase();
    for (const p of this.people.values()) if (p.name.toLocaleLowerCase() === wanted) return p;
    return undefined;
  }

  toEntry(id: string, data: StoredEntry): Entry {
    const entry: Entry = {
      id,
      occurredAt: data.occurredAt,
      mood: data.mood,
      support: data.support,
      note: data.note,
      tags: [...data.tags],
      interactions: data.interactions.map((i) => {
        const p = this.people.get(i.personId) ?? UNKNOWN_PERSON;
        return { ...i, kinds: [...i.kinds], person: p.name, relationship: p.relationship };
      }),
      createdAt: data.createdAt,
      updatedAt: data.updatedAt,
    };
    if (data.stress !== undefined) entry.stress = data.stress;
    return entry;
  }

  list(query: Arg<'listEntries'>): EntryList {
    const q = query ?? {};
    const needle = q.search?.trim().toLocaleLowerCase() ?? '';
    const peopleMatchingSearch = new Set<string>();
    if (needle) {
      for (const p of this.people.values()) if (p.name.toLocaleLowerCase().includes(needle)) peopleMatchingSearch.add(p.id);
    }
    const matches = this.sorted().filter((e) => {
      const d = e.data;
      const day = d.occurredAt.slice(0, 10);
      if (q.from && day < q.from) return false;
      if (q.to && day > q.to) return false;
      if (q.moodMin !== undefined && d.mood < q.moodMin) return false;
      if (q.moodMax !== undefined && d.mood > q.moodMax) return false;
      if (q.personId && !d.interactions.some((i) => i.personId === q.personId)) return false;
      if (q.kind && !d.interactions.some((i) => i.kinds.includes(q.kind as SupportKind))) return false;
      if (needle && !e.haystack.includes(needle) && !d.interactions.some((i) => peopleMatchingSearch.has(i.personId))) return false;
      return true;
    });
    const start = q.offset ?? 0;
    const page = q.limit === undefined ? matches.slice(start) : matches.slice(start, start + q.limit);
    return { entries: page.map((e) => this.toEntry(e.id, e.data)), total: matches.length };
  }

  /** Tags by how often they are used, then alphabetically: the order autocomplete wants. */
  tags(): string[] {
    const counts = new Map<string, number>();
    for (const e of this.entries.values()) for (const t of e.data.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  }

  peopleSummaries(includeArchived: boolean): PersonSummary[] {
    const stats = new Map<string, { count: number; last: IndexedEntry | null }>();
    for (const e of this.sorted()) {
      for (const i of e.data.interactions) {
        const s = stats.get(i.personId) ?? { count: 0, last: e };
        s.count += 1;
        stats.set(i.personId, s);
      }
    }
    return [...this.people.values()]
      .filter((p) => includeArchived || !p.archived)
      .map((p) => {
        const s = stats.get(p.id);
        return { ...p, interactionCount: s?.count ?? 0, lastContact: s?.last?.data.occurredAt ?? null };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  private sorted(): IndexedEntry[] {
    this.newestFirst ??= [...this.entries.values()].sort(
      (a, b) => b.instant - a.instant || b.data.createdAt.localeCompare(a.data.createdAt) || a.id.localeCompare(b.id),
    );
    return this.newestFirst;
  }
}

// The decrypted journal, held in memory while unlocked. Every read is served from here; the
// service writes to disk first and updates this index only after the transaction commits.
import type { Entry, Person, PersonSummary, Settings, SupportKind } from '../../shared/domain';
import type { EntryList, SavedDraft } from '../../shared/api';
import type { Arg } from '../../shared/schemas';
import type { StoredCheckin } from '../../shared/checkins';
import { ENTRY_SCALES, type AutoBackupKey, type StoredEntry } from './stored-records';

interface IndexedEntry {
  id: string;
  data: StoredEntry;
  /** Milliseconds since the epoch, for ordering across offsets. */
  instant: number;
}

/**
 * Every entry's note and tags, lower-cased and joined newest first, built on the first search after
 * a change. One native indexOf over the whole text is much faster than a scan per entry.
 */
interface SearchCorpus {
  text: string;
  /** starts[i] is where the i-th newest entry's text begins. */
  starts: number[];
}

const UNKNOWN_PERSON = { name: 'Unreadable person', relationship: 'other' } as const;

export class JournalIndex {
  private readonly people = new Map<string, Person>();
  /** People by lower-cased name: names are unique regardless of case. */
  private readonly byName = new Map<string, Person>();
  private readonly entries = new Map<string, IndexedEntry>();
  /** Each entry's JSON text as sealed on disk, for backups; absent when not known. */
  private readonly entryTexts = new Map<string, string>();
  private newestFirst: IndexedEntry[] | null = null;
  private corpus: SearchCorpus | null = null;
  /** Every entry with people named, for the analytics; rebuilt after any change. */
  private named: Entry[] | null = null;
  private currentSettings: Settings;
  /** The id of the settings record; null until one is loaded or sealed. */
  private settingsRecord: string | null = null;
  private backupKey: AutoBackupKey | null = null;
  /** The entry form's state kept at the last save or lock: at most one per journal. */
  private savedDraft: { id: string; data: SavedDraft } | null = null;
  /** Answered check-ins (questionnaires), by record id. */
  private readonly checkinRecords = new Map<string, StoredCheckin>();

  constructor(defaults: Settings) {
    this.currentSettings = { ...defaults };
  }

  /** A copy: the index changes its settings only through replaceSettings. */
  get settings(): Settings {
    return { ...this.currentSettings };
  }

  get settingsId(): string | null {
    return this.settingsRecord;
  }

  get autoBackupKey(): AutoBackupKey | null {
    return this.backupKey;
  }

  /** The settings record as now sealed (or as another process sealed it). */
  replaceSettings(id: string, settings: Settings, autoBackupKey: AutoBackupKey | null): void {
    this.settingsRecord = id;
    this.currentSettings = { ...settings };
    this.backupKey = autoBackupKey;
  }

  /** The journal's one draft and the id of its record, or null. */
  draft(): { id: string; data: SavedDraft } | null {
    return this.savedDraft;
  }

  /**
   * Keeps a draft record as the journal's one draft. Should there ever be two records (two
   * processes each saved one), the one saved later is kept.
   */
  putDraft(id: string, data: SavedDraft): void {
    const current = this.savedDraft;
    if (current && current.id !== id && current.data.savedAt >= data.savedAt) return;
    this.savedDraft = { id, data };
  }

  /** Drops the draft when it is the record `id`. */
  removeDraft(id: string): void {
    if (this.savedDraft?.id === id) this.savedDraft = null;
  }

  checkin(id: string): StoredCheckin | undefined {
    return this.checkinRecords.get(id);
  }

  /** Every check-in as stored, in no particular order. */
  checkins(): Array<{ id: string; data: StoredCheckin }> {
    return [...this.checkinRecords].map(([id, data]) => ({ id, data }));
  }

  putCheckin(id: string, data: StoredCheckin): void {
    this.checkinRecords.set(id, data);
  }

  removeCheckin(id: string): void {
    this.checkinRecords.delete(id);
  }

  hasEntry(id: string): boolean {
    return this.entries.has(id);
  }

  storedEntry(id: string): StoredEntry | undefined {
    return this.entries.get(id)?.data;
  }

  /** `json` is data's JSON text as sealed, when the caller has it. */
  putEntry(id: string, data: StoredEntry, json?: string): void {
    this.entries.set(id, { id, data, instant: Date.parse(data.occurredAt) });
    if (json === undefined) this.entryTexts.delete(id);
    else this.entryTexts.set(id, json);
    this.changed();
  }

  removeEntry(id: string): void {
    this.entries.delete(id);
    this.entryTexts.delete(id);
    this.changed();
  }

  /** The entry's JSON text as sealed, when known. */
  entryJson(id: string): string | undefined {
    return this.entryTexts.get(id);
  }

  entryCount(): number {
    return this.entries.size;
  }

  /** Every entry as stored, in no particular order: for backups. */
  storedEntries(): Array<{ id: string; data: StoredEntry }> {
    return [...this.entries.values()].map(({ id, data }) => ({ id, data }));
  }

  /** The sources of imported entries, so importing the same file again adds nothing. */
  importKeys(): Set<string> {
    const keys = new Set<string>();
    for (const e of this.entries.values()) if (e.data.importKey !== undefined) keys.add(e.data.importKey);
    return keys;
  }

  /** Entries that mention a person, for rewriting on merge. */
  entriesWithPerson(personId: string): Array<{ id: string; data: StoredEntry }> {
    return this.sorted()
      .filter((e) => e.data.interactions.some((i) => i.personId === personId))
      .map(({ id, data }) => ({ id, data }));
  }

  person(id: string): Person | undefined {
    return this.people.get(id);
  }

  allPeople(): Person[] {
    return [...this.people.values()];
  }

  putPerson(person: Person): void {
    const old = this.people.get(person.id);
    if (old) this.byName.delete(old.name.toLowerCase());
    this.people.set(person.id, person);
    this.byName.set(person.name.toLowerCase(), person);
    this.named = null;
  }

  removePerson(id: string): void {
    const old = this.people.get(id);
    if (old) this.byName.delete(old.name.toLowerCase());
    this.people.delete(id);
    this.named = null;
  }

  findPersonByName(name: string): Person | undefined {
    return this.byName.get(name.trim().toLowerCase());
  }

  toEntry(id: string, data: StoredEntry): Entry {
    const entry: Entry = {
      id,
      occurredAt: data.occurredAt,
      note: data.note,
      tags: [...data.tags],
      interactions: data.interactions.map((i) => {
        const p = this.people.get(i.personId) ?? UNKNOWN_PERSON;
        return { ...i, kinds: [...i.kinds], person: p.name, relationship: p.relationship };
      }),
      createdAt: data.createdAt,
      updatedAt: data.updatedAt,
    };
    // A scale not recorded stays absent, not undefined.
    for (const scale of ENTRY_SCALES) if (data[scale] !== undefined) entry[scale] = data[scale];
    return entry;
  }

  list(query: Arg<'listEntries'>): EntryList {
    const q = query ?? {};
    const needle = q.search?.trim().toLowerCase() ?? '';
    const sorted = this.sorted();
    const textHits = needle ? this.textMatches(needle) : null;
    const peopleHits = new Set<string>();
    if (needle) for (const p of this.people.values()) if (p.name.toLowerCase().includes(needle)) peopleHits.add(p.id);
    const matches = sorted.filter((e, i) => {
      const d = e.data;
      const day = d.occurredAt.slice(0, 10);
      if (q.from && day < q.from) return false;
      if (q.to && day > q.to) return false;
      // An entry without a mood matches no mood filter.
      if (q.moodMin !== undefined && (d.mood === undefined || d.mood < q.moodMin)) return false;
      if (q.moodMax !== undefined && (d.mood === undefined || d.mood > q.moodMax)) return false;
      if (q.personId && !d.interactions.some((x) => x.personId === q.personId)) return false;
      if (q.kind && !d.interactions.some((x) => x.kinds.includes(q.kind as SupportKind))) return false;
      if (textHits && !textHits.has(i) && !d.interactions.some((x) => peopleHits.has(x.personId))) return false;
      return true;
    });
    const start = q.offset ?? 0;
    const page = q.limit === undefined ? matches.slice(start) : matches.slice(start, start + q.limit);
    return { entries: page.map((e) => this.toEntry(e.id, e.data)), total: matches.length };
  }

  /** Positions (in newest-first order) of entries whose note or tags contain the needle. */
  private textMatches(needle: string): Set<number> {
    const corpus = this.searchCorpus();
    const hits = new Set<number>();
    let from = 0;
    for (;;) {
      const at = corpus.text.indexOf(needle, from);
      if (at < 0) return hits;
      // The entry holding this position: the last start at or before it.
      let lo = 0;
      let hi = corpus.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (corpus.starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      hits.add(lo);
      from = corpus.starts[lo + 1] ?? corpus.text.length;
    }
  }

  private searchCorpus(): SearchCorpus {
    if (!this.corpus) {
      const parts: string[] = [];
      const starts: number[] = [];
      let length = 0;
      for (const e of this.sorted()) {
        // NUL ends each entry's text, so ordinary needles never match across two entries. Tags are
        // written as the app shows them, "#moving", so that a search for "#moving" finds them too.
        const part = `${e.data.note}\n${e.data.tags.map((t) => `#${t}`).join('\n')}\u0000`.toLowerCase();
        starts.push(length);
        parts.push(part);
        length += part.length;
      }
      this.corpus = { text: parts.join(''), starts };
    }
    return this.corpus;
  }

  /**
   * Every entry, newest first, with people named: the input of the analytics. Shared between calls
   * until the next change, so callers must treat it as read-only.
   */
  namedEntries(): readonly Entry[] {
    this.named ??= this.sorted().map((e) => this.toEntry(e.id, e.data));
    return this.named;
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

  private changed(): void {
    this.newestFirst = null;
    this.corpus = null;
    this.named = null;
  }

  private sorted(): IndexedEntry[] {
    this.newestFirst ??= [...this.entries.values()].sort(
      (a, b) => b.instant - a.instant || b.data.createdAt.localeCompare(a.data.createdAt) || a.id.localeCompare(b.id),
    );
    return this.newestFirst;
  }
}

/** The index as those who only read it see it: every change goes through the Journal. */
export type JournalReader = Pick<
  JournalIndex,
  | 'storedEntry'
  | 'storedEntries'
  | 'entryJson'
  | 'entryCount'
  | 'importKeys'
  | 'person'
  | 'allPeople'
  | 'findPersonByName'
  | 'toEntry'
  | 'list'
  | 'namedEntries'
  | 'tags'
  | 'peopleSummaries'
  | 'settings'
  | 'settingsId'
  | 'draft'
  | 'checkin'
  | 'checkins'
>;

// The decrypted journal, held in memory while unlocked. Every read is served from here; the
// service writes to disk first and updates this index only after the transaction commits.
import type { Entry, Person, PersonSummary, Settings, SupportKind } from '../../shared/domain';
import type { EntryList, SavedDraft } from '../../shared/api';
import type { Arg } from '../../shared/schemas';
import type { StoredCheckin } from '../../shared/checkins';
import type { AutoBackupKey, StoredEntry } from './stored-records';
import { frozen, namedEntry } from './named-entry';
import { NewestFirst } from './entry-order';
import { SearchIndex, type ScannedText } from './search-index';
import { SharedStrings } from './shared-strings';
import { DayAggregates } from '../analytics/day-aggregates';
import type { DayGroup } from '../analytics/days';
import type { PeopleTotals } from '../analytics/people';
import type { DayEntry } from '../analytics/day-summary';

/**
 * An entry in the index. It is also what the analytics read of it (a DayEntry: the fields they read
 * are the stored entry's own), so the day sums hold the entry itself, not a second object for it.
 */
interface IndexedEntry extends DayEntry {
  id: string;
  data: StoredEntry;
  /** Milliseconds since the epoch, for ordering across offsets. */
  instant: number;
  /** Where the search index keeps this entry. */
  slot: number;
  /** The entry with people named, frozen and shared once asked for; dropped when one of its people is renamed. */
  named?: Entry;
}

/** Whether the entry passes the filters of a listing other than its search. */
function passes(d: StoredEntry, q: NonNullable<Arg<'listEntries'>>): boolean {
  if (q.from || q.to) {
    const day = d.occurredAt.slice(0, 10);
    if (q.from && day < q.from) return false;
    if (q.to && day > q.to) return false;
  }
  // An entry without a mood matches no mood filter.
  if (q.moodMin !== undefined && (d.mood === undefined || d.mood < q.moodMin)) return false;
  if (q.moodMax !== undefined && (d.mood === undefined || d.mood > q.moodMax)) return false;
  if (q.personId && !d.interactions.some((x) => x.personId === q.personId)) return false;
  if (q.kind && !d.interactions.some((x) => x.kinds.includes(q.kind as SupportKind))) return false;
  return true;
}

export class JournalIndex {
  private readonly people = new Map<string, Person>();
  /** People by lower-cased name: names are unique regardless of case. */
  private readonly byName = new Map<string, Person>();
  private readonly entries = new Map<string, IndexedEntry>();
  /** Kept up to date on each write, never rebuilt whole. */
  private readonly order = new NewestFirst<IndexedEntry>();
  /** The slots of `order`'s array, in its order: a search walks these, not the entries. */
  private slotOrder = { of: [] as IndexedEntry[], slots: new Int32Array(0) };
  private readonly search = new SearchIndex();
  private readonly strings = new SharedStrings();
  private revised = 0;
  /** Each day's sums for the analytics, kept up to date on each write. */
  private readonly days = new DayAggregates();
  /**
   * Every entry with people named, newest first, for the care cards and the report. After a write
   * only the array is made again: each entry keeps its named form until it or its people change.
   */
  private named: Entry[] | null = null;
  /** Whether any entry holds its named form, so that renames during loading walk nothing. */
  private namedAny = false;
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
    this.revised += 1;
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
    this.revised += 1;
    this.checkinRecords.set(id, data);
  }

  removeCheckin(id: string): void {
    this.revised += 1;
    this.checkinRecords.delete(id);
  }

  hasEntry(id: string): boolean {
    return this.entries.has(id);
  }

  storedEntry(id: string): StoredEntry | undefined {
    return this.entries.get(id)?.data;
  }

  /** `scanned`, when given, is the entry's search text scanned already (at unlock, by the worker). */
  putEntry(id: string, data: StoredEntry, scanned?: ScannedText): void {
    const old = this.entries.get(id);
    if (old) this.order.remove(old);
    this.strings.share(data);
    const people = data.interactions.map((i) => i.personId);
    const slot = this.search.put(id, data, people, scanned);
    const { occurredAt, createdAt, mood, support, stress, interactions } = data;
    const entry: IndexedEntry = { id, data, instant: Date.parse(occurredAt), slot, occurredAt, createdAt, mood, support, stress, interactions };
    this.entries.set(id, entry);
    this.order.add(entry);
    if (old) this.days.remove(id, old.data.occurredAt);
    this.days.put(entry);
    this.changed();
  }

  removeEntry(id: string): void {
    const old = this.entries.get(id);
    if (!old) return;
    this.entries.delete(id);
    this.order.remove(old);
    this.search.remove(id);
    this.days.remove(id, old.data.occurredAt);
    this.changed();
  }

  /** Puts entries loaded in bulk in order and sums their days now, so that the first read after unlock pays nothing. */
  settle(): void {
    this.orderedSlots(this.sorted());
    this.days.days();
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
    this.revised += 1;
    const old = this.people.get(person.id);
    if (old) this.byName.delete(old.name.toLowerCase());
    this.people.set(person.id, person);
    this.byName.set(person.name.toLowerCase(), person);
    if (old?.name !== person.name || old.relationship !== person.relationship) this.renamed(person.id);
  }

  removePerson(id: string): void {
    this.revised += 1;
    const old = this.people.get(id);
    if (old) this.byName.delete(old.name.toLowerCase());
    this.people.delete(id);
    this.renamed(id);
  }

  findPersonByName(name: string): Person | undefined {
    return this.byName.get(name.trim().toLowerCase());
  }

  /** A fresh copy of the entry, with its people named: the caller may change it. */
  toEntry(id: string, data: StoredEntry): Entry {
    return namedEntry(id, data, this.people);
  }

  /**
   * The entries matching the query, newest first, with their total. The entries are frozen and
   * shared with later calls until they or their people change: a list of every entry then makes
   * no new objects but its array, so it leaves no garbage for the collector to copy.
   */
  list(query: Arg<'listEntries'>): EntryList {
    const q = query ?? {};
    const needle = q.search?.trim().toLowerCase() ?? '';
    const sorted = this.sorted();
    const slots = this.orderedSlots(sorted);
    let hits: Uint8Array | null = null;
    if (needle) {
      const named: string[] = [];
      for (const p of this.people.values()) if (p.name.toLowerCase().includes(needle)) named.push(p.id);
      hits = this.search.matches(needle, named);
    }
    const filtered = Boolean(q.from || q.to || q.personId || q.kind) || q.moodMin !== undefined || q.moodMax !== undefined;
    const start = q.offset ?? 0;
    const end = q.limit === undefined ? Infinity : start + q.limit;
    const page: IndexedEntry[] = [];
    let total = 0;
    // The search is a look-up by slot: only the entries it marks, and only for other filters, are read.
    for (let k = 0; k < slots.length; k++) {
      if (hits && !hits[slots[k]!]) continue;
      if (filtered && !passes(sorted[k]!.data, q)) continue;
      if (total >= start && total < end) page.push(sorted[k]!);
      total += 1;
    }
    return { entries: page.map((e) => this.namedOf(e)), total };
  }

  /**
   * Every entry, newest first, with people named: the input of the analytics. Shared between calls
   * until the next change, so callers must treat it as read-only.
   */
  namedEntries(): readonly Entry[] {
    if (!this.named) {
      this.named = this.sorted().map((e) => this.namedOf(e));
    }
    return this.named;
  }

  /** Every day with entries and its sums, oldest first: the input of the Insights. Read-only. */
  dayGroups(): readonly DayGroup[] {
    return this.days.days();
  }

  /** Each person's sums over all of dayGroups(), kept up to date the same way. Read-only. */
  peopleTotals(): PeopleTotals {
    return this.days.people();
  }

  /** Tags by how often they are used, then alphabetically: the order autocomplete wants. */
  tags(): string[] {
    const counts = new Map<string, number>();
    for (const e of this.entries.values()) for (const t of e.data.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  }

  /** Everyone by name, with their interactions and latest contact from the day aggregates: no entry is read. */
  peopleSummaries(includeArchived: boolean): PersonSummary[] {
    const contacts = this.days.people().contacts();
    return [...this.people.values()]
      .filter((p) => includeArchived || !p.archived)
      .map((p) => {
        const c = contacts.get(p.id);
        return { ...p, interactionCount: c?.interactions ?? 0, lastContact: c?.lastContact ?? null };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** 'YYYY-MM-DD' of the newest entry (the date part of its occurredAt), or null when there is none. */
  newestEntryDay(): string | null {
    return this.order.first()?.data.occurredAt.slice(0, 10) ?? null;
  }

  /**
   * Counts every change of entries, people, check-ins and settings: an answer worked out from them
   * stays true while this stays the same.
   */
  get revision(): number {
    return this.revised;
  }

  private changed(): void {
    this.revised += 1;
    this.named = null;
  }

  /** The entry's shared, frozen named form, made when first asked for. */
  private namedOf(e: IndexedEntry): Entry {
    if (!e.named) {
      e.named = frozen(this.toEntry(e.id, e.data));
      this.namedAny = true;
    }
    return e.named;
  }

  /** The entries that name person `id` show their name and relationship again when next asked. */
  private renamed(id: string): void {
    if (!this.namedAny) return;
    this.named = null;
    for (const e of this.entries.values()) if (e.named && e.data.interactions.some((i) => i.personId === id)) e.named = undefined;
  }

  private sorted(): IndexedEntry[] {
    return this.order.all();
  }

  /** The slots of `sorted` (the order's current array), made again only when the order changed. */
  private orderedSlots(sorted: IndexedEntry[]): Int32Array {
    if (this.slotOrder.of !== sorted) {
      const slots = new Int32Array(sorted.length);
      for (let k = 0; k < sorted.length; k++) slots[k] = sorted[k]!.slot;
      this.slotOrder = { of: sorted, slots };
    }
    return this.slotOrder.slots;
  }
}

/** The index as those who only read it see it: every change goes through the Journal. */
export type JournalReader = Pick<
  JournalIndex,
  | 'storedEntry'
  | 'storedEntries'
  | 'entryCount'
  | 'importKeys'
  | 'person'
  | 'allPeople'
  | 'findPersonByName'
  | 'toEntry'
  | 'list'
  | 'namedEntries'
  | 'dayGroups'
  | 'tags'
  | 'peopleSummaries'
  | 'settings'
  | 'settingsId'
  | 'draft'
  | 'checkin'
  | 'checkins'
  | 'newestEntryDay'
>;

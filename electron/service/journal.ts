// The journal while it is unlocked: entries, people, settings and insights over the decrypted
// index, each change sealed and committed in one transaction before the index is updated.
import { randomUUID } from 'node:crypto';
import type { Results, SavedDraft } from '../../shared/api';
import type { CorruptRecord, Entry, Person, SealProblem, Settings } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import type { Arg, Draft, EntryData, NewEntryData } from '../../shared/schemas';
import { computeInsights } from '../analytics/compute-insights';
import type { RecordStore } from '../store/record-store';
import type { ImportResult } from '../../shared/exchange';
import { JsonText, type BackupRecord } from '../backup/backup-format';
import type { RecordCipher, SealedRecord } from '../vault/record-cipher';
import { resolveInteractions, sameEntry, storedEntry } from './entry-records';
import type { AutoBackupKey, JournalIndex, StoredEntry, StoredSettings } from './journal-index';
import type { RestorePlan } from './restore-plan';
import type { WriteLock } from '../store/write-lock';
import type { JournalSync } from './journal-sync';
import { localToday, toLocalOffsetIso } from '../../shared/local-time';

/** Schema version of the JSON inside each kind of record. */
export const SCHEMA = 1;

export class Journal {
  /** Set by every write; cleared when an automatic backup has captured the journal. */
  changedSinceBackup = false;

  constructor(
    private readonly store: RecordStore,
    private readonly cipher: RecordCipher,
    readonly index: JournalIndex,
    /** Records that failed to open: named to the person, and deletable. */
    public corrupt: CorruptRecord[],
    private readonly now: () => Date,
    private readonly sync: JournalSync,
  ) {}

  get writeLock(): WriteLock {
    return this.sync.lock;
  }

  /** Takes in what other processes changed since this index was built; true when anything did. */
  refresh(): boolean {
    const { changed, corrupt } = this.sync.refresh(this.index, this.corrupt);
    this.corrupt = corrupt;
    if (changed) this.changedSinceBackup = true;
    return changed;
  }

  /** Every change runs holding the vault's write lock, on an index just brought up to date. */
  private change<T>(fn: () => T): T {
    return this.sync.lock.run(() => {
      this.refresh();
      return fn();
    });
  }

  // Entries ---------------------------------------------------------------------------------

  /**
   * Adds the entries in one transaction: all of them or none. `importKeys[i]` marks where entry i
   * came from. An input with an id already stored with the same content is that entry (a retry).
   */
  addEntries(inputs: NewEntryData[], importKeys?: readonly string[]): Entry[] {
    return this.change(() => this.addNow(inputs, importKeys));
  }

  private addNow(inputs: NewEntryData[], importKeys?: readonly string[]): Entry[] {
    const stamp = this.now().toISOString();
    const people: Person[] = [];
    const added: Array<{ id: string; data: StoredEntry }> = [];
    const results = inputs.map((input, i) => {
      const already = input.id === undefined ? null : this.alreadyAdded(input.id, input, added);
      if (already) return already;
      const { interactions, newPeople } = resolveInteractions(this.index, input.interactions, stamp, people);
      people.push(...newPeople);
      const occurredAt = input.occurredAt ?? toLocalOffsetIso(this.now());
      const entry = { id: input.id ?? randomUUID(), data: storedEntry(input, interactions, occurredAt, stamp, stamp, importKeys?.[i]) };
      added.push(entry);
      return entry.id;
    });
    if (added.length > 0) {
      const sealed = this.sealEntries(added);
      this.write([...people.map((p) => this.sealPerson(p)), ...sealed.records], []);
      for (const p of people) this.index.putPerson(p);
      added.forEach(({ id, data }, i) => this.index.putEntry(id, data, sealed.texts[i]));
    }
    return results.map((r) => (typeof r === 'string' ? this.index.toEntry(r, this.index.storedEntry(r)!) : r));
  }

  /** The entry stored under a caller's id when `input` says the same; an error when it does not. */
  private alreadyAdded(id: string, input: EntryData, batch: ReadonlyArray<{ id: string }>): Entry | null {
    const clash = (why: string) => new HearthError('INVALID_INPUT', `The id ${id} ${why}; choose a new id for a new entry.`, { field: 'id' });
    if (batch.some((e) => e.id === id)) throw clash('is given to two entries here');
    const stored = this.index.storedEntry(id);
    if (!stored) {
      if (this.index.person(id) || this.sync.ledger.records.has(id)) throw clash('already belongs to another record');
      return null;
    }
    const existing = this.index.toEntry(id, stored);
    if (!sameEntry(existing, input)) throw clash('already belongs to an entry with different content');
    return existing;
  }

  updateEntry(arg: Arg<'updateEntry'>): Entry {
    return this.change(() => this.updateNow(arg));
  }

  private updateNow({ id, entry }: Arg<'updateEntry'>): Entry {
    const old = this.readableEntry(id);
    const stamp = this.now().toISOString();
    const { interactions, newPeople } = resolveInteractions(this.index, entry.interactions, stamp);
    const data = storedEntry(entry, interactions, entry.occurredAt ?? old.occurredAt, old.createdAt, stamp, old.importKey);
    const sealed = this.sealEntries([{ id, data }]);
    this.write([...newPeople.map((p) => this.sealPerson(p)), ...sealed.records], []);
    for (const p of newPeople) this.index.putPerson(p);
    this.index.putEntry(id, data, sealed.texts[0]);
    return this.index.toEntry(id, data);
  }

  deleteEntry(arg: Arg<'deleteEntry'>): void {
    this.change(() => this.deleteNow(arg));
  }

  private deleteNow({ id }: Arg<'deleteEntry'>): void {
    const corrupt = this.corrupt.some((c) => c.id === id && c.kind === 'entry');
    // A damaged entry can still be deleted: that is how a person clears it away.
    if (!this.index.hasEntry(id) && !corrupt) throw new HearthError('NOT_FOUND', 'That entry no longer exists.');
    this.write([], [id]);
    this.index.removeEntry(id);
    this.corrupt = this.corrupt.filter((c) => c.id !== id);
  }

  getEntry({ id }: Arg<'getEntry'>): Entry {
    return this.index.toEntry(id, this.readableEntry(id));
  }

  // People ----------------------------------------------------------------------------------

  addPerson({ name, relationship, aliases }: Arg<'addPerson'>): Person {
    return this.change(() => {
      this.assertNameFree(name, null);
      const stamp = this.now().toISOString();
      return this.savePerson({ id: randomUUID(), name, relationship, aliases: aliases ?? [], archived: false, createdAt: stamp, updatedAt: stamp });
    });
  }

  updatePerson({ id, name, relationship, aliases }: Arg<'updatePerson'>): Person {
    return this.change(() => {
      const person = this.requirePerson(id);
      if (name !== undefined) this.assertNameFree(name, id);
      return this.savePerson({
        ...person,
        name: name ?? person.name,
        relationship: relationship ?? person.relationship,
        aliases: aliases ?? person.aliases,
        updatedAt: this.now().toISOString(),
      });
    });
  }

  archivePerson({ id, archived }: Arg<'archivePerson'>): Person {
    return this.change(() => {
      const person = this.requirePerson(id);
      return this.savePerson({ ...person, archived, updatedAt: this.now().toISOString() });
    });
  }

  /** Moves every interaction of source to target and removes source, in one transaction. */
  mergePeople(arg: Arg<'mergePeople'>): Person {
    return this.change(() => this.mergeNow(arg));
  }

  private mergeNow({ sourceId, targetId }: Arg<'mergePeople'>): Person {
    this.requirePerson(sourceId);
    const target = this.requirePerson(targetId);
    const stamp = this.now().toISOString();
    const rewritten = this.index.entriesWithPerson(sourceId).map(({ id, data }) => ({
      id,
      data: {
        ...data,
        interactions: data.interactions.map((i) => (i.personId === sourceId ? { ...i, personId: targetId } : i)),
        updatedAt: stamp,
      },
    }));
    const sealed = this.sealEntries(rewritten);
    this.write(sealed.records, [sourceId]);
    rewritten.forEach(({ id, data }, i) => this.index.putEntry(id, data, sealed.texts[i]));
    this.index.removePerson(sourceId);
    return target;
  }

  // Settings --------------------------------------------------------------------------------

  updateSettings(patch: Arg<'updateSettings'>): Settings {
    const changes: Partial<Settings> = {};
    if (patch.autoLockMinutes !== undefined) changes.autoLockMinutes = patch.autoLockMinutes as Settings['autoLockMinutes'];
    if (patch.theme !== undefined) changes.theme = patch.theme;
    if (patch.dateLocale !== undefined) changes.dateLocale = patch.dateLocale;
    if (patch.weekStartsOn !== undefined) changes.weekStartsOn = patch.weekStartsOn;
    return this.saveSettings(changes, 'unchanged');
  }

  /**
   * Seals the settings as they are on disk with `changes` applied, and the automatic-backup key
   * (which only the main process ever sees), or the one there already when 'unchanged'.
   */
  saveSettings(changes: Partial<Settings>, autoBackupKey: AutoBackupKey | null | 'unchanged'): Settings {
    return this.change(() => {
      const settings = { ...this.index.settings, ...changes };
      const key = autoBackupKey === 'unchanged' ? this.index.autoBackupKey : autoBackupKey;
      this.write([this.sealSettings(settings, key)], []);
      this.rememberSettings(settings, key);
      return { ...settings };
    });
  }

  // The draft: the entry form's state, so that a lock does not lose what is being written --

  /** Keeps the form's state as the journal's one draft, replacing the one before. */
  saveDraft(draft: Draft): void {
    this.change(() => {
      this.index.draftId ??= randomUUID();
      const saved: SavedDraft = { ...draft, savedAt: this.now().toISOString() };
      this.write([this.cipher.seal('draft', this.index.draftId, SCHEMA, saved)], []);
      this.index.draft = saved;
    });
  }

  getDraft(): SavedDraft | null {
    return this.index.draft && structuredClone(this.index.draft);
  }

  discardDraft(): void {
    this.change(() => {
      const id = this.index.draftId;
      if (id === null) return;
      this.write([], [id]);
      this.index.draft = null;
      this.index.draftId = null;
    });
  }

  // Backups and imports ---------------------------------------------------------------------

  /** Every readable record, as a backup holds it; automatic-backup details stay behind. */
  backupRecords(): BackupRecord[] {
    const { autoBackup: _machineSpecific, ...settings } = this.index.settings;
    const { draft, draftId } = this.index;
    return [
      ...(draft && draftId ? [{ kind: 'draft' as const, id: draftId, schema: SCHEMA, data: draft }] : []),
      ...this.index.allPeople().map(({ id, ...data }) => ({ kind: 'person' as const, id, schema: SCHEMA, data })),
      ...this.index.storedEntries().map(({ id, data }) => ({ kind: 'entry' as const, id, schema: SCHEMA, data: new JsonText(this.index.entryJson(id) ?? JSON.stringify(data)) })),
      { kind: 'settings' as const, id: this.index.settingsId ?? randomUUID(), schema: SCHEMA, data: settings },
    ];
  }

  /** Writes a restore plan in one transaction, then updates the index. */
  applyRestore(plan: RestorePlan): ImportResult {
    return this.change(() => this.restoreNow(plan));
  }

  private restoreNow(plan: RestorePlan): ImportResult {
    const settings = plan.settings ? { ...this.index.settings, ...plan.settings } : null;
    const sealed = this.sealEntries(plan.entries);
    const puts = [...plan.people.map((p) => this.sealPerson(p)), ...sealed.records];
    if (settings) puts.push(this.sealSettings(settings, this.index.autoBackupKey));
    // Under this journal's own draft id, so the journal still holds one draft.
    const draftId = plan.draft ? (this.index.draftId ?? plan.draft.id) : null;
    if (plan.draft && draftId) puts.push(this.cipher.seal('draft', draftId, SCHEMA, plan.draft.data));
    this.write(puts, []);
    for (const p of plan.people) this.index.putPerson(p);
    plan.entries.forEach(({ id, data }, i) => this.index.putEntry(id, data, sealed.texts[i]));
    if (settings) this.rememberSettings(settings, this.index.autoBackupKey);
    if (plan.draft && draftId) {
      this.index.draftId = draftId;
      this.index.draft = plan.draft.data;
    }
    return { added: plan.added, updated: plan.updated, skipped: plan.skipped };
  }

  // Insights and verify ---------------------------------------------------------------------

  insights(query: Arg<'insights'>): Results['insights'] {
    return computeInsights(this.index.namedEntries(), this.index.allPeople(), {
      ...query,
      today: localToday(this.now()),
      weekStartsOn: this.index.settings.weekStartsOn,
    });
  }

  /**
   * Opens every record on disk again (not the index) and compares them with the journal's seal;
   * remembers which fail, and while the seal does not match, the journal is read-only.
   */
  verify(): Results['verify'] {
    const { rows, manifest } = this.store.snapshot();
    this.corrupt = rows.filter((r) => !this.opens(r)).map((r) => ({ id: r.id, kind: r.kind }));
    const seal = this.sync.checkSeal(rows, manifest, new Set(this.corrupt.map((c) => c.id)));
    return { records: rows.length, corrupt: [...this.corrupt], seal };
  }

  /** Where the disk differed from the seal when last checked (unlock or verify). */
  sealProblems(): SealProblem[] {
    return [...this.sync.problems];
  }

  // Internals -------------------------------------------------------------------------------

  private opens(row: SealedRecord): boolean {
    try {
      this.cipher.open(row);
      return true;
    } catch {
      return false;
    }
  }

  private readableEntry(id: string): StoredEntry {
    const data = this.index.storedEntry(id);
    if (data) return data;
    if (this.corrupt.some((c) => c.id === id)) throw new HearthError('CORRUPT_RECORD', undefined, { recordId: id });
    throw new HearthError('NOT_FOUND', 'That entry no longer exists.');
  }

  private requirePerson(id: string): Person {
    const person = this.index.person(id);
    if (!person) throw new HearthError('NOT_FOUND', 'That person no longer exists.');
    return person;
  }

  private assertNameFree(name: string, selfId: string | null): void {
    const other = this.index.findPersonByName(name);
    if (other && other.id !== selfId) {
      // Merging needs two people: a rename has them, a new person does not exist yet.
      const advice = selfId === null ? '' : '; merge them instead';
      throw new HearthError('INVALID_INPUT', `There is already someone called ${other.name}${advice}.`, { field: 'name' });
    }
  }

  private savePerson(person: Person): Person {
    this.write([this.sealPerson(person)], []);
    this.index.putPerson(person);
    return { ...person };
  }

  private sealSettings(settings: Settings, autoBackupKey: AutoBackupKey | null): SealedRecord {
    this.index.settingsId ??= randomUUID();
    const stored: StoredSettings = autoBackupKey ? { ...settings, autoBackupKey } : settings;
    return this.cipher.seal('settings', this.index.settingsId, SCHEMA, stored);
  }

  private rememberSettings(settings: Settings, autoBackupKey: AutoBackupKey | null): void {
    this.index.settings = settings;
    this.index.autoBackupKey = autoBackupKey;
  }

  /** Seals entries and keeps each one's JSON text, which the index holds for backups. */
  private sealEntries(entries: ReadonlyArray<{ id: string; data: StoredEntry }>): { records: SealedRecord[]; texts: string[] } {
    const texts = entries.map(({ data }) => JSON.stringify(data));
    return { records: entries.map(({ id }, i) => this.cipher.sealJson('entry', id, SCHEMA, texts[i]!)), texts };
  }

  private sealPerson({ id, ...stored }: Person): SealedRecord {
    return this.cipher.seal('person', id, SCHEMA, stored);
  }

  /** The one way to change the disk: every put and delete in one transaction. */
  private write(puts: SealedRecord[], deletes: string[]): void {
    this.sync.commit(puts, deletes);
    this.changedSinceBackup = true;
  }
}

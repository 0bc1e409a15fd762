// The journal while it is unlocked: entries, people (journal-people.ts), settings and insights over the decrypted
// index, each change sealed and committed in one transaction before the index is updated.
import { randomUUID } from 'node:crypto';
import type { Results, SavedDraft } from '../../shared/api';
import type { AutoBackup, CorruptRecord, Entry, Person, SealProblem, Settings } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import type { Arg, Draft, NewEntryData } from '../../shared/schemas';
import { insightsOfDays } from '../analytics/compute-insights';
import type { RecordStore } from '../store/record-store';
import type { ImportResult } from '../../shared/exchange';
import type { BackupRecord } from '../backup/backup-format';
import type { RecordCipher, SealedRecord } from '../vault/record-cipher';
import { alreadyAdded, resolveInteractions, storedEntry } from './entry-records';
import { BackupTracker } from './backup-tracker';
import type { JournalIndex, JournalReader } from './journal-index';
import { backupRecordsOf } from './backup-records';
import { RecordSealer } from './record-sealer';
import * as personChanges from './journal-people';
import type { JournalWriter } from './journal-writer';
import { restorePlan } from './journal-restore';
import type { AutoBackupKey, StoredEntry } from './stored-records';
import type { StoredCheckin } from '../../shared/checkins';
import type { RestorePlan } from './restore-plan';
import type { WriteLock } from '../store/write-lock';
import type { JournalSync, SyncParts } from './journal-sync';
import { applyRecord, removeRecord } from './load-journal';
import { localToday, toLocalOffsetIso } from '../../shared/local-time';

export { SCHEMA } from './stored-records';

/** Automatic backups as the settings hold them, with the key they are written with. */
export interface AutoBackupState {
  config: AutoBackup;
  key: AutoBackupKey;
  /** Whether the journal changed since an automatic backup last captured it. */
  changed: boolean;
}

export class Journal {
  readonly #index: JournalIndex;
  /** Records that failed to open: named to the person, and deletable. */
  #corrupt: CorruptRecord[];
  readonly #backups = new BackupTracker();
  readonly #seal: RecordSealer;
  /** What the changes in journal-people.ts and journal-restore.ts use of this journal. */
  readonly #writer: JournalWriter;
  /** The last insights answer and what it answered. */
  #insights: { key: string; answer: Results['insights'] } | null = null;

  constructor(
    private readonly store: RecordStore,
    private readonly cipher: RecordCipher,
    index: JournalIndex,
    corrupt: CorruptRecord[],
    readonly now: () => Date,
    private readonly sync: JournalSync,
  ) {
    this.#index = index;
    this.#corrupt = corrupt;
    this.#seal = new RecordSealer(cipher);
    this.#writer = { index, seal: this.#seal, now, write: (puts, deletes) => this.write(puts, deletes) };
  }

  /** The decrypted journal, to read: every change goes through this class. */
  get index(): JournalReader {
    return this.#index;
  }

  get corrupt(): readonly CorruptRecord[] {
    return this.#corrupt;
  }

  get writeLock(): WriteLock {
    return this.sync.lock;
  }

  /** Changes when this journal takes in what another process wrote (JournalSync.othersWrites). */
  get othersWrites(): number {
    return this.sync.othersWrites;
  }

  /**
   * This journal going on under a rotated data key, with `sync` for the new key. The rotation
   * sealed every record anew, so the next lock calls for an automatic backup.
   */
  rekeyed(cipher: RecordCipher, sync: JournalSync): Journal {
    const journal = new Journal(this.store, cipher, this.#index, this.#corrupt, this.now, sync);
    journal.#backups.changed();
    return journal;
  }

  /** Takes in what other processes changed since this index was built; true when anything did. */
  refresh(): boolean {
    const { changed, corrupt } = this.sync.refresh(this.#index, this.#corrupt);
    this.#corrupt = corrupt;
    if (changed) this.#backups.changed();
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
      const already = input.id === undefined ? null : alreadyAdded(this.#index, (id) => this.sync.knows(id), input.id, input, added);
      if (already) return already;
      const { interactions, newPeople } = resolveInteractions(this.#index, input.interactions, stamp, people);
      people.push(...newPeople);
      const occurredAt = input.occurredAt ?? toLocalOffsetIso(this.now());
      const entry = { id: input.id ?? randomUUID(), data: storedEntry(input, interactions, occurredAt, stamp, stamp, importKeys?.[i]) };
      added.push(entry);
      return entry.id;
    });
    if (added.length > 0) {
      this.write([...people.map((p) => this.#seal.person(p)), ...this.#seal.entries(added)], []);
      for (const p of people) this.#index.putPerson(p);
      for (const { id, data } of added) this.#index.putEntry(id, data);
    }
    return results.map((r) => (typeof r === 'string' ? this.#index.toEntry(r, this.#index.storedEntry(r)!) : r));
  }

  updateEntry(arg: Arg<'updateEntry'>): Entry {
    return this.change(() => this.updateNow(arg));
  }

  private updateNow({ id, entry }: Arg<'updateEntry'>): Entry {
    const old = this.readableEntry(id);
    const stamp = this.now().toISOString();
    const { interactions, newPeople } = resolveInteractions(this.#index, entry.interactions, stamp);
    const data = storedEntry(entry, interactions, entry.occurredAt ?? old.occurredAt, old.createdAt, stamp, old.importKey);
    this.write([...newPeople.map((p) => this.#seal.person(p)), ...this.#seal.entries([{ id, data }])], []);
    for (const p of newPeople) this.#index.putPerson(p);
    this.#index.putEntry(id, data);
    return this.#index.toEntry(id, data);
  }

  deleteEntry(arg: Arg<'deleteEntry'>): void {
    this.change(() => this.deleteNow(arg));
  }

  private deleteNow({ id }: Arg<'deleteEntry'>): void {
    const corrupt = this.#corrupt.some((c) => c.id === id && c.kind === 'entry');
    // A damaged entry can still be deleted: that is how a person clears it away.
    if (!this.#index.hasEntry(id) && !corrupt) throw new HearthError('NOT_FOUND', 'That entry no longer exists.');
    this.write([], [id]);
    this.#index.removeEntry(id);
    this.#corrupt = this.#corrupt.filter((c) => c.id !== id);
  }

  getEntry({ id }: Arg<'getEntry'>): Entry {
    return this.#index.toEntry(id, this.readableEntry(id));
  }

  // People ----------------------------------------------------------------------------------

  addPerson(arg: Arg<'addPerson'>): Person {
    return this.change(() => personChanges.addPerson(this.#writer, arg));
  }

  updatePerson(arg: Arg<'updatePerson'>): Person {
    return this.change(() => personChanges.updatePerson(this.#writer, arg));
  }

  archivePerson(arg: Arg<'archivePerson'>): Person {
    return this.change(() => personChanges.archivePerson(this.#writer, arg));
  }

  /** Moves every interaction of source to target and removes source, in one transaction. */
  mergePeople(arg: Arg<'mergePeople'>): Person {
    return this.change(() => personChanges.mergePeople(this.#writer, arg));
  }

  // Settings --------------------------------------------------------------------------------

  updateSettings(patch: Arg<'updateSettings'>): Settings {
    const changes: Partial<Settings> = {};
    if (patch.autoLockMinutes !== undefined) changes.autoLockMinutes = patch.autoLockMinutes as Settings['autoLockMinutes'];
    if (patch.theme !== undefined) changes.theme = patch.theme;
    if (patch.dateLocale !== undefined) changes.dateLocale = patch.dateLocale;
    if (patch.weekStartsOn !== undefined) changes.weekStartsOn = patch.weekStartsOn;
    if (patch.checkForUpdates !== undefined) changes.checkForUpdates = patch.checkForUpdates;
    if (patch.reminders !== undefined) changes.reminders = patch.reminders;
    for (const key of ['keepRunning', 'openAtLogin', 'writingPrompts', 'onThisDay'] as const) if (patch[key] !== undefined) changes[key] = patch[key];
    return this.saveSettings(changes, 'unchanged');
  }

  /**
   * Seals the settings as they are on disk with `changes` applied, and the automatic-backup key
   * (which only the main process ever sees), or the one there already when 'unchanged'.
   */
  saveSettings(changes: Partial<Settings>, autoBackupKey: AutoBackupKey | null | 'unchanged'): Settings {
    return this.change(() => this.saveSettingsNow(changes, autoBackupKey));
  }

  private saveSettingsNow(changes: Partial<Settings>, autoBackupKey: AutoBackupKey | null | 'unchanged'): Settings {
    const settings = { ...this.#index.settings, ...changes };
    const key = autoBackupKey === 'unchanged' ? this.#index.autoBackupKey : autoBackupKey;
    this.writeSettings(settings, key);
    return settings;
  }

  // Automatic backups: what they write with, and whether one is due ---------------------------

  /** Automatic backups as configured, or null when they are off. */
  autoBackupState(): AutoBackupState | null {
    const config = this.#index.settings.autoBackup;
    const key = this.#index.autoBackupKey;
    return config && key ? { config, key, changed: this.#backups.pending } : null;
  }

  /** Where the journal stands: an automatic backup takes this just before it reads the records. */
  backupMark(): number {
    return this.#backups.mark();
  }

  /**
   * Seals the outcome of an automatic backup that was written from the journal as it stood at
   * `mark`. Unless the journal changed after that, nothing is left to back up: the outcome itself
   * is not a change that calls for another backup.
   */
  markBackedUp(mark: number, autoBackup: AutoBackup, key: AutoBackupKey): Settings {
    return this.change(() => {
      const captured = this.#backups.unchangedSince(mark);
      const settings = this.saveSettingsNow({ autoBackup }, key);
      if (captured) this.#backups.captureAll();
      return settings;
    });
  }

  // The draft: the entry form's state, so that a lock does not lose what is being written --

  /** Keeps the form's state as the journal's one draft, replacing the one before. */
  saveDraft(draft: Draft): void {
    this.change(() => {
      const id = this.#index.draft()?.id ?? randomUUID();
      const saved: SavedDraft = { ...draft, savedAt: this.now().toISOString() };
      this.write([this.#seal.draft(id, saved)], []);
      this.#index.putDraft(id, saved);
    });
  }

  getDraft(): SavedDraft | null {
    const draft = this.#index.draft();
    return draft && structuredClone(draft.data);
  }

  discardDraft(): void {
    this.change(() => {
      const draft = this.#index.draft();
      if (!draft) return;
      this.write([], [draft.id]);
      this.#index.removeDraft(draft.id);
    });
  }

  // Check-ins: answered questionnaires, each its own record, never edited --------------------

  /** The local day of the service's clock. */
  today(): string {
    return localToday(this.now());
  }

  saveCheckin(id: string, data: StoredCheckin): void {
    this.change(() => {
      this.write([this.#seal.checkin(id, data)], []);
      this.#index.putCheckin(id, data);
    });
  }

  /** Deletes a check-in; a damaged one too, which is how a person clears it away. */
  deleteCheckin(id: string): void {
    this.change(() => {
      const corrupt = this.#corrupt.some((c) => c.id === id && c.kind === 'checkin');
      if (!this.#index.checkin(id) && !corrupt) throw new HearthError('NOT_FOUND', 'That check-in no longer exists.');
      this.write([], [id]);
      this.#index.removeCheckin(id);
      this.#corrupt = this.#corrupt.filter((c) => c.id !== id);
    });
  }

  // Backups and imports ---------------------------------------------------------------------

  /** Every readable record, as a backup holds it; automatic-backup details stay behind. */
  backupRecords(): BackupRecord[] {
    return backupRecordsOf(this.#index);
  }

  /** Writes a restore plan in one transaction, then updates the index. */
  applyRestore(plan: RestorePlan): ImportResult {
    return this.change(() => restorePlan(this.#writer, plan));
  }

  // Sync ------------------------------------------------------------------------------------

  /** What the sync engine (./sync-session.ts) reads and stamps; call it holding the write lock. */
  syncParts(): SyncParts {
    return this.sync.syncParts();
  }

  /**
   * Writes what a sync round decided (records sealed from `values`, by id), with `alongside` (the
   * stamps and the devices' progress) in the same transaction, then updates the index.
   */
  applySynced(puts: SealedRecord[], deletes: ReadonlyArray<{ id: string; kind: string }>, values: ReadonlyMap<string, unknown>, alongside: () => void): void {
    this.change(() => {
      this.sync.commit(
        puts,
        deletes.map((d) => d.id),
        alongside,
      );
      this.#backups.changed();
      const touched = new Set([...puts.map((r) => r.id), ...deletes.map((d) => d.id)]);
      this.#corrupt = this.#corrupt.filter((c) => !touched.has(c.id));
      for (const d of deletes) removeRecord(this.#index, d);
      for (const r of puts) applyRecord(this.#index, r, values.get(r.id));
    });
  }

  // Insights and verify ---------------------------------------------------------------------

  insights(query: Arg<'insights'>): Results['insights'] {
    const options = { ...query, today: localToday(this.now()), weekStartsOn: this.#index.settings.weekStartsOn };
    // The same question of the same journal on the same day (a screen visited again) is answered as before.
    const key = JSON.stringify([options, this.#index.revision]);
    if (this.#insights?.key === key) return this.#insights.answer;
    const answer = insightsOfDays(this.#index.dayGroups(), this.#index.allPeople(), options, this.#index.peopleTotals());
    this.#insights = { key, answer };
    return answer;
  }

  /**
   * Opens every record on disk again (not the index) and compares them with the journal's seal;
   * remembers which fail, and while the seal does not match, the journal is read-only.
   */
  verify(): Results['verify'] {
    const { rows, manifest, marked } = this.store.snapshot();
    this.#corrupt = rows.filter((r) => !this.opens(r)).map((r) => ({ id: r.id, kind: r.kind }));
    const seal = this.sync.checkSeal(rows, manifest, marked, new Set(this.#corrupt.map((c) => c.id)));
    return { records: rows.length, corrupt: [...this.#corrupt], seal };
  }

  /** Where the disk differed from the seal when last checked (unlock or verify). */
  sealProblems(): SealProblem[] {
    return this.sync.problems();
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
    const data = this.#index.storedEntry(id);
    if (data) return data;
    if (this.#corrupt.some((c) => c.id === id)) throw new HearthError('CORRUPT_RECORD', undefined, { recordId: id });
    throw new HearthError('NOT_FOUND', 'That entry no longer exists.');
  }

  /** Seals the settings record and, once written, puts it into the index. */
  private writeSettings(settings: Settings, autoBackupKey: AutoBackupKey | null): void {
    const id = this.#index.settingsId ?? randomUUID();
    this.write([this.#seal.settings(id, settings, autoBackupKey)], []);
    this.#index.replaceSettings(id, settings, autoBackupKey);
  }

  /** The one way to change the disk: every put and delete in one transaction. */
  private write(puts: SealedRecord[], deletes: string[]): void {
    this.sync.commit(puts, deletes);
    this.#backups.changed();
  }
}

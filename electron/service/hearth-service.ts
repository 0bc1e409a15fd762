// HearthService: the whole journal behind the shared contract. Plain Node: it never imports
// 'electron', so it runs the same under vitest, the CLI, the test bridge and the app.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HearthApi, Results } from '../../shared/api';
import { DEFAULT_SETTINGS, type CorruptRecord, type Entry, type Person, type Settings } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import type { Arg, EntryData } from '../../shared/schemas';
import { computeInsights } from '../analytics/compute-insights';
import { checkpointAndClose, openDatabase, type Db } from '../store/database';
import { RecordStore } from '../store/record-store';
import { DEFAULT_KDF, KDF_FLOOR } from '../vault/kdf';
import {
  createKeys,
  openWithPassphrase,
  openWithRecoveryKey,
  replaceRecoveryKey,
  setPassphrase,
  type KdfCost,
} from '../vault/key-manager';
import { FORMAT_VERSION, RecordCipher, type SealedRecord } from '../vault/record-cipher';
import { loadSodium, type Sodium } from '../vault/sodium';
import { UnlockWorker } from '../vault/unlock-worker';
import { JournalIndex, type StoredEntry } from './journal-index';
import { resolveInteractions, storedEntry } from './entry-records';
import { loadJournal } from './load-journal';
import { toLocalOffsetIso } from './local-time';
import { VAULT_FILE } from './paths';

export interface ServiceOptions {
  /** The folder holding hearth.db and nothing else. */
  vaultDir: string;
  /** Argon2id cost for new passphrases; defaults to libsodium MODERATE. */
  kdf?: KdfCost;
  now?: () => Date;
  /** better_sqlite3.node built for the running runtime (Electron's ABI in the desktop app). */
  nativeBinding?: string;
  /** Told how long each unlock spent deriving the key and then opening the journal (for the benchmark). */
  onUnlock?: (timing: { kdfMs: number; loadMs: number }) => void;
}

/** The enforced floor of the KDF: fast enough for tests, still accepted on read. */
export const TEST_KDF: KdfCost = KDF_FLOOR;

/** Schema version of the JSON inside each kind of record. */
const SCHEMA = 1;

interface Session {
  db: Db;
  store: RecordStore;
  vaultId: string;
  dataKey: Uint8Array;
  cipher: RecordCipher;
  index: JournalIndex;
  corrupt: CorruptRecord[];
}

interface PreparedLoad {
  rows: SealedRecord[];
  worker: UnlockWorker;
}

interface OpenVault {
  db: Db;
  store: RecordStore;
  vaultId: string;
}

export class HearthService implements HearthApi {
  private session: Session | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly dbPath: string;
  private readonly now: () => Date;
  private readonly kdf: KdfCost;

  constructor(private readonly options: ServiceOptions) {
    this.dbPath = join(options.vaultDir, VAULT_FILE);
    this.now = options.now ?? (() => new Date());
    this.kdf = options.kdf ?? DEFAULT_KDF;
  }

  corruptRecords(): CorruptRecord[] {
    return this.session ? [...this.session.corrupt] : [];
  }

  close(): void {
    this.endSession();
  }

  // Vault lifecycle -------------------------------------------------------------------------

  status(): Promise<Results['status']> {
    return this.serial(() => {
      if (this.session) return { exists: true, unlocked: true };
      if (!existsSync(this.dbPath)) return { exists: false, unlocked: false };
      const vault = this.openVault(false);
      if (vault) vault.db.close();
      return { exists: vault !== null, unlocked: false };
    });
  }

  create({ passphrase }: Arg<'create'>): Promise<Results['create']> {
    return this.serial(async () => {
      if (this.session) throw new HearthError('VAULT_EXISTS');
      mkdirSync(this.options.vaultDir, { recursive: true, mode: 0o700 });
      const fileExisted = existsSync(this.dbPath);
      const db = this.open(false);
      const store = new RecordStore(db);
      if (store.vaultId() !== null) {
        db.close();
        throw new HearthError('VAULT_EXISTS');
      }
      try {
        const sodium = await loadSodium();
        const vaultId = randomUUID();
        const keys = await createKeys(sodium, store, vaultId, passphrase, this.kdf);
        const cipher = new RecordCipher(sodium, keys.dataKey);
        const settingsId = randomUUID();
        const settings = cipher.seal('settings', settingsId, SCHEMA, DEFAULT_SETTINGS);
        keys.commit(() => {
          store.initVault(vaultId, FORMAT_VERSION);
          store.put(settings);
        });
        const index = new JournalIndex(DEFAULT_SETTINGS);
        index.settingsId = settingsId;
        this.session = { db, store, vaultId, dataKey: keys.dataKey, cipher, index, corrupt: [] };
        return { recoveryKey: keys.recoveryKey };
      } catch (e) {
        db.close();
        // Nothing half-written: a journal that failed to be created leaves no file behind.
        if (!fileExisted) for (const suffix of ['', '-wal', '-shm']) rmSync(this.dbPath + suffix, { force: true });
        throw e;
      }
    });
  }

  unlock({ passphrase }: Arg<'unlock'>): Promise<void> {
    return this.serial(async () => {
      const sodium = await loadSodium();
      const vault = this.session ?? this.requireVault();
      const started = performance.now();
      // Argon2 starts on its own thread; meanwhile this one reads the boxes and starts the helper.
      const derivation = openWithPassphrase(sodium, vault.store, vault.vaultId, passphrase);
      const load = this.session ? null : this.prepareLoad(vault);
      let dataKey: Uint8Array | null;
      try {
        dataKey = await derivation;
        if (!dataKey) throw new HearthError('WRONG_PASSPHRASE');
      } catch (e) {
        void load?.worker.terminate();
        this.closeUnlessSession(vault);
        throw e;
      }
      if (!load) {
        dataKey.fill(0);
        return;
      }
      const derived = performance.now();
      await this.startSession(sodium, vault, dataKey, load);
      this.options.onUnlock?.({ kdfMs: derived - started, loadMs: performance.now() - derived });
    });
  }

  unlockWithRecoveryKey({ recoveryKey, newPassphrase }: Arg<'unlockWithRecoveryKey'>): Promise<void> {
    return this.serial(async () => {
      const sodium = await loadSodium();
      const vault = this.session ?? this.requireVault();
      const dataKey = openWithRecoveryKey(sodium, vault.store, vault.vaultId, recoveryKey);
      if (!dataKey) {
        this.closeUnlessSession(vault);
        throw new HearthError('WRONG_RECOVERY_KEY');
      }
      const load = this.session ? null : this.prepareLoad(vault);
      try {
        await setPassphrase(sodium, vault.store, vault.vaultId, dataKey, newPassphrase, this.kdf);
      } catch (e) {
        dataKey.fill(0);
        void load?.worker.terminate();
        this.closeUnlessSession(vault);
        throw e;
      }
      if (load) await this.startSession(sodium, vault, dataKey, load);
      else dataKey.fill(0);
    });
  }

  changePassphrase({ oldPassphrase, newPassphrase }: Arg<'changePassphrase'>): Promise<void> {
    return this.serial(async () => {
      const sodium = await loadSodium();
      const vault = this.session ?? this.requireVault();
      try {
        const dataKey = await openWithPassphrase(sodium, vault.store, vault.vaultId, oldPassphrase);
        if (!dataKey) throw new HearthError('WRONG_PASSPHRASE');
        await setPassphrase(sodium, vault.store, vault.vaultId, dataKey, newPassphrase, this.kdf);
        sodium.memzero(dataKey);
      } finally {
        this.closeUnlessSession(vault);
      }
    });
  }

  newRecoveryKey({ passphrase }: Arg<'newRecoveryKey'>): Promise<Results['newRecoveryKey']> {
    return this.serial(async () => {
      const s = this.requireSession();
      const sodium = await loadSodium();
      const check = await openWithPassphrase(sodium, s.store, s.vaultId, passphrase);
      if (!check) throw new HearthError('WRONG_PASSPHRASE');
      sodium.memzero(check);
      return { recoveryKey: replaceRecoveryKey(sodium, s.store, s.vaultId, s.dataKey) };
    });
  }

  lock(): Promise<void> {
    return this.serial(() => this.endSession());
  }

  verify(): Promise<Results['verify']> {
    return this.serial(() => {
      const s = this.requireSession();
      const rows = s.store.all();
      s.corrupt = rows.filter((r) => !this.opens(s, r)).map((r) => ({ id: r.id, kind: r.kind }));
      return { records: rows.length, corrupt: [...s.corrupt] };
    });
  }

  // Entries ---------------------------------------------------------------------------------

  addEntry(input: Arg<'addEntry'>): Promise<Results['addEntry']> {
    return this.serial(() => this.addMany([input])[0]!);
  }

  /** Adds many entries in one transaction: all of them or none. For imports and benchmarks. */
  addEntries(inputs: EntryData[]): Promise<Entry[]> {
    return this.serial(() => this.addMany(inputs));
  }

  updateEntry({ id, entry }: Arg<'updateEntry'>): Promise<Results['updateEntry']> {
    return this.serial(() => {
      const s = this.requireSession();
      const old = this.readableEntry(s, id);
      const stamp = this.now().toISOString();
      const { interactions, newPeople } = resolveInteractions(s.index, entry.interactions, stamp);
      const data = storedEntry(entry, interactions, entry.occurredAt ?? old.occurredAt, old.createdAt, stamp);
      this.write(s, [...newPeople.map((p) => this.sealPerson(s, p)), s.cipher.seal('entry', id, SCHEMA, data)], []);
      for (const p of newPeople) s.index.putPerson(p);
      s.index.putEntry(id, data);
      return s.index.toEntry(id, data);
    });
  }

  deleteEntry({ id }: Arg<'deleteEntry'>): Promise<void> {
    return this.serial(() => {
      const s = this.requireSession();
      const corrupt = s.corrupt.some((c) => c.id === id && c.kind === 'entry');
      // A damaged entry can still be deleted: that is how a person clears it away.
      if (!s.index.hasEntry(id) && !corrupt) throw new HearthError('NOT_FOUND', 'That entry no longer exists.');
      this.write(s, [], [id]);
      s.index.removeEntry(id);
      s.corrupt = s.corrupt.filter((c) => c.id !== id);
    });
  }

  getEntry({ id }: Arg<'getEntry'>): Promise<Results['getEntry']> {
    return this.serial(() => {
      const s = this.requireSession();
      return s.index.toEntry(id, this.readableEntry(s, id));
    });
  }

  listEntries(query: Arg<'listEntries'>): Promise<Results['listEntries']> {
    return this.serial(() => this.requireSession().index.list(query));
  }

  listTags(): Promise<string[]> {
    return this.serial(() => this.requireSession().index.tags());
  }

  // People ----------------------------------------------------------------------------------

  listPeople(arg: Arg<'listPeople'>): Promise<Results['listPeople']> {
    return this.serial(() => this.requireSession().index.peopleSummaries(arg?.includeArchived ?? false));
  }

  addPerson({ name, relationship }: Arg<'addPerson'>): Promise<Person> {
    return this.serial(() => {
      const s = this.requireSession();
      this.assertNameFree(s, name, null);
      const stamp = this.now().toISOString();
      const person: Person = { id: randomUUID(), name, relationship, archived: false, createdAt: stamp, updatedAt: stamp };
      return this.savePerson(s, person);
    });
  }

  updatePerson({ id, name, relationship }: Arg<'updatePerson'>): Promise<Person> {
    return this.serial(() => {
      const s = this.requireSession();
      const person = this.requirePerson(s, id);
      if (name !== undefined) this.assertNameFree(s, name, id);
      return this.savePerson(s, {
        ...person,
        name: name ?? person.name,
        relationship: relationship ?? person.relationship,
        updatedAt: this.now().toISOString(),
      });
    });
  }

  archivePerson({ id, archived }: Arg<'archivePerson'>): Promise<Person> {
    return this.serial(() => {
      const s = this.requireSession();
      const person = this.requirePerson(s, id);
      return this.savePerson(s, { ...person, archived, updatedAt: this.now().toISOString() });
    });
  }

  /** Moves every interaction of source to target and removes source, in one transaction. */
  mergePeople({ sourceId, targetId }: Arg<'mergePeople'>): Promise<Person> {
    return this.serial(() => {
      const s = this.requireSession();
      this.requirePerson(s, sourceId);
      const target = this.requirePerson(s, targetId);
      const stamp = this.now().toISOString();
      const rewritten = s.index.entriesWithPerson(sourceId).map(({ id, data }) => ({
        id,
        data: {
          ...data,
          interactions: data.interactions.map((i) => (i.personId === sourceId ? { ...i, personId: targetId } : i)),
          updatedAt: stamp,
        },
      }));
      this.write(
        s,
        rewritten.map(({ id, data }) => s.cipher.seal('entry', id, SCHEMA, data)),
        [sourceId],
      );
      for (const { id, data } of rewritten) s.index.putEntry(id, data);
      s.index.removePerson(sourceId);
      return target;
    });
  }

  // Settings --------------------------------------------------------------------------------

  getSettings(): Promise<Settings> {
    return this.serial(() => ({ ...this.requireSession().index.settings }));
  }

  updateSettings(patch: Arg<'updateSettings'>): Promise<Settings> {
    return this.serial(() => {
      const s = this.requireSession();
      const settings: Settings = { ...s.index.settings };
      if (patch.autoLockMinutes !== undefined) settings.autoLockMinutes = patch.autoLockMinutes as Settings['autoLockMinutes'];
      if (patch.theme !== undefined) settings.theme = patch.theme;
      if (patch.weekStartsOn !== undefined) settings.weekStartsOn = patch.weekStartsOn;
      const id = s.index.settingsId ?? randomUUID();
      this.write(s, [s.cipher.seal('settings', id, SCHEMA, settings)], []);
      s.index.settingsId = id;
      s.index.settings = settings;
      return { ...settings };
    });
  }

  // Insights --------------------------------------------------------------------------------

  insights(query: Arg<'insights'>): Promise<Results['insights']> {
    return this.serial(() => {
      const s = this.requireSession();
      return computeInsights(s.index.namedEntries(), s.index.allPeople(), {
        ...query,
        today: toLocalOffsetIso(this.now()).slice(0, 10),
        weekStartsOn: s.index.settings.weekStartsOn,
      });
    });
  }

  // Internals -------------------------------------------------------------------------------

  /** Calls run one at a time, so a lock can never interleave with a half-done write or unlock. */
  private serial<T>(fn: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private open(mustExist: boolean): Db {
    return openDatabase(this.dbPath, { mustExist, ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) });
  }

  /** The vault's database and id, or null when there is no journal here. */
  private openVault(mustExist: boolean): OpenVault | null {
    if (!existsSync(this.dbPath)) return null;
    const db = this.open(mustExist);
    const store = new RecordStore(db);
    const vaultId = store.vaultId();
    if (vaultId === null) {
      db.close();
      return null;
    }
    return { db, store, vaultId };
  }

  private requireVault(): OpenVault {
    const vault = this.openVault(true);
    if (!vault) throw new HearthError('NO_VAULT');
    return vault;
  }

  private closeUnlessSession(vault: OpenVault): void {
    if (this.session?.db !== vault.db) checkpointAndClose(vault.db);
  }

  /** What unlocking needs before the key is known: the sealed rows, and a worker warming up. */
  private prepareLoad(vault: OpenVault): PreparedLoad {
    return { rows: vault.store.all(), worker: UnlockWorker.start() };
  }

  private async startSession(sodium: Sodium, vault: OpenVault, dataKey: Uint8Array, load: PreparedLoad): Promise<void> {
    const cipher = new RecordCipher(sodium, dataKey);
    try {
      const { index, corrupt } = await loadJournal(load.rows, cipher, { worker: load.worker, dataKey: dataKey.slice() });
      this.session = { ...vault, dataKey, cipher, index, corrupt };
    } catch (e) {
      cipher.wipe();
      dataKey.fill(0);
      void load.worker.terminate();
      this.closeUnlessSession(vault);
      throw e;
    }
  }

  private endSession(): void {
    const s = this.session;
    if (!s) return;
    this.session = null;
    s.cipher.wipe();
    s.dataKey.fill(0);
    checkpointAndClose(s.db);
  }

  private requireSession(): Session {
    if (!this.session) throw new HearthError('LOCKED');
    return this.session;
  }

  private opens(s: Session, row: SealedRecord): boolean {
    try {
      s.cipher.open(row);
      return true;
    } catch {
      return false;
    }
  }

  private readableEntry(s: Session, id: string): StoredEntry {
    const data = s.index.storedEntry(id);
    if (data) return data;
    if (s.corrupt.some((c) => c.id === id)) throw new HearthError('CORRUPT_RECORD', undefined, { recordId: id });
    throw new HearthError('NOT_FOUND', 'That entry no longer exists.');
  }

  private requirePerson(s: Session, id: string): Person {
    const person = s.index.person(id);
    if (!person) throw new HearthError('NOT_FOUND', 'That person no longer exists.');
    return person;
  }

  private assertNameFree(s: Session, name: string, selfId: string | null): void {
    const other = s.index.findPersonByName(name);
    if (other && other.id !== selfId) {
      throw new HearthError('INVALID_INPUT', `There is already someone called ${other.name}; merge them instead.`, { field: 'name' });
    }
  }

  private savePerson(s: Session, person: Person): Person {
    this.write(s, [this.sealPerson(s, person)], []);
    s.index.putPerson(person);
    return { ...person };
  }

  private sealPerson(s: Session, { id, ...stored }: Person): SealedRecord {
    return s.cipher.seal('person', id, SCHEMA, stored);
  }

  /** The one way to change the disk: every put and delete in one transaction. */
  private write(s: Session, puts: SealedRecord[], deletes: string[]): void {
    s.store.transaction(() => {
      for (const r of puts) s.store.put(r);
      for (const id of deletes) s.store.delete(id);
    });
  }

  private addMany(inputs: EntryData[]): Entry[] {
    const s = this.requireSession();
    const stamp = this.now().toISOString();
    const people: Person[] = [];
    const added = inputs.map((input) => {
      const { interactions, newPeople } = resolveInteractions(s.index, input.interactions, stamp, people);
      people.push(...newPeople);
      return { id: randomUUID(), data: storedEntry(input, interactions, input.occurredAt ?? toLocalOffsetIso(this.now()), stamp, stamp) };
    });
    this.write(s, [...people.map((p) => this.sealPerson(s, p)), ...added.map(({ id, data }) => s.cipher.seal('entry', id, SCHEMA, data))], []);
    for (const p of people) s.index.putPerson(p);
    for (const { id, data } of added) s.index.putEntry(id, data);
    return added.map(({ id, data }) => s.index.toEntry(id, data));
  }
}

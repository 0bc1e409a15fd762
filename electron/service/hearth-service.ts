// HearthService: the whole journal behind the shared contract. It owns the vault's lifecycle
// (create, unlock, recovery, passphrase, lock) and runs calls one at a time; every other method is
// a feature handler (./features/), run in its turn with what its declaration needs. What can be
// done while unlocked lives in ./journal.ts. Plain Node: it never imports 'electron', so it runs the
// same under vitest, the CLI, the test bridge and the app.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTRACT, type Arg, type FeatureMethod, type HearthApi, type Results, type VaultMethod } from '../../shared/contract';
import type { CorruptRecord, SalvageReport, SealProblem } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import type { BackupRecord } from '../backup/backup-format';
import { checkpointAndClose } from '../store/database';
import { DEFAULT_KDF, KDF_FLOOR } from '../vault/kdf';
import { derivePassphraseKey, openWithPassphrase, openWithPassphraseKey, openWithRecoveryKey, setPassphrase, type KdfCost } from '../vault/key-manager';
import { RecordCipher } from '../vault/record-cipher';
import { loadSodium, type Sodium } from '../vault/sodium';
import type { Journal } from './journal';
import { Exchange, type LockBackupOutcome } from './exchange';
import { rotateDataKey, type RotatedKey } from './key-rotation';
import { planRestore, readBackupContents } from './restore-plan';
import { salvageJournal } from './salvage';
import { requireStrongPassphrase } from '../../shared/passphrase-strength';
import { refuseOccupiedFolder, requireVault, type OpenVault } from './vault-file';
import { LOCK_FILE, VAULT_FILE } from './paths';
import { WriteLock } from '../store/write-lock';
import { closeSession, createSession, prepareLoad, rotatedSession, startSession, type PreparedLoad, type Session, type SessionPlace } from './vault-session';
import { asDiskFull } from '../store/disk-space';
import { FEATURE_METHODS, HANDLERS } from './features';
import type { FeatureContext, JournalContext } from './features/handler';
import type { UpdateChannel } from '../../shared/updates';
import type { ReminderSchedule } from '../../shared/contract/reminders';
import { readReminderFile, REMINDER_FILE } from './reminder-file';
import { keepRemindersUnderLock, keepSessionReminders, scheduleBeforeUnlock } from './session-reminders';
import type { SyncEngine } from './sync-api';
import { roundOf } from './features/sync';

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
  /** Told when a call found records another process (the CLI, another window) changed. */
  onExternalChange?: () => void;
  /** The desktop app's network for the opt-in update check (the only request Hearth can make). */
  updateChannel?: UpdateChannel;
  /** The sync engine (./sync-api.ts, made by ./sync-engine.ts) for the sync methods. */
  sync?: SyncEngine;
}

/** The enforced floor of the KDF: fast enough for tests, still accepted on read. */
export const TEST_KDF: KdfCost = KDF_FLOOR;

class VaultService implements Pick<HearthApi, VaultMethod> {
  private screenLockUnwatched = false;
  private session: Session | null = null;
  private lockBackups: Promise<void> = Promise.resolve();
  private lockBackupOutcome: LockBackupOutcome | null = null;
  private readonly exchange: Exchange;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly place: SessionPlace;
  /** The service's clock: a file dialog's default name takes today from it too. */
  readonly now: () => Date;
  private readonly kdf: KdfCost;
  private readonly reminderFile: string;

  constructor(private readonly options: ServiceOptions) {
    this.now = options.now ?? (() => new Date());
    const file = { dbPath: join(options.vaultDir, VAULT_FILE), nativeBinding: options.nativeBinding };
    this.place = { file, vaultDir: options.vaultDir, lockFile: join(options.vaultDir, LOCK_FILE), now: this.now };
    this.reminderFile = join(options.vaultDir, REMINDER_FILE);
    this.kdf = options.kdf ?? DEFAULT_KDF;
    this.exchange = new Exchange(this.kdf, this.now);
  }

  corruptRecords(): CorruptRecord[] {
    return this.session ? [...this.session.journal.corrupt] : [];
  }

  /** Where the journal differed from its seal at unlock or the last verify; the journal is read-only while any. */
  sealProblems(): SealProblem[] {
    return this.session ? this.session.journal.sealProblems() : [];
  }

  close(): void {
    this.endSession();
  }

  // Vault lifecycle -------------------------------------------------------------------------

  status(): Promise<Results['status']> {
    return this.serial(() => {
      const unwatched = this.screenLockUnwatched ? { screenLockUnwatched: true as const } : {};
      if (this.session) {
        const sealProblems = this.session.journal.sealProblems();
        return sealProblems.length > 0 ? { exists: true, unlocked: true, sealProblems, ...unwatched } : { exists: true, unlocked: true, ...unwatched };
      }
      // A damaged file counts as a journal: unlocking it then says how to recover it, where
      // "create a journal" would replace its keys.
      return { exists: existsSync(this.place.file.dbPath), unlocked: false, ...unwatched };
    });
  }

  /** The shell found no way to notice the screen locking; status() says so, for Settings. */
  noteScreenLockUnwatched(): void {
    this.screenLockUnwatched = true;
  }

  create({ passphrase }: Arg<'create'>): Promise<Results['create']> {
    return this.serial(async () => {
      if (this.session) throw new HearthError('VAULT_EXISTS');
      refuseOccupiedFolder(this.place.file, this.options.vaultDir);
      await requireStrongPassphrase(passphrase, 'passphrase');
      const { session, recoveryKey } = await createSession(this.place, passphrase, this.kdf);
      this.session = session;
      // Reminders start off: a reminders.json another journal left in this folder goes.
      await this.keepReminders();
      return { recoveryKey };
    });
  }

  unlock({ passphrase }: Arg<'unlock'>): Promise<void> {
    return this.serial(async () => {
      const opened = await this.openSession((sodium, vault) => openWithPassphrase(sodium, vault.store, vault.vaultId, passphrase));
      if (!opened) throw new HearthError('WRONG_PASSPHRASE');
    });
  }

  /** Unlocks with the passphrase's key-encryption key (see derivePassphraseKey); false when it no longer opens the journal. */
  unlockWithPassphraseKey(kek: Uint8Array): Promise<boolean> {
    return this.serial(() => this.openSession(async (sodium, vault) => openWithPassphraseKey(sodium, vault.store, vault.vaultId, kek)));
  }

  /** The passphrase's key-encryption key, for the CLI's unlock agent; the journal stays locked. */
  passphraseKey({ passphrase }: Arg<'unlock'>): Promise<Uint8Array> {
    return this.serial(async () => {
      const sodium = await loadSodium();
      const vault = this.session ?? requireVault(this.place.file);
      try {
        const kek = await derivePassphraseKey(sodium, vault.store, vault.vaultId, passphrase);
        if (!kek) throw new HearthError('WRONG_PASSPHRASE');
        return kek;
      } finally {
        this.closeUnlessSession(vault);
      }
    });
  }

  unlockWithRecoveryKey({ recoveryKey, newPassphrase }: Arg<'unlockWithRecoveryKey'>): Promise<void> {
    return this.serial(async () => {
      const sodium = await loadSodium();
      const vault = this.session ?? requireVault(this.place.file);
      const dataKey = openWithRecoveryKey(sodium, vault.store, vault.vaultId, recoveryKey);
      if (!dataKey) {
        this.closeUnlessSession(vault);
        throw new HearthError('WRONG_RECOVERY_KEY');
      }
      try {
        await requireStrongPassphrase(newPassphrase, 'newPassphrase');
      } catch (e) {
        dataKey.fill(0);
        this.closeUnlessSession(vault);
        throw e;
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
      if (load) {
        await this.startSession(sodium, vault, dataKey, load);
        await this.keepRemindersAtUnlock();
      } else dataKey.fill(0);
    });
  }

  /** With rotateKey, the journal is also sealed again under a new key, with a new recovery key. */
  changePassphrase({ oldPassphrase, newPassphrase, rotateKey }: Arg<'changePassphrase'>): Promise<Results['changePassphrase']> {
    return this.serial(async () => {
      await requireStrongPassphrase(newPassphrase, 'newPassphrase');
      const sodium = await loadSodium();
      const vault = this.session ?? requireVault(this.place.file);
      try {
        const dataKey = await openWithPassphrase(sodium, vault.store, vault.vaultId, oldPassphrase);
        if (!dataKey) throw new HearthError('WRONG_PASSPHRASE');
        if (!rotateKey) {
          await setPassphrase(sodium, vault.store, vault.vaultId, dataKey, newPassphrase, this.kdf);
          sodium.memzero(dataKey);
          return { recoveryKey: null };
        }
        const oldCipher = new RecordCipher(sodium, dataKey);
        sodium.memzero(dataKey);
        try {
          const lock = this.session?.journal.writeLock ?? new WriteLock(this.place.lockFile);
          return { recoveryKey: this.useRotatedKey(await rotateDataKey(sodium, vault.store, vault.vaultId, oldCipher, newPassphrase, this.kdf, lock)) };
        } finally {
          oldCipher.wipe();
        }
      } finally {
        this.closeUnlessSession(vault);
      }
    });
  }

  /** A new recovery key always comes with a new data key: an old copy of the file and the old keys open nothing written after. */
  newRecoveryKey({ passphrase }: Arg<'newRecoveryKey'>): Promise<Results['newRecoveryKey']> {
    return this.serial(async () => {
      const s = this.requireSession();
      const sodium = await loadSodium();
      const check = await openWithPassphrase(sodium, s.store, s.vaultId, passphrase);
      if (!check) throw new HearthError('WRONG_PASSPHRASE');
      sodium.memzero(check);
      return { recoveryKey: this.useRotatedKey(await rotateDataKey(sodium, s.store, s.vaultId, s.cipher, passphrase, this.kdf, s.journal.writeLock)) };
    });
  }

  /**
   * Locks at once: the automatic backup due on lock is sealed in memory first, then the keys and
   * the index are dropped, and only then is the backup written, so a slow or unreachable backup
   * folder never keeps the journal open. Its outcome reaches the settings at the next unlock.
   */
  lock(): Promise<void> {
    return this.serial(async () => {
      const backup = this.session ? await this.exchange.sealLockBackup(this.session.journal) : null;
      this.endSession();
      if (!backup) return;
      const written = this.exchange.writeLockBackup(backup).then((outcome) => {
        this.lockBackupOutcome = outcome;
        if (this.session) void this.serial(() => this.applyLockBackupOutcome());
      });
      this.lockBackups = Promise.all([this.lockBackups, written]).then(() => undefined);
    });
  }

  /** Resolves once the backups started by locks are written or failed: the app waits for this before quitting. */
  lockBackupsSettled(): Promise<void> {
    return this.lockBackups;
  }

  /**
   * Copies every record of this (damaged) journal that still decrypts into a new journal in
   * `outDir`, opened by the same passphrase, with a new data key and a new recovery key. This
   * journal's files are only read. See ./salvage.ts.
   */
  salvage({ passphrase }: Arg<'salvage'>, outDir: string): Promise<SalvageReport> {
    return this.serial(async () => {
      if (resolve(outDir) === resolve(this.options.vaultDir)) {
        throw new HearthError('INVALID_INPUT', 'Choose another folder: the recovered journal never goes into the damaged one’s folder.', { field: 'out' });
      }
      const found = await salvageJournal(this.place.file.dbPath, passphrase);
      const target = new VaultService({ ...this.options, vaultDir: outDir, kdf: found.kdf });
      const { recoveryKey } = await target.create({ passphrase });
      try {
        await target.withJournal((j) => j.applyRestore(planRestore(j.index, readBackupContents(found.records), 'replace')));
      } catch (e) {
        target.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(join(outDir, VAULT_FILE) + suffix, { force: true });
        throw e;
      }
      target.close();
      const count = (kind: string) => found.records.filter((r) => r.kind === kind).length;
      return { folder: outDir, recoveryKey, entries: count('entry'), people: count('person'), lost: found.lost };
    });
  }

  /**
   * Merges this journal into the journal of a sync folder another computer made (./sync-adopt.ts):
   * the journal is closed first (every record is sealed again under the folder journal's key),
   * then opened again with the folder journal's passphrase.
   */
  adoptSyncFolder({ ownPassphrase, passphrase }: Arg<'adoptSyncFolder'>, folder: string): Promise<Results['syncNow']> {
    return this.serial(async () => {
      const engine = this.options.sync;
      if (!engine) throw new HearthError('INTERNAL', 'This copy of Hearth cannot sync.');
      const s = this.requireSession();
      const sodium = await loadSodium();
      const check = await openWithPassphrase(sodium, s.store, s.vaultId, ownPassphrase);
      if (!check) throw new HearthError('WRONG_PASSPHRASE', 'That is not this journal’s passphrase.', { field: 'ownPassphrase' });
      sodium.memzero(check);
      this.endSession();
      const reopen = (p: string) => this.openSession((so, vault) => openWithPassphrase(so, vault.store, vault.vaultId, p));
      let result;
      try {
        result = await engine.adopt(folder, ownPassphrase, passphrase);
      } catch (e) {
        // Nothing was merged (or it all was): the journal opens again with whichever passphrase it now has.
        if (!(await reopen(ownPassphrase))) await reopen(passphrase);
        throw e;
      }
      if (!(await reopen(passphrase))) throw new HearthError('WRONG_PASSPHRASE');
      return roundOf(result);
    });
  }

  // Beyond the contract: for the benchmark and the app.

  /** Every readable record as a backup holds it: what the benchmark writes and reads back. */
  backupRecords(): Promise<BackupRecord[]> {
    return this.withJournal((j) => j.backupRecords());
  }

  /**
   * Called by the app every few seconds: takes in what another process wrote to the vault (one
   * small query when nothing did) and tells onExternalChange. True when anything changed.
   */
  checkForChanges(): Promise<boolean> {
    return this.serial(() => {
      if (!this.session) return false;
      const changed = this.session.journal.refresh();
      if (changed) this.options.onExternalChange?.();
      return changed;
    });
  }

  /**
   * The schedule reminders.json holds for this journal, or null: what the app reminds by before the
   * first unlock. The vault id it is checked against is read from hearth.db (it is in the clear there).
   */
  reminderSchedule(): Promise<ReminderSchedule | null> {
    return this.serial(() => (this.session ? readReminderFile(this.reminderFile, this.session.vaultId) : scheduleBeforeUnlock(this.reminderFile, this.place.file)));
  }

  /** Called by the app's timer: writes the daily automatic backup when one is due. */
  autoBackupIfDue(): Promise<void> {
    return this.serial(async () => {
      if (this.session) await this.exchange.autoBackupIfDue(this.session.journal, 'timer');
    });
  }

  /** Runs fn on the unlocked journal holding the vault's write lock, in the call queue: how sync works (./sync-session.ts). */
  withLockedJournal<T>(fn: (journal: Journal) => Promise<T>): Promise<T> {
    return this.withWriter(fn);
  }

  /** Runs fn on the unlocked journal in the call queue, without the write lock: for what only reads (sync status). */
  withJournalToRead<T>(fn: (journal: Journal) => Promise<T>): Promise<T> {
    return this.withJournal(fn);
  }

  // Internals -------------------------------------------------------------------------------

  /** Every feature method becomes a method of the service, run by runFeature. */
  static {
    for (const method of FEATURE_METHODS) {
      Object.defineProperty(this.prototype, method, {
        value(this: VaultService, arg: unknown, path?: string) {
          return this.runFeature(method, arg, path);
        },
        writable: true,
        configurable: true,
      });
    }
  }

  /** A feature method in its turn, with the journal (and the write lock) where its declaration says so. */
  private runFeature(method: FeatureMethod, arg: unknown, path: string | undefined): Promise<unknown> {
    const handler = HANDLERS[method] as (ctx: FeatureContext | JournalContext, arg: unknown, path?: string) => unknown;
    const context: FeatureContext = { exchange: this.exchange, updateChannel: this.options.updateChannel, sync: this.options.sync };
    switch (CONTRACT[method].needs) {
      case 'nothing':
        return this.serial(() => handler(context, arg, path));
      case 'journal':
        return this.withJournal((journal) => handler({ ...context, journal }, arg, path));
      case 'writer':
        return this.withWriter((journal) => handler({ ...context, journal }, arg, path));
    }
  }

  /** Calls run one at a time, so a lock can never interleave with a half-done write or unlock. */
  private serial<T>(fn: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(fn).catch((e: unknown) => {
      throw asDiskFull(e, this.options.vaultDir);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private closeUnlessSession(vault: OpenVault): void {
    if (this.session?.db !== vault.db) checkpointAndClose(vault.db);
  }

  /** Opens the journal with the data key `open` finds (Argon2 runs meanwhile on its own thread); false when it finds none. */
  private async openSession(open: (sodium: Sodium, vault: OpenVault) => Promise<Uint8Array | null>): Promise<boolean> {
    const sodium = await loadSodium();
    const vault = this.session ?? requireVault(this.place.file);
    const started = performance.now();
    // Argon2 starts on its own thread; meanwhile this one reads the boxes and starts the helper.
    const derivation = open(sodium, vault);
    const load = this.session ? null : this.prepareLoad(vault);
    let dataKey: Uint8Array | null;
    try {
      dataKey = await derivation;
    } catch (e) {
      void load?.worker.terminate();
      this.closeUnlessSession(vault);
      throw e;
    }
    if (!dataKey) {
      void load?.worker.terminate();
      this.closeUnlessSession(vault);
      return false;
    }
    if (!load) {
      dataKey.fill(0);
      return true;
    }
    const derived = performance.now();
    await this.startSession(sodium, vault, dataKey, load);
    this.options.onUnlock?.({ kdfMs: derived - started, loadMs: performance.now() - derived });
    await this.keepRemindersAtUnlock();
    return true;
  }

  /** What unlocking needs before the key is known: the sealed rows, and a worker warming up. */
  private prepareLoad(vault: OpenVault): PreparedLoad {
    try {
      return prepareLoad(vault, this.place);
    } catch (e) {
      this.closeUnlessSession(vault);
      throw e;
    }
  }

  private async startSession(sodium: Sodium, vault: OpenVault, dataKey: Uint8Array, load: PreparedLoad): Promise<void> {
    try {
      this.session = await startSession(sodium, vault, dataKey, load, this.place);
    } catch (e) {
      this.closeUnlessSession(vault);
      throw e;
    }
    this.applyLockBackupOutcome();
  }

  /** After a rotation: the open journal goes on with the new key (the old one is wiped); returns the new recovery key. */
  private useRotatedKey(rotated: RotatedKey): string {
    const s = this.session;
    if (!s) {
      rotated.cipher.wipe();
      rotated.dataKey.fill(0);
      return rotated.recoveryKey;
    }
    this.session = rotatedSession(s, rotated);
    return rotated.recoveryKey;
  }

  /** The outcome of the last lock's backup, into the settings of the unlocked journal (once). */
  private applyLockBackupOutcome(): void {
    const outcome = this.lockBackupOutcome;
    if (!outcome || !this.session) return;
    this.lockBackupOutcome = null;
    try {
      this.exchange.recordLockBackup(this.session.journal, outcome);
    } catch (e) {
      console.error('Hearth: could not record how the automatic backup went:', e);
    }
  }

  private endSession(): void {
    this.exchange.imports.clear();
    const s = this.session;
    if (!s) return;
    this.session = null;
    closeSession(s);
  }

  private requireSession(): Session {
    if (!this.session) throw new HearthError('LOCKED');
    return this.session;
  }

  /** Runs fn on the journal, first taking in what other processes changed since the last call. */
  private withJournal<T>(fn: (journal: Journal) => T | Promise<T>): Promise<T> {
    return this.serial(() => fn(this.freshJournal()));
  }

  /**
   * withJournal for a change: waits for the vault's write lock without blocking the thread, then
   * holds it (with the index refreshed under it) for the whole call.
   */
  private withWriter<T>(fn: (journal: Journal) => T | Promise<T>): Promise<T> {
    return this.serial(async () => {
      const { journal } = this.requireSession();
      const lock = journal.writeLock;
      await lock.acquire();
      try {
        return await fn(this.freshJournal());
      } finally {
        // Still under the lock, so the file follows the commits in their order, whichever process made them.
        await this.keepReminders();
        lock.release();
      }
    });
  }

  /** reminders.json made to match the open journal's settings and newest entry (./reminder-file.ts). */
  private async keepReminders(): Promise<void> {
    if (this.session) await keepSessionReminders(this.reminderFile, this.session.vaultId, this.session.journal.index);
  }

  /** At each unlock the journal's settings win, under the write lock so a write by the CLI in between is not undone. */
  private keepRemindersAtUnlock(): Promise<void> {
    const s = this.session;
    return s ? keepRemindersUnderLock(this.reminderFile, s.vaultId, s.journal.writeLock, () => this.freshJournal().index) : Promise.resolve();
  }

  private freshJournal(): Journal {
    const { journal } = this.requireSession();
    if (journal.refresh()) this.options.onExternalChange?.();
    return journal;
  }
}

/** The service: the vault's lifecycle above, and every feature method of ./features/, typed from the contract. */
export type HearthService = VaultService & { [M in FeatureMethod]: HearthApi[M] };
export const HearthService = VaultService as new (options: ServiceOptions) => HearthService;

// HearthService: the whole journal behind the shared contract. It owns the vault's lifecycle
// (create, unlock, recovery, passphrase, lock) and runs calls one at a time; every other method is
// a feature handler (./features/), run in its turn with what its declaration needs. What can be
// done while unlocked lives in ./journal.ts; which session is open, in ./session-keeper.ts. Plain
// Node: it never imports 'electron', so it runs the same under vitest, the CLI, the test bridge
// and the app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT, type Arg, type FeatureMethod, type HearthApi, type Results, type VaultMethod } from '../../shared/contract';
import type { CorruptRecord, SalvageReport, SealProblem } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import type { BackupRecord } from '../backup/backup-format';
import { DEFAULT_KDF, KDF_FLOOR } from '../vault/kdf';
import { derivePassphraseKey, openWithPassphrase, openWithPassphraseKey, type KdfCost } from '../vault/key-manager';
import { loadSodium } from '../vault/sodium';
import { sameKdf } from '../store/passphrase-slot';
import type { EarlyPassphraseKey } from './early-passphrase-key';
import type { Journal } from './journal';
import { Exchange, type LockBackupOutcome } from './exchange';
import { salvageInto } from './salvage-into';
import { requireStrongPassphrase } from '../../shared/passphrase-strength';
import { refuseOccupiedFolder } from './vault-file';
import { createSession, sessionPlace } from './vault-session';
import { SessionKeeper } from './session-keeper';
import { changePassphrase, newRecoveryKey, unlockWithRecoveryKey } from './vault-keys';
import { asDiskFull } from '../store/disk-space';
import { FEATURE_METHODS, HANDLERS } from './features';
import type { FeatureContext, JournalContext } from './features/handler';
import type { UpdateChannel } from '../../shared/updates';
import type { ReminderSchedule } from '../../shared/contract/reminders';
import { readReminderFile, REMINDER_FILE } from './reminder-file';
import { scheduleBeforeUnlock } from './session-reminders';
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
  /** Told when the session ended because another process gave the journal a new key: it must be unlocked again. */
  onKeyChanged?: () => void;
  /** The desktop app's network for the opt-in update check (the only request Hearth can make). */
  updateChannel?: UpdateChannel;
  /** The sync engine (./sync-api.ts, made by ./sync-engine.ts) for the sync methods. */
  sync?: SyncEngine;
}

/** The enforced floor of the KDF: fast enough for tests, still accepted on read. */
export const TEST_KDF: KdfCost = KDF_FLOOR;

class VaultService implements Pick<HearthApi, VaultMethod> {
  private screenLockUnwatched = false;
  private readonly keeper: SessionKeeper;
  private lockBackups: Promise<void> = Promise.resolve();
  private lockBackupOutcome: LockBackupOutcome | null = null;
  private readonly exchange: Exchange;
  private queue: Promise<unknown> = Promise.resolve();
  /** The service's clock: a file dialog's default name takes today from it too. */
  readonly now: () => Date;
  private readonly reminderFile: string;

  constructor(private readonly options: ServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.reminderFile = join(options.vaultDir, REMINDER_FILE);
    const kdf = options.kdf ?? DEFAULT_KDF;
    this.keeper = new SessionKeeper(sessionPlace(options.vaultDir, this.now, options.nativeBinding), kdf, this.reminderFile, {
      onUnlock: options.onUnlock,
      onExternalChange: options.onExternalChange,
      onOpened: () => this.applyLockBackupOutcome(),
      onKeyChanged: () => {
        this.exchange.imports.clear();
        options.onKeyChanged?.();
      },
    });
    this.exchange = new Exchange(kdf, this.now);
  }

  corruptRecords(): CorruptRecord[] {
    const s = this.keeper.session;
    return s ? [...s.journal.corrupt] : [];
  }

  /** Where the journal differed from its seal at unlock or the last verify; the journal is read-only while any. */
  sealProblems(): SealProblem[] {
    return this.keeper.session?.journal.sealProblems() ?? [];
  }

  close(): void {
    this.endSession();
  }

  // Vault lifecycle -------------------------------------------------------------------------

  status(): Promise<Results['status']> {
    return this.serial(() => {
      const unwatched = this.screenLockUnwatched ? { screenLockUnwatched: true as const } : {};
      const s = this.keeper.session;
      if (s) {
        const sealProblems = s.journal.sealProblems();
        return sealProblems.length > 0 ? { exists: true, unlocked: true, sealProblems, ...unwatched } : { exists: true, unlocked: true, ...unwatched };
      }
      // A damaged file counts as a journal: unlocking it then says how to recover it, where
      // "create a journal" would replace its keys.
      return { exists: existsSync(this.keeper.place.file.dbPath), unlocked: false, ...unwatched };
    });
  }

  /** The shell found no way to notice the screen locking; status() says so, for Settings. */
  noteScreenLockUnwatched(): void {
    this.screenLockUnwatched = true;
  }

  create({ passphrase }: Arg<'create'>): Promise<Results['create']> {
    return this.serial(async () => {
      if (this.keeper.session) throw new HearthError('VAULT_EXISTS');
      refuseOccupiedFolder(this.keeper.place.file, this.options.vaultDir);
      await requireStrongPassphrase(passphrase, 'passphrase');
      const { session, recoveryKey } = await createSession(this.keeper.place, passphrase, this.keeper.kdf);
      this.keeper.useNew(session);
      // Reminders start off: a reminders.json another journal left in this folder goes.
      await this.keeper.keepReminders();
      return { recoveryKey };
    });
  }

  unlock({ passphrase }: Arg<'unlock'>): Promise<void> {
    return this.serial(async () => {
      const opened = await this.keeper.open((sodium, vault) => openWithPassphrase(sodium, vault.store, vault.vaultId, passphrase));
      if (!opened) throw new HearthError('WRONG_PASSPHRASE');
    });
  }

  /** Unlocks with the passphrase's key-encryption key (see derivePassphraseKey); false when it no longer opens the journal. */
  unlockWithPassphraseKey(kek: Uint8Array): Promise<boolean> {
    return this.serial(() => this.keeper.open(async (sodium, vault) => openWithPassphraseKey(sodium, vault.store, vault.vaultId, kek)));
  }

  /**
   * Unlocks with a passphrase's key still being derived (./early-passphrase-key.ts), reading the
   * sealed rows meanwhile as an unlock with the passphrase does. 'stale' when the slot no longer
   * holds the parameters it is derived with (a new passphrase was set since they were read).
   */
  unlockWithEarlyKey(early: EarlyPassphraseKey): Promise<'opened' | 'wrong' | 'stale'> {
    return this.serial(async () => {
      let stale = false;
      const opened = await this.keeper.open(async (sodium, vault) => {
        const kek = await early.kek;
        stale = !sameKdf(early.kdf, vault.store.keyslot('passphrase')?.kdf ?? null);
        return stale ? null : openWithPassphraseKey(sodium, vault.store, vault.vaultId, kek);
      });
      return opened ? 'opened' : stale ? 'stale' : 'wrong';
    });
  }

  /**
   * The passphrase's key-encryption key, for the CLI's unlock agent; the journal stays locked. An
   * `early` one serves while the slot holds the parameters it is derived with, else it is derived here.
   */
  passphraseKey({ passphrase }: Arg<'unlock'>, early?: EarlyPassphraseKey): Promise<Uint8Array> {
    return this.serial(async () => {
      const sodium = await loadSodium();
      const vault = this.keeper.vault();
      try {
        const derived = await early?.kek;
        if (early && derived && sameKdf(early.kdf, vault.store.keyslot('passphrase')?.kdf ?? null)) {
          const dataKey = openWithPassphraseKey(sodium, vault.store, vault.vaultId, derived);
          if (!dataKey) throw new HearthError('WRONG_PASSPHRASE');
          sodium.memzero(dataKey);
          return derived;
        }
        const kek = await derivePassphraseKey(sodium, vault.store, vault.vaultId, passphrase);
        if (!kek) throw new HearthError('WRONG_PASSPHRASE');
        return kek;
      } finally {
        this.keeper.closeUnlessSession(vault);
      }
    });
  }

  unlockWithRecoveryKey(arg: Arg<'unlockWithRecoveryKey'>): Promise<void> {
    return this.serial(() => unlockWithRecoveryKey(this.keeper, arg));
  }

  changePassphrase(arg: Arg<'changePassphrase'>): Promise<Results['changePassphrase']> {
    return this.serial(() => changePassphrase(this.keeper, arg));
  }

  newRecoveryKey(arg: Arg<'newRecoveryKey'>): Promise<Results['newRecoveryKey']> {
    return this.serial(() => newRecoveryKey(this.keeper, arg));
  }

  /**
   * Locks at once: the automatic backup due on lock is sealed in memory first, then the keys and
   * the index are dropped, and only then is the backup written, so a slow or unreachable backup
   * folder never keeps the journal open. Its outcome reaches the settings at the next unlock.
   */
  lock(): Promise<void> {
    return this.serial(async () => {
      const s = this.keeper.session;
      const backup = s ? await this.exchange.sealLockBackup(s.journal) : null;
      this.endSession();
      if (!backup) return;
      const written = this.exchange.writeLockBackup(backup).then((outcome) => {
        this.lockBackupOutcome = outcome;
        if (this.keeper.session) void this.serial(() => this.applyLockBackupOutcome());
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
   * journal's files are only read. See ./salvage.ts and ./salvage-into.ts.
   */
  salvage({ passphrase }: Arg<'salvage'>, outDir: string): Promise<SalvageReport> {
    return this.serial(() => {
      const into = sessionPlace(outDir, this.now, this.options.nativeBinding);
      return salvageInto(this.keeper.place, into, join(outDir, REMINDER_FILE), passphrase);
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
      const s = this.keeper.require();
      const sodium = await loadSodium();
      const check = await openWithPassphrase(sodium, s.store, s.vaultId, ownPassphrase);
      if (!check) throw new HearthError('WRONG_PASSPHRASE', 'That is not this journal’s passphrase.', { field: 'ownPassphrase' });
      sodium.memzero(check);
      this.endSession();
      const reopen = (p: string) => this.keeper.open((so, vault) => openWithPassphrase(so, vault.store, vault.vaultId, p));
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
      if (!this.keeper.session) return false;
      try {
        return this.keeper.refresh();
      } catch (e) {
        // The session ended under a new key: onKeyChanged has told the app.
        if (e instanceof HearthError && e.code === 'LOCKED') return false;
        throw e;
      }
    });
  }

  /**
   * The schedule reminders.json holds for this journal, or null: what the app reminds by before the
   * first unlock. The vault id it is checked against is read from hearth.db (it is in the clear there).
   */
  reminderSchedule(): Promise<ReminderSchedule | null> {
    return this.serial(() => {
      const s = this.keeper.session;
      return s ? readReminderFile(this.reminderFile, s.vaultId) : scheduleBeforeUnlock(this.reminderFile, this.keeper.place.file);
    });
  }

  /** Called by the app's timer: writes the daily automatic backup when one is due. */
  autoBackupIfDue(): Promise<void> {
    return this.serial(async () => {
      const s = this.keeper.session;
      if (s) await this.exchange.autoBackupIfDue(s.journal, 'timer');
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

  /** The outcome of the last lock's backup, into the settings of the unlocked journal (once). */
  private applyLockBackupOutcome(): void {
    const outcome = this.lockBackupOutcome;
    const s = this.keeper.session;
    if (!outcome || !s) return;
    this.lockBackupOutcome = null;
    try {
      this.exchange.recordLockBackup(s.journal, outcome);
    } catch (e) {
      console.error('Hearth: could not record how the automatic backup went:', e);
    }
  }

  private endSession(): void {
    this.exchange.imports.clear();
    this.keeper.end();
  }

  /** Runs fn on the journal, first taking in what other processes changed since the last call. */
  private withJournal<T>(fn: (journal: Journal) => T | Promise<T>): Promise<T> {
    return this.serial(() => fn(this.keeper.fresh()));
  }

  /**
   * withJournal for a change: waits for the vault's write lock without blocking the thread, then
   * holds it (with the index refreshed under it) for the whole call.
   */
  private withWriter<T>(fn: (journal: Journal) => T | Promise<T>): Promise<T> {
    return this.serial(async () => {
      const lock = this.keeper.require().journal.writeLock;
      await lock.acquire();
      try {
        return await fn(this.keeper.fresh());
      } finally {
        // Still under the lock, so the file follows the commits in their order, whichever process made them.
        await this.keeper.keepReminders();
        lock.release();
      }
    });
  }
}

/** The service: the vault's lifecycle above, and every feature method of ./features/, typed from the contract. */
export type HearthService = VaultService & { [M in FeatureMethod]: HearthApi[M] };
export const HearthService = VaultService as new (options: ServiceOptions) => HearthService;

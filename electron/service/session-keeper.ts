// Which session is open: the one place that holds it, opens it (an unlock, a recovery), swaps its
// key after a rotation, and ends it. HearthService (./hearth-service.ts) decides when, one call at a
// time; ./vault-session.ts knows how each step is done.
import type { KdfCost } from '../vault/key-manager';
import { loadSodium, type Sodium } from '../vault/sodium';
import { checkpointAndClose } from '../store/database';
import type { Journal } from './journal';
import type { RotatedKey } from './key-rotation';
import { keepRemindersUnderLock, keepSessionReminders } from './session-reminders';
import { requireVault, type OpenVault } from './vault-file';
import { closeSession, prepareLoad, rotatedSession, startSession, type PreparedLoad, type Session, type SessionPlace } from './vault-session';
import { HearthError } from '../../shared/errors';

export interface KeeperHooks {
  /** Told how long an unlock spent deriving the key and then opening the journal. */
  onUnlock?: (timing: { kdfMs: number; loadMs: number }) => void;
  /** Told when the journal found records another process changed. */
  onExternalChange?: () => void;
  /** Called once a session has opened, before anything else runs on it. */
  onOpened: () => void;
  /** Called once a session has ended because another process changed the journal's key. */
  onKeyChanged: () => void;
}

export class SessionKeeper {
  private current: Session | null = null;
  /** The journal that last found reminders off and reminders.json gone, and what of others' writes it had taken in then. */
  private remindersOff: { journal: Journal; othersWrites: number } | null = null;

  constructor(
    readonly place: SessionPlace,
    readonly kdf: KdfCost,
    private readonly reminderFile: string,
    private readonly hooks: KeeperHooks,
  ) {}

  get session(): Session | null {
    return this.current;
  }

  /** A journal made by createSession becomes the open one. */
  useNew(session: Session): void {
    this.current = session;
  }

  require(): Session {
    if (!this.current) throw new HearthError('LOCKED');
    return this.current;
  }

  /** The open session's vault, or the vault file opened for one call (closed by closeUnlessSession). */
  vault(): OpenVault {
    return this.current ?? requireVault(this.place.file);
  }

  closeUnlessSession(vault: OpenVault): void {
    if (this.current?.db !== vault.db) checkpointAndClose(vault.db);
  }

  /** Opens the journal with the data key `open` finds (Argon2 runs meanwhile on its own thread); false when it finds none. */
  async open(open: (sodium: Sodium, vault: OpenVault) => Promise<Uint8Array | null>): Promise<boolean> {
    const sodium = await loadSodium();
    const vault = this.vault();
    const started = performance.now();
    // Argon2 starts on its own thread; meanwhile this one reads the boxes and starts the helper.
    const derivation = open(sodium, vault);
    const load = this.current ? null : this.prepareLoad(vault);
    let dataKey: Uint8Array | null;
    try {
      dataKey = await derivation;
    } catch (e) {
      void load?.worker?.terminate();
      this.closeUnlessSession(vault);
      throw e;
    }
    if (!dataKey) {
      void load?.worker?.terminate();
      this.closeUnlessSession(vault);
      return false;
    }
    if (!load) {
      dataKey.fill(0);
      return true;
    }
    const derived = performance.now();
    await this.start(sodium, vault, dataKey, load);
    this.hooks.onUnlock?.({ kdfMs: derived - started, loadMs: performance.now() - derived });
    await this.keepRemindersAtUnlock();
    return true;
  }

  /** What unlocking needs before the key is known: the sealed rows, and a worker warming up. */
  prepareLoad(vault: OpenVault): PreparedLoad {
    try {
      return prepareLoad(vault, this.place);
    } catch (e) {
      this.closeUnlessSession(vault);
      throw e;
    }
  }

  /** Opens the prepared rows with a data key found some other way (a recovery key), reminders included. */
  async openWithKey(sodium: Sodium, vault: OpenVault, dataKey: Uint8Array, load: PreparedLoad): Promise<void> {
    await this.start(sodium, vault, dataKey, load);
    await this.keepRemindersAtUnlock();
  }

  /** After a rotation: the open journal goes on with the new key (the old one is wiped); returns the new recovery key. */
  useRotatedKey(rotated: RotatedKey): string {
    if (!this.current) {
      rotated.cipher.wipe();
      rotated.dataKey.fill(0);
    } else {
      this.current = rotatedSession(this.current, rotated);
    }
    return rotated.recoveryKey;
  }

  /** The keys wiped and the database closed; nothing when locked. */
  end(): void {
    const s = this.current;
    if (!s) return;
    this.current = null;
    // It names the journal: nothing of a locked journal is kept.
    this.remindersOff = null;
    closeSession(s);
  }

  /** The open journal, having first taken in what other processes changed since the last call. */
  fresh(): Journal {
    const { journal } = this.require();
    this.refresh();
    return journal;
  }

  /**
   * Takes in what other processes changed; true when anything did. When another process gave the
   * journal a new key (see JournalSync.requireSameKey), the session ends here and LOCKED is thrown:
   * nothing is read or written with the old key.
   */
  refresh(): boolean {
    const { journal } = this.require();
    let changed: boolean;
    try {
      changed = journal.refresh();
    } catch (e) {
      if (e instanceof HearthError && e.code === 'LOCKED') {
        this.end();
        this.hooks.onKeyChanged();
      }
      throw e;
    }
    if (changed) this.hooks.onExternalChange?.();
    return changed;
  }

  /**
   * reminders.json made to match the open journal's settings and newest entry (./reminder-file.ts).
   * With reminders off, as they were when the file was last found gone, it is not looked for again
   * until another process has written: only a process with reminders on makes it, and turning them
   * on is a write this journal takes in.
   */
  async keepReminders(): Promise<void> {
    const s = this.current;
    if (!s) return;
    const { journal } = s;
    const off = !journal.index.settings.reminders.enabled;
    const known = this.remindersOff;
    if (off && known?.journal === journal && known.othersWrites === journal.othersWrites) return;
    await keepSessionReminders(this.reminderFile, s.vaultId, journal.index);
    this.remindersOff = off ? { journal, othersWrites: journal.othersWrites } : null;
  }

  private async start(sodium: Sodium, vault: OpenVault, dataKey: Uint8Array, load: PreparedLoad): Promise<void> {
    try {
      this.current = await startSession(sodium, vault, dataKey, load, this.place);
    } catch (e) {
      this.closeUnlessSession(vault);
      throw e;
    }
    this.hooks.onOpened();
  }

  /** At each unlock the journal's settings win, under the write lock so a write by the CLI in between is not undone. */
  private keepRemindersAtUnlock(): Promise<void> {
    const s = this.current;
    return s ? keepRemindersUnderLock(this.reminderFile, s.vaultId, s.journal.writeLock, () => this.fresh().index) : Promise.resolve();
  }
}

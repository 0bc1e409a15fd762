// One CLI invocation's link to the journal: every call goes through the IPC dispatcher, so the CLI
// validates input exactly as the app does, and the service is always closed (locked, checkpointed).
// While the desktop app has the journal unlocked, the calls go to the app over its socket instead
// (it validates them with the same schemas): one process writes, and no Argon2 runs here. Else, while
// the unlock agent holds the journal open, they go to the agent the same way.
import { resolve } from 'node:path';
import { argSchemas, FILE_METHODS, METHODS, type Method, type Results } from '../../shared/contract';
import type { NewEntryData } from '../../shared/contract/values';
import type { Entry, VaultStatus } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import { plural } from '../../shared/format';
import { createHandlers, dispatch, type Handlers } from '../ipc/dispatch';
import { connectApp, type AppConnection, type Holder } from '../agent/app-client';
import { askAgent } from '../agent/client';
import { agentJournalPaths, agentPaths, appPaths, openRuntimeDir, refusedWarning, type AgentPaths } from '../agent/runtime-dir';
import { readPassphraseSlot, type EarlyPassphraseKey, type PassphraseSlot } from '../service/early-passphrase-key';
import type { HearthService } from '../service/hearth-service';
import { CliDialogs } from './cli-dialogs';
import type { EarlyUnlock } from './early-unlock';
import { asHearthError } from './errors';
import { terminalJson } from './format';
import { writeLine, type CliIo } from './io';
import { Secrets } from './secrets';

/** Handlers whose unexpected errors become INTERNAL HearthErrors with their message, never a logged stack. */
function guarded(handlers: Handlers): Handlers {
  const wrapped: Partial<Record<Method, (arg: unknown) => Promise<unknown>>> = {};
  for (const method of METHODS) {
    const handler = handlers[method] as (arg: unknown) => Promise<unknown>;
    wrapped[method] = async (arg) => {
      try {
        return await handler(arg);
      } catch (e) {
        throw asHearthError(e);
      }
    };
  }
  return wrapped as Handlers;
}

/** The journal opened in this process, with the dispatcher's handlers over it. */
interface Local {
  service: HearthService;
  handlers: Handlers;
}

export class Session {
  readonly secrets: Secrets;
  /** Set `dialogs.path` before calling a file method (export, import). */
  readonly dialogs = new CliDialogs();
  /** One clock for the command and the service, so both agree on "today". */
  readonly now: () => Date;
  private local: Local | null = null;
  /** The desktop app (or the agent holding the journal), once it answered for this journal: every call then goes to it. */
  private app: AppConnection | null = null;
  /** What the app or agent said of the journal when this command began through it. */
  private appStatus: VaultStatus | null = null;
  private runtime: { dir: string | null } | null = null;
  /** Argon2id begun for this journal before the command loaded (./early-unlock.ts), until taken. */
  private early: EarlyPassphraseKey | null;

  constructor(
    readonly vaultDir: string,
    readonly io: CliIo,
    early: EarlyUnlock | null = null,
  ) {
    this.now = io.now ?? (() => new Date());
    this.secrets = new Secrets(io);
    // Begun for another folder (a guess made before the arguments were parsed): of no use here.
    if (early !== null && early.vaultDir !== vaultDir) early.key.cancel();
    this.early = early?.vaultDir === vaultDir ? early.key : null;
  }

  /**
   * The service of this process, loaded on first use: a command that runs through the desktop app
   * never loads SQLite, libsodium or the report and backup code.
   */
  async localService(): Promise<HearthService> {
    return (await this.opened()).service;
  }

  private async opened(): Promise<Local> {
    if (this.local === null) {
      const { HearthService } = await import('../service/hearth-service');
      const service = new HearthService({ vaultDir: this.vaultDir, now: this.now });
      this.local = { service, handlers: guarded(createHandlers(service, this.dialogs)) };
    }
    return this.local;
  }

  /** Validate `arg` with the method's shared schema and run it; a failure is thrown as HearthError. */
  async call<M extends Method>(method: M, arg?: unknown): Promise<Results[M]> {
    const envelope = this.app ? await this.app.call(method, arg, this.pathFor(method)) : await dispatch((await this.opened()).handlers, method, arg);
    if (!envelope.ok) throw HearthError.fromInfo(envelope.error);
    return envelope.value as Results[M];
  }

  /**
   * Entries already read with addEntry's schema (parseArg), added in one transaction: all or none.
   * `add --ndjson` commits its groups here: through the app, its addEntries call checks them again.
   */
  async addEntries(entries: NewEntryData[]): Promise<Entry[]> {
    if (this.app) return this.call('addEntries', entries);
    try {
      return await (await this.localService()).addEntries(entries);
    } catch (e) {
      throw asHearthError(e);
    }
  }

  /** Fail before asking for a passphrase when there is nothing to unlock. */
  async requireJournal(): Promise<void> {
    const { exists } = await this.call('status');
    if (!exists) throw new HearthError('NO_VAULT', `There is no journal in ${this.vaultDir} yet; create one with "hearth init".`);
  }

  /**
   * Unlock: through the desktop app when it has this journal unlocked, else through the unlock agent
   * (`hearth unlock`) once it holds the journal open, else with the agent's key when one answers,
   * else with the passphrase; then name any unreadable records on stderr.
   */
  async unlock(options: { warnCorrupt?: boolean } = {}): Promise<void> {
    if (!(await this.useApp()) && !(await this.useAgentJournal())) await this.unlockInProcess();
    if (options.warnCorrupt !== false) await this.warnCorrupt();
  }

  /**
   * Unlock in this process even while the desktop app has the journal unlocked (agent's key, else
   * the passphrase), for work that is no call of the contract (a sync round): the vault's write
   * lock keeps it in step with the app, which takes in what it wrote.
   */
  async unlockHere(): Promise<HearthService> {
    await this.unlockInProcess();
    await this.warnCorrupt();
    return this.localService();
  }

  /**
   * The passphrase's key-encryption key for the unlock agent (the journal stays locked), its
   * Argon2id begun before the command or the service loaded when the slot can be read, as unlocking does.
   */
  async agentKey(): Promise<Uint8Array> {
    const begun = this.takeEarly();
    const slot = begun ? null : readPassphraseSlot(this.vaultDir);
    if (!begun && slot === null) await this.requireJournal();
    const passphrase = await this.secrets.passphrase();
    const early = this.earlyKeyFor(passphrase, begun, slot);
    let key: Uint8Array | undefined;
    try {
      key = await (await this.localService()).passphraseKey({ passphrase }, early);
      return key;
    } catch (e) {
      throw asHearthError(e);
    } finally {
      // The early key, unless it is the one returned (the caller wipes that).
      const derived = await early?.kek.catch(() => null);
      if (derived && derived !== key) derived.fill(0);
    }
  }

  /** Unlock with the passphrase itself, never the agent's key, for a command that needs it (passwd). Returns it. */
  async unlockWithPassphrase(): Promise<string> {
    await this.requireJournal();
    await this.refuseWhileAppUnlocked();
    const passphrase = await this.secrets.passphrase();
    await this.call('unlock', { passphrase });
    await this.warnCorrupt();
    return passphrase;
  }

  /**
   * For a command that changes the journal's keys (passwd, recover): the app does not take those
   * calls, and this process must not change the keys under an app that holds the journal open.
   */
  async refuseWhileAppUnlocked(): Promise<void> {
    if (!(await this.useApp())) return;
    this.app?.close();
    this.app = null;
    this.appStatus = null;
    throw new HearthError('APP_UNLOCKED', 'The desktop app has this journal unlocked, and this command changes its passphrase or keys: lock the app first, then run the command again.');
  }

  /** True when the desktop app has this journal unlocked: commands then go through it, agent or not. */
  async appHoldsJournal(): Promise<boolean> {
    return this.app?.holder === 'app' || (await this.useApp());
  }

  /** The private runtime folder of the app's socket and the agent, or null; an unsafe one is warned about once. */
  private async runtimeDir(): Promise<string | null> {
    if (this.runtime === null) {
      const dir = openRuntimeDir(this.io.env, false);
      if (dir !== null && !dir.ok) await this.warn(refusedWarning(dir, 'the desktop app or the unlock agent'));
      this.runtime = { dir: dir?.ok ? dir.dir : null };
    }
    return this.runtime.dir;
  }

  /** True when the desktop app has this journal unlocked and answered: from now on every call goes to it. */
  private async useApp(): Promise<boolean> {
    return this.useHolder('app', appPaths);
  }

  /** True when the unlock agent holds this journal open and answered: from now on every call goes to it. */
  private async useAgentJournal(): Promise<boolean> {
    return this.useHolder('agent', agentJournalPaths);
  }

  private async useHolder(holder: Holder, pathsOf: (dir: string, vaultDir: string) => AgentPaths): Promise<boolean> {
    const dir = await this.runtimeDir();
    const app = dir === null ? null : await connectApp(pathsOf(dir, this.vaultDir), undefined, holder);
    if (app === null) return false;
    // Asked in its turn: an app or agent that locked since it welcomed us is gone for this command.
    const status = await app.call('status', undefined);
    if (!status.ok || !(status.value as VaultStatus).unlocked) {
      app.close();
      return false;
    }
    this.app = app;
    this.appStatus = status.value as VaultStatus;
    return true;
  }

  /** A file method's path for the app, whose working folder is not this one's. */
  private pathFor(method: Method): string | undefined {
    const path = this.dialogs.path;
    return path !== null && (FILE_METHODS as Method[]).includes(method) ? resolve(path) : undefined;
  }

  /** Unlock in this process: with the agent's key when it opens the journal, else with the passphrase. */
  private async unlockInProcess(): Promise<void> {
    if (await this.unlockFromAgent()) return;
    if (await this.unlockWithEarlyKey()) return;
    await this.requireJournal();
    await this.call('unlock', { passphrase: await this.secrets.passphrase() });
  }

  /**
   * Unlock with the passphrase, its Argon2id begun before the command loaded (./early-unlock.ts) or
   * else before the service loads (../service/early-passphrase-key.ts); false, before asking for it,
   * when the slot cannot be read here.
   */
  private async unlockWithEarlyKey(): Promise<boolean> {
    const begun = this.takeEarly();
    const slot = begun ? null : readPassphraseSlot(this.vaultDir);
    if (!begun && slot === null) return false;
    const passphrase = await this.secrets.passphrase();
    const early = this.earlyKeyFor(passphrase, begun, slot);
    // One the contract refuses is refused by the usual call, with its sentence.
    if (!early) return false;
    let outcome: 'opened' | 'wrong' | 'stale';
    try {
      outcome = await (await this.localService()).unlockWithEarlyKey(early);
    } catch (e) {
      throw asHearthError(e);
    } finally {
      (await early.kek.catch(() => null))?.fill(0);
    }
    if (outcome === 'wrong') throw new HearthError('WRONG_PASSPHRASE');
    // A new passphrase was set meanwhile (another process): the usual unlock reads the new slot.
    if (outcome === 'stale') await this.call('unlock', { passphrase });
    return true;
  }

  /** The key begun before the command loaded, handed over once. */
  private takeEarly(): EarlyPassphraseKey | null {
    const early = this.early;
    this.early = null;
    return early;
  }

  /**
   * The early key for `passphrase`: the one begun before the command loaded (from the same
   * environment variable the passphrase came from), else one begun now from `slot`; none for a
   * passphrase the contract refuses.
   */
  private earlyKeyFor(passphrase: string, begun: EarlyPassphraseKey | null, slot: PassphraseSlot | null): EarlyPassphraseKey | undefined {
    if (!argSchemas.unlock.safeParse({ passphrase }).success) {
      begun?.cancel();
      return undefined;
    }
    return begun ?? slot?.derive(passphrase);
  }

  /** True when the agent's key opened the journal; false (and nothing changed) when there is no agent or its key does not open it. */
  private async unlockFromAgent(): Promise<boolean> {
    const dir = await this.runtimeDir();
    if (dir === null) return false;
    const answer = await askAgent(agentPaths(dir, this.vaultDir), 'key');
    if (answer.status !== 'ok' || answer.key === null) return false;
    try {
      await this.requireJournal();
      return await (await this.localService()).unlockWithPassphraseKey(answer.key);
    } catch (e) {
      throw asHearthError(e);
    } finally {
      const { wipeKey } = await import('../service/agent-key');
      await wipeKey(answer.key);
    }
  }

  async warnCorrupt(): Promise<void> {
    // Through the app: its status names any seal problem (`hearth verify` names damaged records).
    const local = this.appStatus ? null : (await this.opened()).service;
    const seal = local ? local.sealProblems() : (this.appStatus?.sealProblems ?? []);
    const behind = seal.find((p) => p.problem === 'behind');
    if (behind) {
      const lost = plural(behind.missingChanges ?? 0, 'change');
      await this.warn(`warning: the journal is older than the last change Hearth wrote (${lost} missing), so it is open read-only. Run "hearth verify" for details.`);
    } else if (seal.length > 0) {
      const list = seal.map((p) => `${p.id} (${p.kind}, ${p.problem})`).join(', ');
      await this.warn(`warning: the journal does not match its seal, so it is open read-only: ${list}. Run "hearth verify" for details.`);
    }
    const corrupt = local ? local.corruptRecords() : [];
    if (corrupt.length === 0) return;
    const list = corrupt.map((r) => `${r.id} (${r.kind})`).join(', ');
    const count = corrupt.length === 1 ? '1 damaged record cannot be read and is' : `${corrupt.length} damaged records cannot be read and are`;
    await this.warn(`warning: ${count} left out: ${list}. Run "hearth verify" for details.`);
  }

  print(text: string): Promise<void> {
    return writeLine(this.io.stdout, text);
  }

  printJson(value: unknown): Promise<void> {
    return this.print(terminalJson(value));
  }

  warn(text: string): Promise<void> {
    return writeLine(this.io.stderr, `hearth: ${text}`);
  }

  close(): void {
    this.takeEarly()?.cancel();
    this.app?.close();
    this.secrets.close();
    this.local?.service.close();
  }
}

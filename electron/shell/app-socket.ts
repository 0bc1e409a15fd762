// While the desktop app has the journal unlocked, the command line sends its calls here instead of
// opening the journal itself: one process writes, and no second Argon2 runs. `sync` follows the
// service (serving while unlocked, not otherwise); main calls it after each lifecycle call and each
// lock. Calls go through the contract's handler table and dispatcher, as IPC calls do: each argument
// is validated with the method's schema, and a file method takes the command line's path instead of
// a dialog. The vault's lifecycle (unlocking, locking, passphrase and recovery key, salvage) is not
// served: changing the keys under the app is refused with APP_UNLOCKED. No 'electron' import here.
import { CONTRACT, type Method } from '../../shared/contract';
import { HearthError, type Envelope } from '../../shared/errors';
import { appPaths, openRuntimeDir } from '../agent/runtime-dir';
import { createHandlers, dispatch, isMethod, type DispatchTarget } from '../ipc/dispatch';
import type { FileDialogs } from '../ipc/file-dialogs';
import { AppServer } from './app-server';

export interface AppSocketOptions {
  vaultDir: string;
  api: DispatchTarget;
  env?: Record<string, string | undefined>;
  /** Told after each call the command line made through the app, as main is after an IPC call. */
  afterCall?: (method: Method, ok: boolean) => void;
  warn?: (message: string) => void;
}

/** Whether the app serves `method` to the command line: every method but the vault's lifecycle, whose status it may read. */
export function servedToCli(method: Method): boolean {
  return CONTRACT[method].needs !== 'vault' || method === 'status';
}

/** Whether a successful call of `method` may have changed what the app's screens show. */
export function changesJournal(method: Method): boolean {
  return CONTRACT[method].needs === 'writer';
}

/** The command line's file, in place of a dialog: the same answer whatever is asked. */
function givenPath(path: string | undefined): FileDialogs {
  const answer = async () => path ?? null;
  return { save: answer, open: answer, folder: answer };
}

export class AppSocket {
  private server: AppServer | null = null;
  private turn: Promise<void> = Promise.resolve();
  private warnedUnsafe = false;
  private closed = false;

  constructor(private readonly options: AppSocketOptions) {}

  get serving(): boolean {
    return this.server !== null;
  }

  /** Serves while the journal is unlocked, and stops once it is not. Never throws. */
  sync(): Promise<void> {
    return this.inTurn(async () => ((await this.options.api.status()).unlocked ? this.start() : this.stop()));
  }

  /** After an IPC call: a lifecycle call (unlock, lock, create…) may have opened or closed the journal. */
  afterIpcCall(method: unknown, ok: boolean): void {
    if (ok && isMethod(method) && CONTRACT[method].needs === 'vault') void this.sync();
  }

  /** Stops serving for good (the app is quitting): the socket and its token file are gone when this returns. */
  close(): void {
    this.closed = true;
    this.server?.stop();
    this.server = null;
  }

  private stop(): void {
    this.server?.stop();
    this.server = null;
  }

  private inTurn(step: () => Promise<void> | void): Promise<void> {
    this.turn = this.turn.then(step).catch((e: unknown) => this.warn(`Hearth: the command line’s socket failed: ${e instanceof Error ? e.message : String(e)}`));
    return this.turn;
  }

  private warn(message: string): void {
    (this.options.warn ?? console.warn)(message);
  }

  private async start(): Promise<void> {
    if (this.server || this.closed) return;
    const dir = openRuntimeDir(this.options.env ?? process.env, true);
    if (dir === null) return;
    if (!dir.ok) {
      if (!this.warnedUnsafe) this.warn(`Hearth: not serving the command line: its folder ${dir.dir} is unsafe (${dir.problem}).`);
      this.warnedUnsafe = true;
      return;
    }
    const server = new AppServer({
      paths: appPaths(dir.dir, this.options.vaultDir),
      call: (method, arg, path) => this.call(method, arg, path),
    });
    this.server = server;
    try {
      await server.start();
    } catch (e) {
      server.stop();
      this.server = null;
      throw e;
    }
  }

  private async call(method: string, arg: unknown, path: string | undefined): Promise<Envelope<unknown>> {
    if (isMethod(method) && !servedToCli(method)) {
      const refused = new HearthError('APP_UNLOCKED', 'The desktop app has this journal unlocked and does not take this call from the command line: lock the app first, then run the command again.');
      return { ok: false, error: refused.toInfo() };
    }
    const envelope = await dispatch(createHandlers(this.options.api, givenPath(path)), method, arg);
    if (isMethod(method)) this.options.afterCall?.(method, envelope.ok);
    return envelope;
  }
}

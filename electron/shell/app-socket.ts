// While the desktop app has the journal unlocked, the command line sends its calls here instead of
// opening the journal itself: one process writes, and no second Argon2 runs. `sync` follows the
// service (serving while unlocked, not otherwise); main calls it after each lifecycle call and each
// lock. Each call is answered as ipc/cli-call.ts answers it. No 'electron' import here.
import { CONTRACT, type Method } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { AppServer } from '../agent/app-server';
import { appPaths, openRuntimeDir } from '../agent/runtime-dir';
import { answerCliCall } from '../ipc/cli-call';
import { isMethod, type DispatchTarget } from '../ipc/dispatch';

export interface AppSocketOptions {
  vaultDir: string;
  api: DispatchTarget;
  env?: Record<string, string | undefined>;
  /** Told after each call the command line made through the app, as main is after an IPC call. */
  afterCall?: (method: Method, ok: boolean) => void;
  warn?: (message: string) => void;
}

/** Whether a successful call of `method` may have changed what the app's screens show. */
export function changesJournal(method: Method): boolean {
  return CONTRACT[method].needs === 'writer';
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
    const refusal = 'The desktop app has this journal unlocked and does not take this call from the command line: lock the app first, then run the command again.';
    const envelope = await answerCliCall(this.options.api, method, arg, path, refusal);
    if (isMethod(method)) this.options.afterCall?.(method, envelope.ok);
    return envelope;
  }
}

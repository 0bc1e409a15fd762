// The command line's side of the socket of a process that holds the journal unlocked: the desktop app,
// or the unlock agent once it opened the journal. `connectApp` answers null for anything short of a
// welcome (no token file, nobody listening, a refused token, the app locking, a timeout): the command
// then goes on without it. A socket nobody listens on (its process was killed) is removed with its
// token file. Once welcomed, each call is one line out and one envelope back.
import { rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { CONTRACT, type Method } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { HearthError } from '../../shared/errors';
import { AppAnswer, AppWelcome, APP_PROTOCOL_VERSION, encodeJsonLine, LineReader, MAX_HELLO_LINE, type AppCall } from './app-protocol';
import { parseLine } from './protocol';
import type { AgentPaths } from './runtime-dir';
import { readTokenFile } from './token-file';

/** How long the command line waits for the app's welcome before going on without it. */
const WELCOME_TIMEOUT_MS = 3000;
/** An answer may hold a whole journal's entries. */
const MAX_ANSWER_LINE = 1024 * 1024 * 1024;

/** Who answers on the socket, as a sentence that says they went away names them. */
export type Holder = 'app' | 'agent';

const WHO_WENT: Record<Holder, string> = {
  app: 'The desktop app locked or quit before it answered',
  agent: 'The unlock agent ended before it answered',
};

/** A change sent but never answered may or may not have been saved: running it again blindly could add it twice. */
function changes(method: string): boolean {
  return Object.hasOwn(CONTRACT, method) && CONTRACT[method as Method].needs === 'writer';
}

export class AppConnection {
  private nextId = 0;
  private readonly waiting = new Map<number, { method: string; resolve: (answer: Envelope<unknown>) => void }>();
  private closed = false;

  constructor(
    private readonly socket: Socket,
    /** The process id of the app or agent, as it said in its welcome. */
    readonly pid: number,
    readonly holder: Holder = 'app',
  ) {
    const reader = new LineReader(MAX_ANSWER_LINE);
    socket.on('data', (chunk: Buffer) => {
      const lines = reader.push(chunk);
      if (lines === null) return void socket.destroy();
      for (const line of lines) {
        const answer = parseLine(AppAnswer, line);
        const waiting = answer && this.waiting.get(answer.id);
        if (!answer || !waiting) return void socket.destroy();
        this.waiting.delete(answer.id);
        waiting.resolve(answer.ok ? { ok: true, value: answer.value } : { ok: false, error: answer.error });
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.closed = true;
      for (const { method, resolve } of this.waiting.values()) resolve(this.gone(changes(method)));
      this.waiting.clear();
    });
  }

  /** One contract call, answered with the app's envelope (never throws). */
  call(method: string, arg: unknown, path?: string): Promise<Envelope<unknown>> {
    if (this.closed) return Promise.resolve(this.gone(false));
    const id = this.nextId++;
    const call: AppCall = { id, method, ...(arg === undefined ? {} : { arg }), ...(path === undefined ? {} : { path }) };
    return new Promise((resolve) => {
      this.waiting.set(id, { method, resolve });
      this.socket.write(encodeJsonLine(call));
    });
  }

  close(): void {
    this.socket.end();
  }

  /** `unsure`: a change was sent, so whether it was saved is not known. */
  private gone(unsure: boolean): Envelope<never> {
    const then = unsure ? ', so whether the change was saved is not known: look (hearth list) before running the command again.' : '; run the command again.';
    return { ok: false, error: new HearthError('LOCKED', `${WHO_WENT[this.holder]}${then}`).toInfo() };
  }
}

function removeStale(paths: AgentPaths): void {
  if (process.platform !== 'win32') rmSync(paths.socket, { force: true });
  rmSync(paths.token, { force: true });
}

/** A welcomed connection to the app (or agent) that has this journal unlocked, or null. */
export function connectApp(paths: AgentPaths, timeoutMs = WELCOME_TIMEOUT_MS, holder: Holder = 'app'): Promise<AppConnection | null> {
  const token = readTokenFile(paths.token);
  if (token === null) return Promise.resolve(null);
  return new Promise((resolve) => {
    const socket = connect(paths.socket);
    const reader = new LineReader(MAX_HELLO_LINE);
    let settled = false;
    const finish = (welcomed: AppConnection | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.off('data', onData);
      if (welcomed === null) socket.destroy();
      resolve(welcomed);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    const onData = (chunk: Buffer) => {
      const lines = reader.push(chunk);
      if (lines === null) return finish(null);
      if (lines.length === 0) return;
      const welcome = parseLine(AppWelcome, lines[0]!);
      finish(welcome?.ok ? new AppConnection(socket, welcome.pid, holder) : null);
    };
    socket.on('data', onData);
    socket.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNREFUSED') removeStale(paths);
      finish(null);
    });
    socket.once('close', () => finish(null));
    socket.write(encodeJsonLine({ v: APP_PROTOCOL_VERSION, token }));
  });
}

// The socket a process that holds the journal unlocked (the desktop app, or the unlock agent) serves
// the command line on: listens in the private runtime folder (0600 socket, its own 0600 token file
// written only once it listens), welcomes a client that presents the token (compared in constant
// time), then answers its calls one by one with whatever `call` makes of them. Stopping closes every
// connection and removes both files.
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { HearthError, type Envelope } from '../../shared/errors';
import { AppCall, AppHello, encodeJsonLine, LineReader, MAX_CALL_LINE, MAX_HELLO_LINE, type AppWelcome } from './app-protocol';
import { parseLine, TOKEN_BYTES, tokenMatches } from './protocol';
import { listenPrivately, removeSocketFiles } from './private-socket';
import type { AgentPaths } from './runtime-dir';

export interface AppServerOptions {
  paths: AgentPaths;
  /** One call from the command line, answered as over IPC. */
  call(method: string, arg: unknown, path: string | undefined): Promise<Envelope<unknown>>;
}

/** A client that has not presented its token by then is dropped. */
const HELLO_TIMEOUT_MS = 2000;

export class AppServer {
  private readonly server: Server;
  private readonly token = randomBytes(TOKEN_BYTES);
  private readonly connections = new Set<Socket>();
  private stopped = false;

  constructor(private readonly options: AppServerOptions) {
    this.server = createServer((socket) => this.serve(socket));
  }

  /** Listens, then writes the token file: a client that finds the token finds someone listening. */
  async start(): Promise<void> {
    await listenPrivately(this.server, this.options.paths, this.token);
  }

  /** Closes every connection (a call in flight loses its answer) and removes the socket and the token. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.server.close();
    for (const socket of this.connections) socket.destroy();
    removeSocketFiles(this.options.paths);
    this.token.fill(0);
  }

  private serve(socket: Socket): void {
    if (this.stopped) return void socket.destroy();
    this.connections.add(socket);
    socket.on('close', () => this.connections.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(HELLO_TIMEOUT_MS, () => socket.destroy());
    const reader = new LineReader(MAX_HELLO_LINE);
    let welcomed = false;
    let refused = false;
    // Lines are handled in order: the greeting first, then each call once the one before it is answered.
    let turn = Promise.resolve();
    const handle = async (line: string) => {
      if (socket.destroyed || refused) return;
      if (welcomed) return this.answer(socket, line);
      if (!(await this.welcome(socket, line))) return void (refused = true);
      welcomed = true;
      socket.setTimeout(0);
      reader.max = MAX_CALL_LINE;
      socket.write(encodeJsonLine({ ok: true, pid: process.pid } satisfies AppWelcome));
    };
    socket.on('data', (chunk: Buffer) => {
      const lines = reader.push(chunk);
      if (lines === null) return void socket.destroy();
      for (const line of lines) turn = turn.then(() => handle(line)).catch(() => void socket.destroy());
    });
  }

  /** Checks the greeting; true when the client may call, else it is told why not and let go. */
  private async welcome(socket: Socket, line: string): Promise<boolean> {
    const refuse = (reason: 'token' | 'request' | 'locked') => {
      socket.end(encodeJsonLine({ ok: false, reason } satisfies AppWelcome));
      return false;
    };
    const hello = parseLine(AppHello, line);
    if (hello === null) return refuse('request');
    if (!tokenMatches(hello.token, this.token)) return refuse('token');
    // The welcome does not wait for the service's queue (a long export may hold it): the client
    // asks the status next, as its first call, and goes on without the app if it is locked by then.
    if (this.stopped) return refuse('locked');
    return !socket.destroyed;
  }

  private async answer(socket: Socket, line: string): Promise<void> {
    const call = parseLine(AppCall, line);
    if (call === null) return void socket.destroy();
    let envelope: Envelope<unknown>;
    try {
      envelope = await this.options.call(call.method, call.arg, call.path);
    } catch {
      envelope = { ok: false, error: new HearthError('INTERNAL').toInfo() };
    }
    if (socket.destroyed) return;
    let text: string;
    try {
      text = encodeJsonLine({ id: call.id, ...envelope });
    } catch {
      text = encodeJsonLine({ id: call.id, ok: false, error: new HearthError('INTERNAL').toInfo() });
    }
    socket.write(text);
  }
}

// The unlock agent: holds one journal's passphrase key (the Argon2id output) until a deadline and
// hands it to clients that present the token of its private folder (agent-main.ts also serves the
// journal it opened with that key). It ends itself at the deadline,
// after a suspend, on `lock`, and as soon as the key no longer opens the journal (the passphrase or
// the key changed); ending wipes the key and removes the socket and the token file.
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { AgentRequest, encodeLine, KEY_BYTES, MAX_LINE, parseLine, TOKEN_BYTES, tokenMatches, type AgentReply } from '../../agent/protocol';
import { listenPrivately, removeSocketFiles } from '../../agent/private-socket';
import type { AgentPaths } from '../../agent/runtime-dir';
import { suspendedBetween, systemTick, TICK_MS, type Tick } from '../../agent/suspend';

export type EndReason = 'deadline' | 'suspend' | 'lock' | 'stale' | 'signal';

export interface AgentOptions {
  paths: AgentPaths;
  key: Uint8Array;
  /** The deadline, in milliseconds since the epoch. */
  until: number;
  /** Whether the key still opens the journal: null when that could not be told just now. */
  stillOpens(key: Uint8Array): Promise<boolean | null>;
  wipe(key: Uint8Array): Promise<void>;
  /** Called first when the agent ends, and waited for, before its key is wiped and its files removed. */
  onEnding?: () => Promise<void> | undefined;
  tickMs?: number;
  clock?: () => Tick;
}

/** A client that has not sent its request by then is dropped. */
const REQUEST_TIMEOUT_MS = 2000;

export class AgentServer {
  private readonly server: Server;
  private readonly token = randomBytes(TOKEN_BYTES);
  private readonly connections = new Set<Socket>();
  private readonly timers: NodeJS.Timeout[] = [];
  private last: Tick;
  private ending: Promise<EndReason> | null = null;
  private endedWith: ((reason: EndReason) => void) | null = null;
  /** Resolves, once, with why the agent ended (after the key was wiped and the files removed). */
  readonly ended: Promise<EndReason>;

  constructor(private readonly options: AgentOptions) {
    this.last = (options.clock ?? systemTick)();
    this.server = createServer((socket) => this.serve(socket));
    this.ended = new Promise((resolve) => (this.endedWith = resolve));
  }

  /** Listens, then writes the token file: a client that finds the token finds someone listening. */
  async start(): Promise<void> {
    await listenPrivately(this.server, this.options.paths, this.token);
    const tickMs = this.options.tickMs ?? TICK_MS;
    this.timers.push(setInterval(() => void this.tick(), tickMs));
    this.timers.push(setTimeout(() => void this.end('deadline'), Math.max(0, this.options.until - Date.now())));
  }

  end(reason: EndReason): Promise<EndReason> {
    this.ending ??= this.finish(reason);
    return this.ending;
  }

  private async finish(reason: EndReason): Promise<EndReason> {
    await this.options.onEnding?.();
    for (const timer of this.timers) clearTimeout(timer);
    this.server.close();
    for (const socket of this.connections) socket.destroy();
    const { paths } = this.options;
    removeSocketFiles(paths);
    this.token.fill(0);
    await this.options.wipe(this.options.key);
    this.endedWith?.(reason);
    return reason;
  }

  private async tick(): Promise<void> {
    const now = (this.options.clock ?? systemTick)();
    const previous = this.last;
    this.last = now;
    if (suspendedBetween(previous, now, this.options.tickMs ?? TICK_MS)) return void this.end('suspend');
    if (now.wallMs >= this.options.until) return void this.end('deadline');
    if ((await this.options.stillOpens(this.options.key)) === false) void this.end('stale');
  }

  private serve(socket: Socket): void {
    if (this.ending) return void socket.destroy();
    this.connections.add(socket);
    socket.on('close', () => this.connections.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => socket.destroy());
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const end = received.indexOf('\n');
      if (end < 0) {
        if (received.length > MAX_LINE) socket.destroy();
        return;
      }
      socket.off('data', onData);
      void this.answer(socket, received.slice(0, end));
    };
    socket.on('data', onData);
  }

  private async answer(socket: Socket, line: string): Promise<void> {
    const reply = (message: AgentReply, after?: Uint8Array) => {
      socket.write(encodeLine(message));
      if (after) socket.write(after);
      socket.end();
    };
    const request = parseLine(AgentRequest, line);
    if (request === null) return reply({ ok: false, reason: 'request' });
    if (!tokenMatches(request.token, this.token)) return reply({ ok: false, reason: 'token' });
    const until = this.options.until;
    const pid = process.pid;
    switch (request.op) {
      case 'status':
        return reply({ ok: true, until, pid });
      case 'lock':
        socket.once('close', () => void this.end('lock'));
        return reply({ ok: true, until, pid });
      case 'key': {
        if ((await this.options.stillOpens(this.options.key)) === false) {
          reply({ ok: false, reason: 'stale' });
          return void this.end('stale');
        }
        // A copy goes out (the write may still be queued when the key is wiped); it is zeroed once written.
        const copy = Buffer.from(this.options.key);
        socket.write(encodeLine({ ok: true, until, pid, keyBytes: KEY_BYTES }));
        socket.write(copy, () => copy.fill(0));
        socket.end();
        return;
      }
    }
  }
}

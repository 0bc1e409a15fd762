// Asking a journal's unlock agent for its key, its deadline, or to lock. Anything short of a
// well-formed answer (no token file, nobody listening, a refusal, a timeout) is "no agent": the
// caller then goes on exactly as without one. A socket nobody listens on (its agent was killed) is
// removed with its token file, so the next agent can start there.
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { agentPaths, openRuntimeDir, type AgentPaths } from './runtime-dir';
import { AgentReply, encodeLine, KEY_BYTES, MAX_LINE, parseLine, PROTOCOL_VERSION, type AgentRequest } from './protocol';
import { readTokenFile } from './token-file';

export type AgentAnswer =
  | { status: 'none' }
  | { status: 'refused'; reason: string }
  | { status: 'ok'; until: number; pid: number; key: Uint8Array | null };

/** How long a client waits for the agent before going on without it. */
const ANSWER_TIMEOUT_MS = 3000;

/** The agent's paths for this journal; `warning` when its folder is there but unsafe to use. */
export function locateAgent(vaultDir: string, env: Record<string, string | undefined>): { paths: AgentPaths | null; refused: { dir: string; problem: string } | null } {
  const dir = openRuntimeDir(env, false);
  if (dir === null) return { paths: null, refused: null };
  if (!dir.ok) return { paths: null, refused: dir };
  return { paths: agentPaths(dir.dir, vaultDir), refused: null };
}

function removeStale(paths: AgentPaths): void {
  if (process.platform !== 'win32') rmSync(paths.socket, { force: true });
  rmSync(paths.token, { force: true });
}

export function askAgent(paths: AgentPaths, op: AgentRequest['op'], timeoutMs = ANSWER_TIMEOUT_MS): Promise<AgentAnswer> {
  const token = readTokenFile(paths.token);
  if (token === null) return Promise.resolve({ status: 'none' });
  return new Promise((resolve) => {
    const socket = connect(paths.socket);
    let received = Buffer.alloc(0);
    let reply: AgentReply | null = null;
    let settled = false;
    const finish = (answer: AgentAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      received.fill(0);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ status: 'none' }), timeoutMs);
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNREFUSED') removeStale(paths);
      finish({ status: 'none' });
    });
    socket.on('close', () => finish({ status: 'none' }));
    socket.on('data', (chunk: Buffer) => {
      const all = Buffer.concat([received, chunk]);
      received.fill(0);
      chunk.fill(0);
      received = all;
      if (reply === null) {
        const end = received.indexOf(0x0a);
        if (end < 0) {
          if (received.length > MAX_LINE) finish({ status: 'none' });
          return;
        }
        reply = parseLine(AgentReply, received.subarray(0, end).toString('utf8'));
        const rest = Buffer.from(received.subarray(end + 1));
        received.fill(0);
        received = rest;
        if (reply === null) return finish({ status: 'none' });
        if (!reply.ok) return finish({ status: 'refused', reason: reply.reason });
      }
      if (!reply.ok) return;
      if (reply.keyBytes === undefined) return finish({ status: 'ok', until: reply.until, pid: reply.pid, key: null });
      if (received.length < KEY_BYTES) return;
      const key = new Uint8Array(received.subarray(0, KEY_BYTES));
      finish({ status: 'ok', until: reply.until, pid: reply.pid, key });
    });
    socket.write(encodeLine({ v: PROTOCOL_VERSION, op, token }));
  });
}

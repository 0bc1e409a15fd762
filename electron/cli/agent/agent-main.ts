// Process entry of the unlock agent (out/cli/hearth-agent.js, started detached by `hearth unlock`).
// It reads one JSON line and then the 32 key bytes from stdin (never argv or the environment, which
// other users or child processes could read), listens, says "ready" on stdout and lives until it ends.
// Once ready it opens the journal with a copy of the key, on a thread of its own, and serves the
// command line's calls on it (held-journal.ts, held-journal-thread.ts); until then, and if that
// fails (or run from source), commands take the key and open the journal themselves.
import { z } from 'zod';
import { KEY_BYTES } from '../../agent/protocol';
import { agentJournalPaths, agentPaths } from '../../agent/runtime-dir';
import { passphraseKeyOpens, wipeKey } from '../../service/agent-key';
import { HeldJournalThread } from './held-journal-thread';
import { AgentServer } from './server';

export const AgentStart = z.strictObject({
  vaultDir: z.string().min(1),
  runtimeDir: z.string().min(1),
  until: z.number().int().positive(),
});
export type AgentStart = z.infer<typeof AgentStart>;

async function readStart(): Promise<{ start: AgentStart; key: Uint8Array }> {
  let received = Buffer.alloc(0);
  for await (const chunk of process.stdin) {
    const all = Buffer.concat([received, chunk as Buffer]);
    received.fill(0);
    (chunk as Buffer).fill(0);
    received = all;
    const end = received.indexOf(0x0a);
    if (end >= 0 && received.length >= end + 1 + KEY_BYTES) break;
  }
  const end = received.indexOf(0x0a);
  if (end < 0 || received.length < end + 1 + KEY_BYTES) throw new Error('the key did not arrive');
  const start = AgentStart.parse(JSON.parse(received.subarray(0, end).toString('utf8')));
  const key = new Uint8Array(received.subarray(end + 1, end + 1 + KEY_BYTES));
  received.fill(0);
  return { start, key };
}

try {
  process.title = 'hearth-agent';
  const { start, key } = await readStart();
  process.stdin.destroy();
  let held: HeldJournalThread | null = null;
  const agent = new AgentServer({
    paths: agentPaths(start.runtimeDir, start.vaultDir),
    key,
    until: start.until,
    stillOpens: (k) => passphraseKeyOpens(start.vaultDir, k),
    wipe: wipeKey,
    onEnding: () => held?.close(),
  });
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void agent.end('signal'));
  await agent.start();
  process.stdout.write('ready\n');
  if (HeldJournalThread.built) {
    held = new HeldJournalThread(
      { vaultDir: start.vaultDir, key: new Uint8Array(key), paths: agentJournalPaths(start.runtimeDir, start.vaultDir) },
      () => void agent.end('stale'),
    );
  }
  await agent.ended;
  process.exit(0);
} catch (e) {
  process.stdout.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}

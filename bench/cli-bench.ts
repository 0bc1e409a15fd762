// The command line as a person or a script meets it, each figure from fresh processes of the built
// CLI (bin/hearth.mjs → out/cli, built by `npm run bench`):
// - cli_start_ms: `hearth --help`, against node_start_ms, `node -e 0`, in interleaved pairs (medians);
// - ndjson_lines_s: lines per second through `hearth add --ndjson`, the whole process included;
// - import_lines_s: the same entries through `hearth import --format hearth-json` (the portable
//   JSON that `hearth export` wrote of the first journal) into a new journal.
// - list10_passphrase_ms, list10_agent_ms and list10_app_ms: `hearth list --limit 10` with the
//   passphrase, with the unlock agent running (`hearth unlock`), and through the unlocked desktop
//   app's socket (this process stands in for the app: a service unlocked here serves the socket), in
//   interleaved rounds (medians), on the first journal re-keyed to the default Argon2id cost by
//   `hearth passwd`, so they show what the agent and the app save. The agent's rounds start once it
//   serves the journal it opened; agent_serving_ms is how long that took after `hearth unlock`
//   returned (until then a command opens the journal itself with the agent's key).
// The other journals use the lowest Argon2id cost, so those figures are about the lines, not the key.
// Alone: node --import tsx bench/cli-bench.ts [--entries N] [--json]   (after npm run build:cli)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { agentJournalPaths } from '../electron/agent/runtime-dir';
import { HearthService, TEST_KDF } from '../electron/service/hearth-service';
import { AppSocket } from '../electron/shell/app-socket';
import type { EntryData } from '../shared/schemas';
import { DEFAULT_SHAPE, generateJournal } from './generate-journal';
import { entryCountArg } from './entry-count';

const BIN = join(import.meta.dirname, '..', 'bin', 'hearth.mjs');
const START_PAIRS = 11;
const AGENT_PAIRS = 5;
const SERVING_TIMEOUT_MS = 600_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs a fresh node process to its end; its wall time in milliseconds. */
function timed(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): { ms: number; stdout: string } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: options.env ?? process.env, input: options.input ?? '', encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

async function newVault(dir: string, passphrase: string): Promise<void> {
  const service = new HearthService({ vaultDir: dir, kdf: TEST_KDF });
  await service.create({ passphrase });
  service.close();
}

/** The same as `timed`, without blocking this process: the app's socket served here must answer meanwhile. */
function timedAsync(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr}`));
      else resolve(Number(process.hrtime.bigint() - t) / 1e6);
    });
  });
}

type ListWay = 'passphrase' | 'agent' | 'app';

/** `list --limit 10` with the passphrase (default Argon2id cost), with the unlock agent, and through the app: medians of interleaved runs. */
async function benchAgent(work: string, vault: string, env: NodeJS.ProcessEnv): Promise<Record<ListWay, number> & { serving: number }> {
  const passphrase = env.HEARTH_PASSPHRASE!;
  timed([BIN, '--vault', vault, 'passwd'], { env: { ...env, HEARTH_NEW_PASSPHRASE: passphrase } });
  const noAgent = { ...env, XDG_RUNTIME_DIR: join(work, 'run-none') };
  const withAgent: NodeJS.ProcessEnv = { ...env, XDG_RUNTIME_DIR: join(work, 'run-agent') };
  delete withAgent.HEARTH_PASSPHRASE;
  const throughApp: NodeJS.ProcessEnv = { ...withAgent, XDG_RUNTIME_DIR: join(work, 'run-app') };
  for (const dir of [noAgent.XDG_RUNTIME_DIR!, withAgent.XDG_RUNTIME_DIR!, throughApp.XDG_RUNTIME_DIR!]) mkdirSync(dir, { mode: 0o700 });
  timed([BIN, '--vault', vault, 'unlock', '--for', '10m'], { env: { ...withAgent, HEARTH_PASSPHRASE: passphrase } });
  const unlocked = performance.now();
  const served = agentJournalPaths(join(withAgent.XDG_RUNTIME_DIR!, 'hearth'), vault).token;
  while (!existsSync(served)) {
    if (performance.now() - unlocked > SERVING_TIMEOUT_MS) throw new Error('the unlock agent did not serve the journal');
    await new Promise((r) => setTimeout(r, 20));
  }
  const serving = performance.now() - unlocked;
  const app = new HearthService({ vaultDir: vault });
  await app.unlock({ passphrase });
  const socket = new AppSocket({ vaultDir: vault, api: app, env: throughApp });
  await socket.sync();
  if (!socket.serving) throw new Error('the app socket did not start');
  const list = [BIN, '--vault', vault, 'list', '--limit', '10'];
  const envs: Record<ListWay, NodeJS.ProcessEnv> = { passphrase: noAgent, agent: withAgent, app: throughApp };
  const times: Record<ListWay, number[]> = { passphrase: [], agent: [], app: [] };
  const ways: ListWay[] = ['passphrase', 'agent', 'app'];
  try {
    for (let i = 0; i < AGENT_PAIRS; i++) {
      // Each round in another order, so a slow moment of the machine weighs on all alike.
      for (let j = 0; j < ways.length; j++) {
        const way = ways[(i + j) % ways.length]!;
        times[way].push(await timedAsync(list, envs[way]));
      }
    }
  } finally {
    socket.close();
    app.close();
    timed([BIN, '--vault', vault, 'lock'], { env: withAgent });
  }
  return { passphrase: median(times.passphrase), agent: median(times.agent), app: median(times.app), serving };
}

export async function benchCli(work: string, journal: readonly EntryData[], passphrase: string) {
  const cliTimes: number[] = [];
  const nodeTimes: number[] = [];
  for (let i = 0; i < START_PAIRS; i++) {
    // Alternating order, so a slow moment of the machine weighs on both alike.
    if (i % 2 === 0) {
      cliTimes.push(timed([BIN, '--help']).ms);
      nodeTimes.push(timed(['-e', '0']).ms);
    } else {
      nodeTimes.push(timed(['-e', '0']).ms);
      cliTimes.push(timed([BIN, '--help']).ms);
    }
  }

  const env = { ...process.env, HEARTH_PASSPHRASE: passphrase };
  const added = join(work, 'cli-ndjson');
  await newVault(added, passphrase);
  const lines = journal.map((e) => JSON.stringify(e)).join('\n');
  const ndjson = timed([BIN, '--vault', added, 'add', '--ndjson'], { env, input: `${lines}\n` });
  const printed = ndjson.stdout.trim().split('\n').length;
  if (printed !== journal.length) throw new Error(`add --ndjson printed ${printed} ids for ${journal.length} lines`);

  const file = join(work, 'cli-portable.json');
  timed([BIN, '--vault', added, 'export', '--format', 'json', '--out', file], { env });
  const imported = join(work, 'cli-import');
  await newVault(imported, passphrase);
  const importRun = timed([BIN, '--vault', imported, 'import', '--format', 'hearth-json', file], { env });

  const agent = await benchAgent(work, added, env);

  const cli_start_ms = median(cliTimes);
  const node_start_ms = median(nodeTimes);
  return {
    figures: {
      cli_start_ms: round(cli_start_ms),
      node_start_ms: round(node_start_ms),
      ndjson_lines_s: Math.round(journal.length / (ndjson.ms / 1000)),
      import_lines_s: Math.round(journal.length / (importRun.ms / 1000)),
      list10_passphrase_ms: round(agent.passphrase),
      list10_agent_ms: round(agent.agent),
      agent_serving_ms: round(agent.serving),
      list10_app_ms: round(agent.app),
    },
    ratios: {
      cli_start_vs_node: round(cli_start_ms / node_start_ms, 2),
      list10_agent_vs_passphrase: round(agent.agent / agent.passphrase, 2),
      list10_app_vs_agent: round(agent.app / agent.agent, 2),
    },
    targets: { cli_start_le_3x_node: cli_start_ms <= 3 * node_start_ms },
  };
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ options: { entries: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const entries = entryCountArg(values.entries);
  const work = mkdtempSync(join(tmpdir(), 'hearth-cli-bench-'));
  try {
    const result = await benchCli(work, generateJournal({ ...DEFAULT_SHAPE, entries }), 'benchmark passphrase, not secret');
    const text = values.json ? JSON.stringify(result) : JSON.stringify(result, null, 2);
    writeFileSync(1, `${text}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

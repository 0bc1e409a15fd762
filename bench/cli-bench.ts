// The command line as a person or a script meets it, each figure from fresh processes of the built
// CLI (bin/hearth.mjs → out/cli, built by `npm run bench`):
// - cli_start_ms: `hearth --help`, against node_start_ms, `node -e 0`, in interleaved pairs (medians);
// - ndjson_lines_s: lines per second through `hearth add --ndjson`, the whole process included;
// - import_lines_s: the same entries through `hearth import --format hearth-json` (the portable
//   JSON that `hearth export` wrote of the first journal) into a new journal.
// - list10_passphrase_ms and list10_agent_ms: `hearth list --limit 10` with the passphrase and with
//   the unlock agent running (`hearth unlock`), in interleaved pairs (medians), on the first journal
//   re-keyed to the default Argon2id cost by `hearth passwd`, so the pair shows what the agent saves.
// The other journals use the lowest Argon2id cost, so those figures are about the lines, not the key.
// Alone: node --import tsx bench/cli-bench.ts [--entries N] [--json]   (after npm run build:cli)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HearthService, TEST_KDF } from '../electron/service/hearth-service';
import type { EntryData } from '../shared/schemas';
import { DEFAULT_SHAPE, generateJournal } from './generate-journal';

const BIN = join(import.meta.dirname, '..', 'bin', 'hearth.mjs');
const START_PAIRS = 11;
const AGENT_PAIRS = 5;

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

/** `list --limit 10` with the passphrase (default Argon2id cost) against with the unlock agent: medians of interleaved runs. */
async function benchAgent(work: string, vault: string, env: NodeJS.ProcessEnv): Promise<{ passphrase: number; agent: number }> {
  const passphrase = env.HEARTH_PASSPHRASE;
  timed([BIN, '--vault', vault, 'passwd'], { env: { ...env, HEARTH_NEW_PASSPHRASE: passphrase } });
  const noAgent = { ...env, XDG_RUNTIME_DIR: join(work, 'run-none') };
  const withAgent: NodeJS.ProcessEnv = { ...env, XDG_RUNTIME_DIR: join(work, 'run-agent') };
  delete withAgent.HEARTH_PASSPHRASE;
  for (const dir of [noAgent.XDG_RUNTIME_DIR!, withAgent.XDG_RUNTIME_DIR!]) mkdirSync(dir, { mode: 0o700 });
  timed([BIN, '--vault', vault, 'unlock', '--for', '10m'], { env: { ...withAgent, HEARTH_PASSPHRASE: passphrase } });
  const list = [BIN, '--vault', vault, 'list', '--limit', '10'];
  const times = { passphrase: [] as number[], agent: [] as number[] };
  try {
    for (let i = 0; i < AGENT_PAIRS; i++) {
      const order = i % 2 === 0 ? (['passphrase', 'agent'] as const) : (['agent', 'passphrase'] as const);
      for (const which of order) times[which].push(timed(list, { env: which === 'agent' ? withAgent : noAgent }).ms);
    }
  } finally {
    timed([BIN, '--vault', vault, 'lock'], { env: withAgent });
  }
  return { passphrase: median(times.passphrase), agent: median(times.agent) };
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
    },
    ratios: { cli_start_vs_node: round(cli_start_ms / node_start_ms, 2), list10_agent_vs_passphrase: round(agent.agent / agent.passphrase, 2) },
    targets: { cli_start_le_3x_node: cli_start_ms <= 3 * node_start_ms },
  };
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ options: { entries: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const entries = values.entries === undefined ? DEFAULT_SHAPE.entries : Number(values.entries);
  const work = mkdtempSync(join(tmpdir(), 'hearth-cli-bench-'));
  try {
    const result = await benchCli(work, generateJournal({ ...DEFAULT_SHAPE, entries }), 'benchmark passphrase, not secret');
    const text = values.json ? JSON.stringify(result) : JSON.stringify(result, null, 2);
    writeFileSync(1, `${text}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Side by side with jrnl 4 (issue 18), wherever `jrnl` is installed: the same journal in both, jrnl
// with its encryption on and Hearth at its default Argon2id cost, and four tasks timed as fresh
// processes in interleaved triples (jrnl, Hearth with the unlock agent, Hearth with the passphrase;
// the order turns each round so a slow moment of the machine weighs on all alike). Prints medians,
// ratios and the targets: with the agent, faster than jrnl at every task; without it, within 1.2×
// of jrnl plus Argon2id's time. That allowance is one derivation at the default cost timed in each
// round, beside the runs it judges: the machine's speed drifts by a quarter within minutes here, and
// an allowance timed once at the start judged later runs by another moment's speed.
//   npm run bench:jrnl [-- --sizes 1000,11000] [--rounds 5] [--jrnl /path/to/jrnl] [--json]
// Without PyPI, jrnl runs from its source with Debian's Python packages (the README says which).
// jrnl reads its password with getpass, which falls back to standard input only when the process
// has no controlling terminal: each jrnl run is started in a new session (detached) for that.
// Output goes nowhere: both tools still format and write all of it.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { agentJournalPaths, runtimeDirPath } from '../electron/agent/runtime-dir';
import { HearthService, TEST_KDF } from '../electron/service/hearth-service';
import { DEFAULT_KDF, deriveKey } from '../electron/vault/kdf';
import { DEFAULT_SHAPE, generateJournal } from './generate-journal';
import { findOnPath, jrnlConfig, jrnlText, judge, median, TASKS, type Task, type TaskTimes } from './jrnl-journal';

const BIN = join(import.meta.dirname, '..', 'bin', 'hearth.mjs');
const PASSPHRASE = 'benchmark passphrase, not secret';
const SEARCH_WORD = 'grateful';

/** One task's medians, the Argon2id allowance timed beside them, and the verdicts. */
type TaskResult = TaskTimes & { argon2Ms: number } & ReturnType<typeof judge>;

interface Run {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  input?: string;
  detached?: boolean;
}

/** Runs a fresh process to its end; its wall time in milliseconds. */
function timed(run: Run): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(run.command, run.args, { env: run.env ?? process.env, detached: run.detached ?? false, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (code === 0) resolve(ms);
      else reject(new Error(`${run.command} ${run.args.join(' ')} exited with ${code}: ${stderr}`));
    });
    child.stdin.end(run.input ?? '');
  });
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** One task in each tool, as the person would type it. `out` is a fresh file name for exports. */
function taskRuns(task: Task, jrnl: string, config: string, vault: string, out: () => string): { jrnl: Run; hearth: Run } {
  const j = (args: string[], extraInput = ''): Run => ({ command: jrnl, args: ['--config-file', config, ...args], input: `${PASSPHRASE}\n${extraInput}`, detached: true });
  const h = (args: string[], input = ''): Run => ({ command: process.execPath, args: [BIN, '--vault', vault, ...args], input });
  switch (task) {
    case 'newest10':
      return { jrnl: j(['-n', '10']), hearth: h(['list', '--limit', '10']) };
    case 'search':
      return { jrnl: j(['-contains', SEARCH_WORD]), hearth: h(['list', '--search', SEARCH_WORD]) };
    case 'add_one':
      return { jrnl: j(['Walked in the park with Ana, who listened.']), hearth: h(['add'], JSON.stringify({ note: 'Walked in the park with Ana, who listened.' })) };
    case 'export_all':
      return { jrnl: j(['--format', 'json', '--file', out()]), hearth: h(['export', '--format', 'json', '--out', out()]) };
  }
}

export interface CompareOptions {
  rounds: number;
  /** Times one Argon2id derivation at the journal's cost; called once in each round of each task. */
  argon2: () => Promise<number>;
  /** 'default' re-keys Hearth's journal to the default Argon2id cost, as a person's is; tests keep the lowest. */
  keyCost: 'default' | 'lowest';
}

export async function compareAt(entries: number, jrnl: string, { rounds, argon2, keyCost }: CompareOptions) {
  const work = mkdtempSync(join(tmpdir(), 'hearth-jrnl-'));
  try {
    const journal = generateJournal({ ...DEFAULT_SHAPE, entries });

    // jrnl: the plain-text journal, then `jrnl --encrypt` (password twice, and "n" to its keychain question).
    const jrnlFile = join(work, 'journal.txt');
    const config = join(work, 'jrnl.yaml');
    writeFileSync(jrnlFile, jrnlText(journal));
    writeFileSync(config, jrnlConfig(jrnlFile, false));
    await timed({ command: jrnl, args: ['--config-file', config, '--encrypt'], input: `${PASSPHRASE}\n${PASSPHRASE}\nn\n`, detached: true });
    writeFileSync(config, jrnlConfig(jrnlFile, true));

    // Hearth: the same entries through `add --ndjson`, then (for a true comparison) re-keyed to the default Argon2id cost.
    const vault = join(work, 'hearth');
    const service = new HearthService({ vaultDir: vault, kdf: TEST_KDF });
    await service.create({ passphrase: PASSPHRASE });
    service.close();
    const env = { ...process.env, HEARTH_PASSPHRASE: PASSPHRASE };
    await timed({ command: process.execPath, args: [BIN, '--vault', vault, 'add', '--ndjson'], env, input: `${journal.map((e) => JSON.stringify(e)).join('\n')}\n` });
    if (keyCost === 'default') await timed({ command: process.execPath, args: [BIN, '--vault', vault, 'passwd'], env: { ...env, HEARTH_NEW_PASSPHRASE: PASSPHRASE } });

    const runtime = join(work, 'run');
    mkdirSync(runtime, { mode: 0o700 });
    const agentEnv: NodeJS.ProcessEnv = { ...process.env, XDG_RUNTIME_DIR: runtime };
    delete agentEnv.HEARTH_PASSPHRASE;
    const passEnv = { ...env, XDG_RUNTIME_DIR: join(work, 'run-none') };
    mkdirSync(passEnv.XDG_RUNTIME_DIR, { mode: 0o700 });
    await timed({ command: process.execPath, args: [BIN, '--vault', vault, 'unlock', '--for', '30m'], env: { ...agentEnv, HEARTH_PASSPHRASE: PASSPHRASE } });
    await agentServesJournal(runtimeDirPath(agentEnv), vault);

    let exports = 0;
    const out = () => join(work, `export-${exports++}.json`);
    const results = {} as Record<Task, TaskResult>;
    try {
      for (const task of TASKS) {
        const times = { jrnl: [] as number[], hearthAgent: [] as number[], hearthPassphrase: [] as number[] };
        const argon2Times: number[] = [];
        for (let i = 0; i < rounds; i++) {
          const order = (['jrnl', 'hearthAgent', 'hearthPassphrase'] as const).map((_, k, all) => all[(k + i) % all.length]!);
          for (const which of order) {
            const runs = taskRuns(task, jrnl, config, vault, out);
            const run = which === 'jrnl' ? runs.jrnl : { ...runs.hearth, env: which === 'hearthAgent' ? agentEnv : passEnv };
            times[which].push(await timed(run));
          }
          argon2Times.push(await argon2());
        }
        const medians = { jrnl: median(times.jrnl), hearthAgent: median(times.hearthAgent), hearthPassphrase: median(times.hearthPassphrase) };
        const argon2Ms = median(argon2Times);
        results[task] = { ...medians, argon2Ms, ...judge(medians, argon2Ms) };
      }
    } finally {
      await timed({ command: process.execPath, args: [BIN, '--vault', vault, 'lock'], env: agentEnv });
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Waits until the unlock agent serves the journal it opens after `hearth unlock` returned (0.35 s
 * later at 1,000 entries, 1.2 s at 11,000 here). Timing at once measured the first rounds beside
 * that loading, and their agent runs unlocked with its key before it served the journal.
 */
async function agentServesJournal(runtimeDir: string, vault: string): Promise<void> {
  const token = agentJournalPaths(runtimeDir, vault).token;
  for (const started = Date.now(); !existsSync(token); await sleep(20)) {
    if (Date.now() - started > 60_000) throw new Error('the unlock agent did not serve the journal within a minute');
  }
}

/** Hearth's deliberate cost: one Argon2id derivation at the default parameters, on a fresh worker as each command derives. */
async function argon2Once(): Promise<number> {
  const t = process.hrtime.bigint();
  const key = await deriveKey(PASSPHRASE, { alg: 'argon2id13', ...DEFAULT_KDF, salt: randomBytes(16).toString('base64') });
  key.fill(0);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '1000,11000' }, rounds: { type: 'string', default: '5' }, jrnl: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const jrnl = values.jrnl ?? findOnPath('jrnl', process.env.PATH, isExecutable);
  if (jrnl === null) {
    console.error('bench:jrnl: jrnl is not installed here, so there is nothing to compare with. Install jrnl 4 (for example `pipx install jrnl`) or give --jrnl PATH, and run it again.');
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map(Number);
  const rounds = Number(values.rounds);
  if (sizes.some((n) => !Number.isInteger(n) || n < 10) || !Number.isInteger(rounds) || rounds < 1) {
    console.error('--sizes takes whole numbers of at least 10, separated by commas; --rounds a whole number of at least 1');
    process.exit(2);
  }
  const report: Record<string, unknown> = { jrnl };
  for (const n of sizes) {
    console.error(`comparing at ${n} entries…`);
    report[String(n)] = await compareAt(n, jrnl, { rounds, argon2: argon2Once, keyCost: 'default' });
  }
  if (values.json) {
    console.log(JSON.stringify(report));
  } else {
    console.log(`jrnl: ${jrnl}; Argon2id ms: one derivation at the default cost in each round, the median`);
    console.log(['entries', 'task', 'jrnl ms', 'agent ms', 'passphrase ms', 'Argon2id ms', 'agent/jrnl', 'pass/jrnl', 'agent faster', 'pass within'].map((c) => c.padStart(14)).join(''));
    for (const n of sizes) {
      const byTask = report[String(n)] as Record<Task, TaskResult>;
      for (const task of TASKS) {
        const r = byTask[task];
        const cells = [n, task, r.jrnl.toFixed(0), r.hearthAgent.toFixed(0), r.hearthPassphrase.toFixed(0), r.argon2Ms.toFixed(0), r.agent_vs_jrnl, r.passphrase_vs_jrnl, r.agent_faster, r.passphrase_within];
        console.log(cells.map((c) => String(c).padStart(14)).join(''));
      }
    }
  }
}

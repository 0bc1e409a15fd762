// Starts the unlock agent as a detached process and hands it the key over a pipe. The built command
// line runs out/cli/hearth-agent.js beside its chunks; a source checkout runs the TypeScript under tsx.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AgentStart } from './agent-main';

/** How long the agent may take to start listening. */
const READY_TIMEOUT_MS = 15_000;

function agentCommand(): string[] {
  const built = new URL('./hearth-agent.js', import.meta.url);
  if (existsSync(built)) return [fileURLToPath(built)];
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return ['--import', tsx, fileURLToPath(new URL('./agent-main.ts', import.meta.url))];
}

/** The environment without Hearth's secrets: the agent needs none of it. */
function agentEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('HEARTH_')));
}

/** Resolves once the agent listens; rejects with what it said when it could not start. */
export function startAgent(start: AgentStart, key: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, agentCommand(), {
      cwd: start.runtimeDir,
      env: agentEnv(process.env),
      detached: true,
      stdio: ['pipe', 'pipe', 'ignore'],
      windowsHide: true,
    });
    let said = '';
    const timer = setTimeout(() => done(new Error('the unlock agent did not start in time')), READY_TIMEOUT_MS);
    let settled = false;
    const done = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout.destroy();
      child.unref();
      if (error) {
        child.kill();
        reject(error);
      } else resolve();
    };
    child.on('error', (e) => done(e));
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString('utf8');
      if (said.startsWith('ready\n')) done(null);
      else if (said.includes('\n')) done(new Error(`the unlock agent could not start: ${said.trim().replace(/^error: /, '')}`));
    });
    child.on('exit', () => done(new Error('the unlock agent stopped before it was ready')));
    const payload = Buffer.concat([Buffer.from(`${JSON.stringify(start)}\n`, 'utf8'), key]);
    child.stdin.end(payload, () => payload.fill(0));
  });
}

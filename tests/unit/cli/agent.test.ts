// The unlock agent end to end: the built CLI in real processes, a real agent on a real Unix socket,
// its runtime folder in a temp XDG_RUNTIME_DIR. No command here has a terminal, so a command that
// works without HEARTH_PASSPHRASE went through the agent: through the journal it holds open once that
// serves, else with its key, and never ran Argon2.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askAgent, locateAgent } from '../../../electron/agent/client';
import { agentJournalPaths, type AgentPaths } from '../../../electron/agent/runtime-dir';
import { BIN, makeVault, PASSPHRASE, type TempVault, runBuiltCli, type ProcessResult } from './helpers';

type Result = ProcessResult;

let runtime: string;
let vaults: TempVault[] = [];

/** bin/hearth.mjs detached (no controlling terminal), with only the environment given. */
function hearth(vault: TempVault, argv: string[], env: Record<string, string> = {}, stdin = ''): Promise<Result> {
  return runBuiltCli(['--vault', vault.dir, ...argv], { env: { XDG_RUNTIME_DIR: runtime, ...env }, stdin });
}

const withPassphrase = { HEARTH_PASSPHRASE: PASSPHRASE };
const paths = (vault: TempVault): AgentPaths => locateAgent(vault.dir, { XDG_RUNTIME_DIR: runtime }).paths!;
const journalPaths = (vault: TempVault): AgentPaths => agentJournalPaths(join(runtime, 'hearth'), vault.dir);
const names = (p: AgentPaths) => [basename(p.socket), basename(p.token)];
const agentFiles = () => (existsSync(join(runtime, 'hearth')) ? readdirSync(join(runtime, 'hearth')).sort() : []);

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `hearth unlock`, then wait until the agent has opened the journal and serves it. */
async function unlockServing(vault: TempVault): Promise<void> {
  const unlocked = await hearth(vault, ['unlock'], withPassphrase);
  expect({ code: unlocked.code, stderr: unlocked.stderr }).toEqual({ code: 0, stderr: '' });
  await until(() => existsSync(journalPaths(vault).token));
}

/** SIGKILL the agent, and wait until it is gone. */
async function killAgent(pid: number): Promise<void> {
  process.kill(pid, 'SIGKILL');
  await until(() => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  });
}

async function newVault(): Promise<TempVault> {
  const vault = await makeVault();
  vaults.push(vault);
  return vault;
}

beforeEach(() => {
  runtime = mkdtempSync(join(tmpdir(), 'hearth-run-'));
  chmodSync(runtime, 0o700);
});

afterEach(async () => {
  // Whatever a failed test left running is ended; its pid comes from the agent itself.
  for (const vault of vaults) {
    const found = locateAgent(vault.dir, { XDG_RUNTIME_DIR: runtime }).paths;
    const status = found ? await askAgent(found, 'status') : null;
    if (status?.status === 'ok') process.kill(status.pid, 'SIGKILL');
    vault.cleanup();
  }
  vaults = [];
  rmSync(runtime, { recursive: true, force: true });
});

describe('hearth unlock and hearth lock', () => {
  it('unlock lets later commands run without a passphrase; lock ends the agent and its files', { timeout: 120_000 }, async () => {
    const vault = await newVault();
    const unlocked = await hearth(vault, ['unlock', '--for', '10m'], withPassphrase);
    expect({ code: unlocked.code, stderr: unlocked.stderr }).toEqual({ code: 0, stderr: '' });
    expect(unlocked.stdout).toMatch(/^Unlocked for 10 minutes, until \d\d:\d\d:\d\d: /);
    expect(statSync(join(runtime, 'hearth')).mode & 0o777).toBe(0o700);
    const id = paths(vault);
    expect(statSync(id.token).mode & 0o777).toBe(0o600);
    expect(statSync(id.socket).mode & 0o777).toBe(0o600);
    await until(() => existsSync(journalPaths(vault).token));
    expect(statSync(journalPaths(vault).token).mode & 0o777).toBe(0o600);
    expect(statSync(journalPaths(vault).socket).mode & 0o777).toBe(0o600);
    expect(agentFiles()).toEqual([...names(id), ...names(journalPaths(vault))].sort());

    const added = await hearth(vault, ['add'], {}, '{"mood": 6, "note": "through the agent"}');
    expect({ code: added.code, stderr: added.stderr }).toEqual({ code: 0, stderr: '' });
    const listed = await hearth(vault, ['list', '--json']);
    expect({ code: listed.code, stderr: listed.stderr }).toEqual({ code: 0, stderr: '' });
    expect((JSON.parse(listed.stdout) as Array<{ note: string }>).map((e) => e.note)).toEqual(['through the agent']);

    expect(await hearth(vault, ['lock'])).toEqual({ code: 0, stdout: 'Locked: the unlock agent ended and its key is wiped.\n', stderr: '' });
    expect(agentFiles()).toEqual([]);
    const again = await hearth(vault, ['list']);
    expect(again).toEqual({ code: 2, stdout: '', stderr: 'hearth: No terminal to ask on: set HEARTH_PASSPHRASE or run hearth in a terminal.\n' });
    expect((await hearth(vault, ['list'], withPassphrase)).code).toBe(0);
    expect(await hearth(vault, ['lock'])).toEqual({ code: 0, stdout: 'No unlock agent was running for this journal; nothing to lock.\n', stderr: '' });
  });

  it('refuses --for beyond 12 hours or not a duration, before asking for anything', async () => {
    const vault = await newVault();
    expect(await hearth(vault, ['unlock', '--for', '13h'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hearth: --for 13h is longer than 12h: the unlock agent keeps the key for at most 12 hours.\n',
    });
    expect((await hearth(vault, ['unlock', '--for', '15'])).stderr).toBe('hearth: --for takes a duration like 90s, 15m or 2h; "15" is not one.\n');
    expect(agentFiles()).toEqual([]);
  });

  it('ends by itself at the deadline', { timeout: 60_000 }, async () => {
    const vault = await newVault();
    expect((await hearth(vault, ['unlock', '--for', '2s'], withPassphrase)).stdout).toContain('Unlocked for 2 seconds');
    expect(agentFiles()).toEqual(expect.arrayContaining(names(paths(vault))));
    await until(() => agentFiles().length === 0);
    expect((await hearth(vault, ['list'])).code).toBe(2);
  });

  it('refuses a client with the wrong token, and keeps serving the right one', { timeout: 60_000 }, async () => {
    const vault = await newVault();
    await hearth(vault, ['unlock'], withPassphrase);
    const id = paths(vault);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(id.socket);
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
      socket.write(`${JSON.stringify({ v: 1, op: 'key', token: 'ab'.repeat(32) })}\n`);
    });
    expect(reply).toBe('{"ok":false,"reason":"token"}\n');
    expect((await hearth(vault, ['list'])).code).toBe(0);

    // A wrong passphrase leaves the running agent alone; the agent was given neither passphrase in its environment or arguments.
    expect((await hearth(vault, ['unlock'], { HEARTH_PASSPHRASE: 'not the passphrase at all' })).code).toBe(4);
    expect((await hearth(vault, ['list'])).code).toBe(0);
    const status = await askAgent(id, 'status');
    if (status.status !== 'ok') throw new Error('no agent');
    if (process.platform === 'linux') {
      expect(readFileSync(`/proc/${status.pid}/environ`, 'utf8')).not.toContain('HEARTH_PASSPHRASE');
      expect(readFileSync(`/proc/${status.pid}/cmdline`, 'utf8')).not.toContain(PASSPHRASE);
    }
  });

  it('keeps one agent per journal', { timeout: 120_000 }, async () => {
    const first = await newVault();
    const second = await newVault();
    await unlockServing(first);
    await unlockServing(second);
    expect(agentFiles()).toHaveLength(8);
    expect(paths(first).socket).not.toBe(paths(second).socket);
    expect(journalPaths(first).socket).not.toBe(journalPaths(second).socket);
    await hearth(first, ['lock']);
    expect(agentFiles()).toEqual([...names(paths(second)), ...names(journalPaths(second))].sort());
    expect((await hearth(first, ['list'])).code).toBe(2);
    expect((await hearth(second, ['list'])).code).toBe(0);
  });

  it('ends when the passphrase changes: its key no longer opens the journal', { timeout: 120_000 }, async () => {
    const vault = await newVault();
    await unlockServing(vault);
    const changed = await hearth(vault, ['passwd'], { ...withPassphrase, HEARTH_NEW_PASSPHRASE: 'a quite different passphrase now' });
    expect({ code: changed.code, stderr: changed.stderr }).toEqual({ code: 0, stderr: '' });
    await until(() => agentFiles().length === 0);
    expect((await hearth(vault, ['list'])).code).toBe(2);
  });

  it('after a SIGKILL, the next command goes on without it and clears the stale socket', { timeout: 60_000 }, async () => {
    const vault = await newVault();
    await unlockServing(vault);
    const status = await askAgent(paths(vault), 'status');
    if (status.status !== 'ok') throw new Error('no agent');
    await killAgent(status.pid);
    expect(agentFiles()).toHaveLength(4);
    expect(await hearth(vault, ['list'], withPassphrase)).toEqual({ code: 0, stdout: 'No entries.\n', stderr: '' });
    expect(agentFiles()).toEqual([]);
    expect((await hearth(vault, ['list'])).code).toBe(2);
    expect((await hearth(vault, ['unlock'], withPassphrase)).code).toBe(0);
    expect((await hearth(vault, ['list'])).code).toBe(0);
  });
});

describe('the journal the agent holds open', () => {
  const aside = (file: string) => renameSync(file, `${file}.aside`);
  const back = (file: string) => renameSync(`${file}.aside`, file);
  const notes = (result: ProcessResult) => (JSON.parse(result.stdout) as Array<{ note: string }>).map((e) => e.note).sort();

  it('answers commands with its key out of reach, and takes in what another process wrote', { timeout: 120_000 }, async () => {
    const vault = await newVault();
    await unlockServing(vault);
    expect((await hearth(vault, ['add'], {}, '{"mood": 6, "note": "through the held journal"}')).code).toBe(0);
    // With the key's token moved aside, nothing here can get the key: only the held journal answers.
    aside(paths(vault).token);
    try {
      const elsewhere = mkdtempSync(join(tmpdir(), 'hearth-run-other-'));
      chmodSync(elsewhere, 0o700);
      try {
        const other = await runBuiltCli(['--vault', vault.dir, 'add'], { env: { XDG_RUNTIME_DIR: elsewhere, ...withPassphrase }, stdin: '{"mood": 4, "note": "by a second process"}' });
        expect({ code: other.code, stderr: other.stderr }).toEqual({ code: 0, stderr: '' });
      } finally {
        rmSync(elsewhere, { recursive: true, force: true });
      }
      const listed = await hearth(vault, ['list', '--json']);
      expect({ code: listed.code, stderr: listed.stderr }).toEqual({ code: 0, stderr: '' });
      expect(notes(listed)).toEqual(['by a second process', 'through the held journal']);
      // The vault's lifecycle is not the command line's to change through the agent.
      const verified = await hearth(vault, ['verify']);
      expect({ code: verified.code, stderr: verified.stderr }).toEqual({ code: 0, stderr: '' });
    } finally {
      back(paths(vault).token);
    }
    expect(await hearth(vault, ['lock'])).toEqual({ code: 0, stdout: 'Locked: the unlock agent ended and its key is wiped.\n', stderr: '' });
    expect(agentFiles()).toEqual([]);
  });

  it('while it is not serving the journal yet, commands open it with its key', { timeout: 120_000 }, async () => {
    const vault = await newVault();
    await unlockServing(vault);
    aside(journalPaths(vault).token);
    try {
      expect((await hearth(vault, ['add'], {}, '{"mood": 5, "note": "with the key"}')).code).toBe(0);
    } finally {
      back(journalPaths(vault).token);
    }
    expect(notes(await hearth(vault, ['list', '--json']))).toEqual(['with the key']);
  });

  it('killed while add --ndjson writes through it: every printed id is stored, and the error names the lines not written', { timeout: 120_000 }, async () => {
    const vault = await newVault();
    await unlockServing(vault);
    const status = await askAgent(paths(vault), 'status');
    if (status.status !== 'ok') throw new Error('no agent');
    const ids = Array.from({ length: 250 }, () => randomUUID());
    const line = (id: string) => `${JSON.stringify({ id, mood: 5, note: `line for ${id}` })}\n`;
    const child = spawn(process.execPath, [BIN, '--vault', vault.dir, 'add', '--ndjson'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', XDG_RUNTIME_DIR: runtime },
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(ids.slice(0, 150).map(line).join(''));
    await until(() => stdout.split('\n').length > 150);
    await killAgent(status.pid);
    child.stdin.end(ids.slice(150).map(line).join(''));
    const code = await exited;
    expect(stdout.trim().split('\n')).toEqual(ids.slice(0, 150));
    // The group after the kill was never sent: the whole group is named, not just its first line.
    expect({ code, stderr }).toEqual({ code: 1, stderr: 'hearth: lines 151–250: The unlock agent ended before it answered; run the command again.\n' });
    const listed = await hearth(vault, ['list', '--json'], withPassphrase);
    expect((JSON.parse(listed.stdout) as Array<{ id: string }>).map((e) => e.id).sort()).toEqual(ids.slice(0, 150).sort());
  });

  it('ends when another process gives the journal a new key, and nothing is written under the old one', { timeout: 120_000 }, async () => {
    const vault = await newVault();
    await unlockServing(vault);
    expect((await hearth(vault, ['add'], {}, '{"mood": 6, "note": "before the new key"}')).code).toBe(0);
    const newPassphrase = 'a quite different passphrase now';
    const rotated = await hearth(vault, ['passwd', '--rotate-key'], { ...withPassphrase, HEARTH_NEW_PASSPHRASE: newPassphrase });
    expect({ code: rotated.code, stderr: rotated.stderr }).toEqual({ code: 0, stderr: '' });
    // Refused by the held session (its key no longer opens the manifest) or by an agent already gone.
    const late = await hearth(vault, ['add'], {}, '{"mood": 2, "note": "under the old key"}');
    expect(late.code).not.toBe(0);
    await until(() => agentFiles().length === 0);
    const withNew = { HEARTH_PASSPHRASE: newPassphrase };
    expect(notes(await hearth(vault, ['list', '--json'], withNew))).toEqual(['before the new key']);
    expect((await hearth(vault, ['verify'], withNew)).code).toBe(0);
  });
});

describe('the runtime folder', () => {
  it('is refused when the group can read it: no agent, a warning, and commands work with the passphrase', { timeout: 60_000 }, async () => {
    const vault = await newVault();
    mkdirSync(join(runtime, 'hearth'), { mode: 0o750 });
    chmodSync(join(runtime, 'hearth'), 0o750);
    const refused = await hearth(vault, ['unlock'], withPassphrase);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `hearth: The unlock agent cannot start: its folder ${join(runtime, 'hearth')} is unsafe (other users can open it (it should be mode 0700)). Commands still work with the passphrase.\n`,
    );
    expect(agentFiles()).toEqual([]);
    const listed = await hearth(vault, ['list'], withPassphrase);
    expect(listed).toEqual({
      code: 0,
      stdout: 'No entries.\n',
      stderr: `hearth: warning: not using the desktop app or the unlock agent: its folder ${join(runtime, 'hearth')} is unsafe (other users can open it (it should be mode 0700)).\n`,
    });
  });

  it('is refused when it is a symbolic link', { timeout: 60_000 }, async () => {
    const vault = await newVault();
    const elsewhere = mkdtempSync(join(tmpdir(), 'hearth-elsewhere-'));
    chmodSync(elsewhere, 0o700);
    symlinkSync(elsewhere, join(runtime, 'hearth'));
    try {
      const refused = await hearth(vault, ['unlock'], withPassphrase);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('is unsafe (it is a symbolic link)');
      expect(readdirSync(elsewhere)).toEqual([]);
      const listed = await hearth(vault, ['list'], withPassphrase);
      expect(listed.code).toBe(0);
      expect(listed.stderr).toContain('warning: not using the desktop app or the unlock agent');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

// The command line through the unlocked desktop app: the "app" is this test process, a real
// HearthService unlocked on a real journal and served by the app's real socket (AppSocket) in a temp
// XDG_RUNTIME_DIR; `hearth` runs as real child processes (the built CLI) with no terminal and no
// HEARTH_PASSPHRASE, so a command that works opened nothing itself: the app did the work.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectApp } from '../../../electron/agent/app-client';
import { appPaths, openRuntimeDir, type AgentPaths } from '../../../electron/agent/runtime-dir';
import { HearthService } from '../../../electron/service/hearth-service';
import { AppSocket } from '../../../electron/shell/app-socket';
import type { Method } from '../../../shared/contract';
import { makeVault, PASSPHRASE, ROOT, type TempVault, runBuiltCli, type ProcessResult } from './helpers';

type Result = ProcessResult;

interface App {
  service: HearthService;
  socket: AppSocket;
  /** Every call the command line made through the app, with whether it succeeded. */
  calls: Array<[Method, boolean]>;
  warnings: string[];
}

let runtime: string;
let vault: TempVault;
let app: App | null;

/** bin/hearth.mjs detached (no controlling terminal), with only the environment given. */
function hearth(argv: string[], env: Record<string, string> = {}, stdin = '', cwd = ROOT): Promise<Result> {
  return runBuiltCli(['--vault', vault.dir, ...argv], { env: { XDG_RUNTIME_DIR: runtime, ...env }, stdin, cwd });
}

const NO_TERMINAL = { code: 2, stdout: '', stderr: 'hearth: No terminal to ask on: set HEARTH_PASSPHRASE or run hearth in a terminal.\n' };
const folder = () => join(runtime, 'hearth');
const paths = (): AgentPaths => appPaths(folder(), vault.dir);
const files = () => (existsSync(folder()) ? readdirSync(folder()).sort() : []);

/** The desktop app's side: a real service, unlocked with the passphrase, serving the socket. */
async function startApp(): Promise<App> {
  const service = new HearthService({ vaultDir: vault.dir });
  await service.unlock({ passphrase: PASSPHRASE });
  const calls: App['calls'] = [];
  const warnings: string[] = [];
  const socket = new AppSocket({
    vaultDir: vault.dir,
    api: service,
    env: { XDG_RUNTIME_DIR: runtime },
    afterCall: (method, ok) => calls.push([method, ok]),
    warn: (message) => warnings.push(message),
  });
  await socket.sync();
  app = { service, socket, calls, warnings };
  return app;
}

async function lockApp(a: App): Promise<void> {
  await a.service.lock();
  await a.socket.sync();
}

/** What a raw client is told after presenting `token`. */
function greet(token: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(paths().socket);
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString('utf8')));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
    socket.write(`${JSON.stringify({ v: 1, token })}\n`);
  });
}

beforeEach(async () => {
  runtime = mkdtempSync(join(tmpdir(), 'hearth-run-'));
  chmodSync(runtime, 0o700);
  vault = await makeVault();
  app = null;
});

afterEach(() => {
  app?.socket.close();
  app?.service.close();
  vault.cleanup();
  rmSync(runtime, { recursive: true, force: true });
});

describe('the command line through the unlocked desktop app', () => {
  it('adds, lists and searches without a passphrase, and the app sees each entry at once', { timeout: 120_000 }, async () => {
    const a = await startApp();
    expect(statSync(folder()).mode & 0o777).toBe(0o700);
    expect(statSync(paths().socket).mode & 0o777).toBe(0o600);
    expect(statSync(paths().token).mode & 0o777).toBe(0o600);

    const added = await hearth(['add'], {}, '{"mood": 6, "note": "Walk with Sam by the river"}');
    expect({ code: added.code, stderr: added.stderr }).toEqual({ code: 0, stderr: '' });
    const id = (JSON.parse(added.stdout) as { id: string }).id;
    // The app's own service holds it, without reading the disk again: it wrote it.
    expect((await a.service.getEntry({ id })).note).toBe('Walk with Sam by the river');
    expect(a.calls).toContainEqual(['addEntry', true]);

    const lines = ['{"mood": 4, "note": "Tea with Ada"}', '{"mood": 7, "note": "Phone call with Sam"}'].join('\n');
    const bulk = await hearth(['add', '--ndjson'], {}, `${lines}\n`);
    expect({ code: bulk.code, stderr: bulk.stderr }).toEqual({ code: 0, stderr: '' });
    const ids = bulk.stdout.trim().split('\n');
    expect(ids).toHaveLength(2);
    expect(a.calls).toContainEqual(['addEntries', true]);
    expect((await a.service.listEntries({ search: 'Ada' })).entries.map((e) => e.id)).toEqual([ids[0]]);

    const listed = await hearth(['list', '--json']);
    expect({ code: listed.code, stderr: listed.stderr }).toEqual({ code: 0, stderr: '' });
    expect((JSON.parse(listed.stdout) as Array<{ id: string }>).map((e) => e.id).sort()).toEqual([id, ...ids].sort());
    const found = await hearth(['list', '--search', 'Sam', '--json']);
    expect((JSON.parse(found.stdout) as Array<{ note: string }>).map((e) => e.note).sort()).toEqual(['Phone call with Sam', 'Walk with Sam by the river']);
    const newest = await hearth(['list', '--limit', '1', '--json']);
    expect((JSON.parse(newest.stdout) as Array<{ id: string }>).map((e) => e.id)).toEqual([(await a.service.listEntries({ limit: 1 })).entries[0]!.id]);
    // Every call the CLI made ran in the app: none opened the journal itself.
    expect(a.calls.every(([, ok]) => ok)).toBe(true);
    expect(a.calls.map(([m]) => m)).not.toContain('unlock');
  });

  it('keeps a typed error’s code and exit code across the socket', { timeout: 120_000 }, async () => {
    await startApp();
    const missing = randomUUID();
    expect(await hearth(['show', missing])).toEqual({ code: 1, stdout: '', stderr: 'hearth: That entry no longer exists.\n' });
    const client = await connectApp(paths());
    if (!client) throw new Error('the app did not answer');
    expect(await client.call('getEntry', { id: missing })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That entry no longer exists.' } });
    expect(await client.call('getEntry', { id: 'not an id' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'id' } });
    client.close();

    // The same id with other content is INVALID_INPUT in the app: exit 2, as without the app.
    const id = randomUUID();
    expect((await hearth(['add'], {}, JSON.stringify({ id, mood: 5 }))).code).toBe(0);
    const clash = await hearth(['add'], {}, JSON.stringify({ id, mood: 6 }));
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/^hearth: .+\n$/);
  });

  it('writes an export where the command line says, relative to its own folder', { timeout: 120_000 }, async () => {
    const a = await startApp();
    await a.service.addEntry({ mood: 5, note: 'exported through the app', tags: [], interactions: [] });
    const out = mkdtempSync(join(tmpdir(), 'hearth-out-'));
    try {
      const exported = await hearth(['export', '--format', 'json', '--out', 'data.json'], {}, '', out);
      expect(exported.code).toBe(0);
      expect(exported.stdout).toBe(`${join(out, 'data.json')}\n`);
      expect(readFileSync(join(out, 'data.json'), 'utf8')).toContain('exported through the app');
      expect(a.calls).toContainEqual(['exportData', true]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses passwd and recover while the app holds the journal, and changes nothing', { timeout: 120_000 }, async () => {
    const a = await startApp();
    const passwd = await hearth(['passwd'], { HEARTH_PASSPHRASE: PASSPHRASE, HEARTH_NEW_PASSPHRASE: 'a quite different passphrase now' });
    expect(passwd).toEqual({
      code: 1,
      stdout: '',
      stderr: 'hearth: The desktop app has this journal unlocked, and this command changes its passphrase or keys: lock the app first, then run the command again.\n',
    });
    const recover = await hearth(['recover'], { HEARTH_RECOVERY_KEY: vault.recoveryKey, HEARTH_NEW_PASSPHRASE: 'a quite different passphrase now' });
    expect(recover.code).toBe(1);
    expect(recover.stderr).toContain('lock the app first');
    // Nor does the app take a lifecycle call from a client that has the token.
    const client = await connectApp(paths());
    if (!client) throw new Error('the app did not answer');
    expect(await client.call('lock', undefined)).toMatchObject({ ok: false, error: { code: 'APP_UNLOCKED' } });
    client.close();
    expect(await a.service.status()).toEqual({ exists: true, unlocked: true });

    await lockApp(a);
    const check = new HearthService({ vaultDir: vault.dir });
    await check.unlock({ passphrase: PASSPHRASE });
    check.close();
  });

  it('hearth lock leaves the app unlocked, and says that commands still go through it', { timeout: 120_000 }, async () => {
    const a = await startApp();
    expect(await hearth(['lock'])).toEqual({
      code: 0,
      stdout:
        'No unlock agent was running for this journal; nothing to lock.\n' +
        'The desktop app still has this journal unlocked: commands go through it without a passphrase until you lock it there (Ctrl+L).\n',
      stderr: '',
    });
    expect(await a.service.status()).toEqual({ exists: true, unlocked: true });
    await lockApp(a);
    expect(await hearth(['lock'])).toEqual({ code: 0, stdout: 'No unlock agent was running for this journal; nothing to lock.\n', stderr: '' });
  });

  it('falls back to the passphrase once the app locks: the socket and its token are gone', { timeout: 120_000 }, async () => {
    const a = await startApp();
    expect((await hearth(['list'])).code).toBe(0);
    const during = await connectApp(paths());
    if (!during) throw new Error('the app did not answer');
    await lockApp(a);
    expect(files()).toEqual([]);
    // A command that was under way when the app locked is told so, with a typed code, not left waiting.
    expect(await during.call('listEntries', undefined)).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'The desktop app locked or quit before it answered; run the command again.' },
    });
    expect(await hearth(['list'])).toEqual(NO_TERMINAL);
    expect(await hearth(['list'], { HEARTH_PASSPHRASE: PASSPHRASE })).toEqual({ code: 0, stdout: 'No entries.\n', stderr: '' });
    // Unlocked again, it serves again.
    await a.service.unlock({ passphrase: PASSPHRASE });
    await a.socket.sync();
    expect((await hearth(['list'])).code).toBe(0);
  });
});

describe('what the command line refuses or goes on without', () => {
  it('a wrong token: the app refuses it, and the command goes on without the app', { timeout: 120_000 }, async () => {
    await startApp();
    expect(await greet('ab'.repeat(32))).toBe('{"ok":false,"reason":"token"}\n');
    expect(await greet('not a token')).toBe('{"ok":false,"reason":"request"}\n');
    // A token file that no longer matches (0600, ours): the command asks for the passphrase instead.
    rmSync(paths().token);
    writeFileSync(paths().token, randomBytes(32).toString('hex'), { mode: 0o600 });
    expect(await hearth(['list'])).toEqual(NO_TERMINAL);
  });

  it('a folder open to others: the app does not serve there, and the command line does not look there', { timeout: 120_000 }, async () => {
    const a = await startApp();
    chmodSync(folder(), 0o750);
    const warning = `hearth: warning: not using the desktop app or the unlock agent: its folder ${folder()} is unsafe (other users can open it (it should be mode 0700)).\n`;
    expect(await hearth(['list'])).toEqual({ ...NO_TERMINAL, stderr: warning + NO_TERMINAL.stderr });
    expect(await hearth(['list'], { HEARTH_PASSPHRASE: PASSPHRASE })).toEqual({ code: 0, stdout: 'No entries.\n', stderr: warning });

    await lockApp(a);
    await a.service.unlock({ passphrase: PASSPHRASE });
    await a.socket.sync();
    expect(a.socket.serving).toBe(false);
    expect(a.warnings).toEqual([`Hearth: not serving the command line: its folder ${folder()} is unsafe (other users can open it (it should be mode 0700)).`]);
    expect(files()).toEqual([]);
  });

  it('a stale socket (the app was killed): the command goes on without it and clears it', { timeout: 120_000 }, async () => {
    const dir = openRuntimeDir({ XDG_RUNTIME_DIR: runtime }, true);
    if (!dir?.ok) throw new Error('no runtime folder');
    const { socket, token } = paths();
    // A stand-in app process: listens and writes its token like the app, then is killed.
    const script = `const s=require('net').createServer().listen(${JSON.stringify(socket)},()=>{require('fs').writeFileSync(${JSON.stringify(token)},'${'cd'.repeat(32)}',{mode:0o600});console.log('ready')})`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(files()).toEqual([token, socket].map((p) => p.slice(folder().length + 1)).sort());

    expect(await hearth(['list'], { HEARTH_PASSPHRASE: PASSPHRASE })).toEqual({ code: 0, stdout: 'No entries.\n', stderr: '' });
    expect(files()).toEqual([]);
    // The app unlocking next listens there afresh.
    await startApp();
    expect((await hearth(['list'])).code).toBe(0);
  });
});

// Shared fixtures of the CLI tests: fast vaults made in-process, and run() with captured streams.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import Database from 'better-sqlite3';
import type { Terminal } from '../../../electron/cli/io';
import { run } from '../../../electron/cli/run';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';

export const PASSPHRASE = 'correct horse battery';
export const ROOT = join(import.meta.dirname, '../../..');
export const BIN = join(ROOT, 'bin/hearth.mjs');

export interface TempVault {
  dir: string;
  recoveryKey: string;
  cleanup(): void;
}

/** A journal created with the fast test KDF; the CLI unlocks it with the parameters stored in it. */
export async function makeVault(): Promise<TempVault> {
  const root = mkdtempSync(join(tmpdir(), 'hearth-cli-'));
  const dir = join(root, 'vault');
  const service = new HearthService({ vaultDir: dir, kdf: TEST_KDF });
  const { recoveryKey } = await service.create({ passphrase: PASSPHRASE });
  service.close();
  return { dir, recoveryKey, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function emptyDir(): { dir: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'hearth-cli-'));
  return { dir: join(root, 'vault'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** A fake terminal: `typed` lines are what the person types; `shown` collects what the screen shows. */
export function fakeTerminal(typed: string[]): Terminal & { shown: Capture; closed: boolean } {
  const input = new PassThrough();
  const shown = new Capture();
  input.end(typed.map((line) => `${line}\n`).join(''));
  const terminal = {
    input,
    output: shown,
    shown,
    closed: false,
    close: () => {
      terminal.closed = true;
    },
  };
  return terminal;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  stdin?: string | Readable;
  terminal?: Terminal;
  now?: () => Date;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** run() in-process. The passphrase comes from the env unless the options say otherwise. */
export async function cli(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = options.stdin instanceof Readable ? options.stdin : Readable.from(options.stdin === undefined ? [] : [options.stdin]);
  const code = await run(argv, {
    stdin,
    stdout,
    stderr,
    env: options.env ?? { HEARTH_PASSPHRASE: PASSPHRASE },
    openTerminal: () => options.terminal ?? null,
    ...(options.now ? { now: options.now } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * bin/hearth.mjs in a real process, detached (its own session: no controlling terminal, so /dev/tty
 * cannot open), with only PATH, HOME and the environment given.
 */
export function runBuiltCli(argv: string[], options: { env?: Record<string, string>; stdin?: string; cwd?: string; nodeArgs?: string[] } = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...argv], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export interface KilledWriter {
  /** The ids it printed whole, in order: each one its acknowledgement that the entry is committed. */
  ids: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/**
 * `add --ndjson` of the built CLI fed `lines`, killed with SIGKILL `delayMs` after its first
 * printed id if still running: the crash tests' writer.
 */
export function killAddNdjson(vaultDir: string, lines: readonly string[], delayMs: number): Promise<KilledWriter> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--vault', vaultDir, 'add', '--ndjson'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HEARTH_PASSPHRASE: PASSPHRASE },
    });
    const ids: string[] = [];
    let partial = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    // Generous: on a loaded machine the CLI's start alone can take many seconds.
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      const printed = (partial + chunk.toString()).split('\n');
      partial = printed.pop()!;
      ids.push(...printed);
      if (ids.length > 0 && !killTimer) killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Writing into a killed process fails with EPIPE; that is the point.
    child.stdin.on('error', () => {});
    child.stdin.end(lines.join(''));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(killTimer);
      resolve({ ids, signal, code, stderr });
    });
  });
}

/** Flip one byte of the box of a record of `kind`, straight in SQLite; returns the record's id. */
export function corruptOne(vaultDir: string, kind: string): string {
  const db = new Database(join(vaultDir, 'hearth.db'));
  try {
    const row = db.prepare('SELECT id, box FROM records WHERE kind = ? LIMIT 1').get(kind) as { id: string; box: Buffer };
    row.box[Math.floor(row.box.length / 2)]! ^= 0x01;
    db.prepare('UPDATE records SET box = ? WHERE id = ?').run(row.box, row.id);
    return row.id;
  } finally {
    db.close();
  }
}

export const entryJson = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({ occurredAt: '2026-03-02T09:30:00+01:00', mood: 6, support: 7, note: 'Walk with Sam', ...fields });

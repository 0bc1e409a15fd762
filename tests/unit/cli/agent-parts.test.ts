// The unlock agent's parts on their own: the suspend detector against a fake clock, the agent
// server ending on a suspend or a stale key, the --for durations, the token check and the runtime
// folder's refusals. The end-to-end tests with the built CLI are in ./agent.test.ts.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askAgent } from '../../../electron/agent/client';
import { tokenMatches } from '../../../electron/agent/protocol';
import { agentPaths, openRuntimeDir, unsafeBecause } from '../../../electron/agent/runtime-dir';
import { suspendedBetween, type Tick } from '../../../electron/agent/suspend';
import { parseDuration } from '../../../electron/cli/agent/duration';
import { AgentServer } from '../../../electron/cli/agent/server';
import { UsageError } from '../../../electron/cli/errors';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hearth-agent-parts-'));
  chmodSync(root, 0o700);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('suspendedBetween', () => {
  const at = (wallMs: number, monoMs: number, cpuMs = 0): Tick => ({ wallMs, monoMs, cpuMs });

  it('counts a gap beyond twice the interval plus the slack, on either clock', () => {
    // Interval 2 s, slack 4 s: the limit is 8 s, worked out by hand.
    expect(suspendedBetween(at(0, 0), at(2000, 2000))).toBe(false);
    expect(suspendedBetween(at(0, 0), at(8000, 8000))).toBe(false);
    expect(suspendedBetween(at(0, 0), at(8001, 2000))).toBe(true);
    // Linux and macOS: the monotonic clock stood still for the hour asleep, the wall clock did not.
    expect(suspendedBetween(at(1_000_000, 500), at(1_000_000 + 3_600_000, 2500))).toBe(true);
    // Windows: the monotonic clock ran on through the sleep.
    expect(suspendedBetween(at(0, 0), at(2000, 3_600_000))).toBe(true);
    // The wall clock set back is no suspend.
    expect(suspendedBetween(at(10_000, 0), at(0, 2000))).toBe(false);
    expect(suspendedBetween(at(0, 0), at(3000, 3000), 1000, 0)).toBe(true);
  });

  it('never calls a tick on time a suspend', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 30 }), fc.integer({ min: 0, max: 8000 }), (wall, mono, step) => {
        expect(suspendedBetween(at(wall, mono), at(wall + step, mono + step))).toBe(false);
      }),
    );
  });

  it('never calls a gap the process spent running a suspend: a thread busy opening a journal', () => {
    // 30 s blocked, 29 s of them on the CPU: 1 s unaccounted for, within the 8 s limit.
    expect(suspendedBetween(at(0, 0, 100), at(30_000, 30_000, 29_100))).toBe(false);
    // Worker threads can spend more CPU time than the gap: still no suspend.
    expect(suspendedBetween(at(0, 0, 0), at(30_000, 30_000, 55_000))).toBe(false);
    // The same 30 s with the CPU time standing still (asleep, Windows' clocks both running on).
    expect(suspendedBetween(at(0, 0, 100), at(30_000, 30_000, 100))).toBe(true);
    // Limit worked out by hand: gap minus CPU time beyond 8 s.
    expect(suspendedBetween(at(0, 0, 0), at(20_000, 20_000, 12_000))).toBe(false);
    expect(suspendedBetween(at(0, 0, 0), at(20_001, 20_001, 12_000))).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 30 }), fc.integer({ min: 0, max: 2 ** 30 }), (wall, mono, step) => {
        const busy = Math.max(0, step - 8000);
        expect(suspendedBetween(at(wall, mono, 0), at(wall + step, mono + step, busy))).toBe(false);
      }),
    );
  });
});

describe('parseDuration', () => {
  it('reads seconds, minutes and hours up to 12 hours', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('12h')).toBe(43_200_000);
    expect(parseDuration('720m')).toBe(43_200_000);
    for (const bad of ['721m', '13h', '43201s', '0s', '15', '1.5h', '-5m', '5 m', '5d', '']) expect(() => parseDuration(bad)).toThrow(UsageError);
    fc.assert(fc.property(fc.integer({ min: 1, max: 43_200 }), (n) => parseDuration(`${n}s`) === n * 1000));
  });
});

describe('tokenMatches', () => {
  it('takes only the very token, of the right length', () => {
    const token = randomBytes(32);
    expect(tokenMatches(token.toString('hex'), token)).toBe(true);
    const other = Buffer.from(token);
    other[31]! ^= 1;
    expect(tokenMatches(other.toString('hex'), token)).toBe(false);
    expect(tokenMatches(token.toString('hex').slice(0, 62), token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
  });
});

describe.runIf(process.platform !== 'win32')('the runtime folder', () => {
  it('is created 0700 and accepted; refused when open to others, a link, or a file', () => {
    const env = { XDG_RUNTIME_DIR: root };
    expect(openRuntimeDir(env, false)).toBeNull();
    expect(openRuntimeDir(env, true)).toEqual({ ok: true, dir: join(root, 'hearth') });
    chmodSync(join(root, 'hearth'), 0o705);
    expect(unsafeBecause(join(root, 'hearth'))).toBe('other users can open it (it should be mode 0700)');
    expect(openRuntimeDir(env, false)).toMatchObject({ ok: false });
    const target = join(root, 'target');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, join(root, 'link'));
    expect(unsafeBecause(join(root, 'link'))).toBe('it is a symbolic link');
    writeFileSync(join(root, 'file'), '');
    expect(unsafeBecause(join(root, 'file'))).toBe('it is not a folder');
  });

  it('names two journals two agents, and one journal the same agent by any path to it', () => {
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'b'));
    symlinkSync(join(root, 'a'), join(root, 'a-link'));
    const a = agentPaths(root, join(root, 'a'));
    expect(agentPaths(root, join(root, 'b')).socket).not.toBe(a.socket);
    expect(agentPaths(root, join(root, 'a-link'))).toEqual(a);
    expect(agentPaths(root, `${join(root, 'a')}/`)).toEqual(a);
  });
});

describe('AgentServer', () => {
  /** A clock the test moves: each reading advances both clocks by one tick unless a jump is due. */
  function fakeClock() {
    let wall = 1_000_000;
    let mono = 0;
    let jump = 0;
    return {
      read: (): Tick => {
        wall += 20 + jump;
        mono += 20;
        jump = 0;
        return { wallMs: wall, monoMs: mono, cpuMs: 0 };
      },
      sleep: (ms: number) => (jump = ms),
    };
  }

  function agent(stillOpens: () => Promise<boolean | null>, clock = fakeClock()) {
    mkdirSync(join(root, 'vault'));
    const paths = agentPaths(root, join(root, 'vault'));
    const key = new Uint8Array(randomBytes(32));
    const wiped: Uint8Array[] = [];
    const server = new AgentServer({
      paths,
      key,
      until: Date.now() + 60_000,
      stillOpens,
      wipe: async (k) => {
        k.fill(0);
        wiped.push(k);
      },
      tickMs: 20,
      clock: clock.read,
    });
    return { server, paths, key, wiped, clock };
  }

  it('hands the key to a client with the token, and ends on a suspend, wiping it and its files', async () => {
    const { server, paths, key, wiped, clock } = agent(async () => true);
    await server.start();
    const expected = Uint8Array.from(key);
    const answer = await askAgent(paths, 'key');
    expect(answer).toMatchObject({ status: 'ok', pid: process.pid });
    expect(answer.status === 'ok' && answer.key).toEqual(expected);
    clock.sleep(3_600_000);
    expect(await server.ended).toBe('suspend');
    expect(wiped).toEqual([key]);
    expect(key.every((b) => b === 0)).toBe(true);
    expect(existsSync(paths.socket) || existsSync(paths.token)).toBe(false);
    expect(await askAgent(paths, 'key')).toEqual({ status: 'none' });
  });

  it('refuses the key and ends once it no longer opens the journal; goes on while that cannot be told', async () => {
    let opens: boolean | null = null;
    const { server, paths } = agent(async () => opens);
    await server.start();
    await new Promise((r) => setTimeout(r, 100));
    expect(await askAgent(paths, 'status')).toMatchObject({ status: 'ok' });
    opens = false;
    const answer = await askAgent(paths, 'key');
    expect(['refused', 'none']).toContain(answer.status);
    expect(answer).not.toHaveProperty('key');
    expect(await server.ended).toBe('stale');
  });
});

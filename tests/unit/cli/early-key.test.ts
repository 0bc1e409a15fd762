// A command that unlocks with the passphrase derives its key from the slot read before the command
// or the service loads (electron/cli/early-unlock.ts, electron/service/early-passphrase-key.ts).
// Real journals, real Argon2id at the test cost;
// the slot reader and Argon2id are only watched (and, to stand for another process changing the
// passphrase mid-derivation, handed a slot read before that change).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appPaths } from '../../../electron/agent/runtime-dir';
import * as earlyUnlock from '../../../electron/cli/early-unlock';
import { Session } from '../../../electron/cli/session';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import * as early from '../../../electron/service/early-passphrase-key';
import * as kdf from '../../../electron/vault/kdf';
import { cli, makeVault, PASSPHRASE, type TempVault } from './helpers';

vi.mock('../../../electron/service/early-passphrase-key', async (original) => {
  const real = await original<typeof early>();
  return { ...real, readPassphraseSlot: vi.fn(real.readPassphraseSlot) };
});
vi.mock('../../../electron/cli/early-unlock', async (original) => {
  const real = await original<typeof earlyUnlock>();
  return { ...real, startEarlyUnlock: vi.fn(real.startEarlyUnlock) };
});
// The agent is not started: what it would be handed is kept, to check that it opens the journal.
const handed: Uint8Array[] = [];
vi.mock('../../../electron/cli/agent/spawn', () => ({ startAgent: vi.fn(async (_options: unknown, key: Uint8Array) => void handed.push(Uint8Array.from(key))) }));
vi.mock('../../../electron/vault/kdf', async (original) => {
  const real = await original<typeof kdf>();
  return { ...real, deriveKey: vi.fn(real.deriveKey), startDerivation: vi.fn(real.startDerivation) };
});

/** Argon2id derivations begun, by either entry point (deriveKey's own start is inside the module, unseen). */
const derivations = () => vi.mocked(kdf.deriveKey).mock.calls.length + vi.mocked(kdf.startDerivation).mock.calls.length;
const clearDerivations = () => {
  vi.mocked(kdf.deriveKey).mockClear();
  vi.mocked(kdf.startDerivation).mockClear();
};

const NEW_PASSPHRASE = 'a brand new passphrase';
let vault: TempVault;
beforeEach(async () => {
  vault = await makeVault();
  vi.mocked(early.readPassphraseSlot).mockClear();
  vi.mocked(earlyUnlock.startEarlyUnlock).mockClear();
  clearDerivations();
  handed.length = 0;
});
afterEach(() => vault.cleanup());

const list = (passphrase: string) => cli(['--vault', vault.dir, 'list', '--json'], { env: { HEARTH_PASSPHRASE: passphrase } });
const WRONG = { code: 4, stdout: '', stderr: 'hearth: That passphrase does not open this journal.\n' };

interface Watched {
  /** The keys its derivations handed over, kept to check they are wiped. */
  keys: Uint8Array[];
  /** How many of its derivations were cancelled. */
  cancels: number;
}

/** The slot as read now, watched. */
function watchedSlot(): Watched & { slot: early.PassphraseSlot } {
  const slot = early.readPassphraseSlot(vault.dir)!;
  const watched: Watched = { keys: [], cancels: 0 };
  return Object.assign(watched, {
    slot: {
      derive(passphrase: string) {
        const d = slot.derive(passphrase);
        void d.kek.then((k) => watched.keys.push(k), () => {});
        return {
          ...d,
          cancel() {
            watched.cancels += 1;
            d.cancel();
          },
        };
      },
    },
  });
}

/** The slot the next command reads, watched. */
function watchNextSlot(): Watched {
  const watched = watchedSlot();
  vi.mocked(early.readPassphraseSlot).mockClear().mockReturnValueOnce(watched.slot);
  return watched;
}

const wiped = (key: Uint8Array | undefined) => key !== undefined && key.every((b) => b === 0);

/** A wrong passphrase given to `run` is refused after one derivation, whose key is wiped. */
async function refusedAfterOneDerivation(run: (passphrase: string) => Promise<unknown>): Promise<void> {
  const watched = watchNextSlot();
  expect(await run('not the passphrase')).toEqual(WRONG);
  expect(derivations()).toBe(1);
  expect(wiped(watched.keys[0])).toBe(true);
}

/** The slot as read before another process set a new passphrase, for the next command to read. */
async function staleSlotNext(): Promise<Watched> {
  const stale = watchedSlot();
  await changePassphrase();
  clearDerivations();
  vi.mocked(early.readPassphraseSlot).mockReturnValueOnce(stale.slot);
  return stale;
}

async function changePassphrase(): Promise<void> {
  const service = new HearthService({ vaultDir: vault.dir, kdf: TEST_KDF });
  await service.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE, rotateKey: false });
  service.close();
}

describe('the passphrase derived before the service loads', () => {
  it('opens the journal with one derivation, and the key is wiped after', async () => {
    const watched = watchNextSlot();
    expect(await list(PASSPHRASE)).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    expect(vi.mocked(early.readPassphraseSlot)).toHaveBeenCalledWith(vault.dir);
    expect(derivations()).toBe(1);
    expect(watched.keys).toHaveLength(1);
    expect(wiped(watched.keys[0])).toBe(true);
  });

  it('refuses a wrong passphrase after that one derivation, and wipes its key too', async () => {
    await refusedAfterOneDerivation(list);
  });

  it('opens with the new passphrase when another process set it while the old slot was being derived', async () => {
    await staleSlotNext();
    expect(await list(NEW_PASSPHRASE)).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    // The early key (old salt) did not open it; the usual unlock read the new slot and derived again.
    expect(derivations()).toBe(2);
  });

  it('refuses the old passphrase once a new one is set, even from a slot read before the change', async () => {
    await staleSlotNext();
    expect(await list(PASSPHRASE)).toEqual(WRONG);
  });

  it('leaves no log beside the journal, whether the passphrase opened it or not', async () => {
    const logs = () => readdirSync(vault.dir).filter((f) => /^hearth\.db-(wal|shm)$/.test(f));
    expect(logs()).toEqual([]);
    expect((await list('not the passphrase')).code).toBe(4);
    expect(logs()).toEqual([]);
    expect((await list(PASSPHRASE)).code).toBe(0);
    expect(logs()).toEqual([]);
  });

  it('unlocks the usual way when the slot cannot be read before the service loads', async () => {
    // Neither before the command loads nor before the service does.
    vi.mocked(early.readPassphraseSlot).mockReturnValue(null);
    try {
      expect(await list(PASSPHRASE)).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
      expect(await list('not the passphrase')).toEqual(WRONG);
      expect(vi.mocked(kdf.startDerivation)).not.toHaveBeenCalled();
    } finally {
      // Back to the real reader it was made with.
      vi.mocked(early.readPassphraseSlot).mockReset();
    }
  });

  it('derives nothing for a passphrase the contract refuses: the usual call says why', async () => {
    const result = await list('');
    expect(derivations()).toBe(0);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/passphrase/i);
  });

  it('asks for no passphrase where there is no journal', async () => {
    const result = await cli(['--vault', `${vault.dir}-missing`, 'list'], { env: {} });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('There is no journal');
    expect(derivations()).toBe(0);
  });
});

describe('begun before the command loads, on a guess undone when wrong', () => {
  const pass = { HEARTH_PASSPHRASE: PASSPHRASE };
  /** Long enough for a derivation left running to hand over its key. */
  const afterDerivation = () => new Promise((resolve) => setTimeout(resolve, 500));

  it('is begun before the arguments are checked, and cancelled when they are refused', async () => {
    const watched = watchNextSlot();
    const result = await cli(['--vault', vault.dir, 'list', '--colour'], { env: pass });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--colour'");
    expect(derivations()).toBe(1);
    expect(watched.cancels).toBe(1);
    await afterDerivation();
    expect(watched.keys.every(wiped)).toBe(true);
  });

  it('is cancelled when the command refuses an argument after the session began, and nothing is opened', async () => {
    const watched = watchNextSlot();
    const result = await cli(['--vault', vault.dir, 'list', '--limit', 'lots'], { env: pass });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--limit takes a whole number');
    expect(watched.cancels).toBe(1);
    await afterDerivation();
    expect(watched.keys.every(wiped)).toBe(true);
  });

  it('is cancelled for a passphrase the contract refuses, which is refused with its sentence', async () => {
    const watched = watchNextSlot();
    const result = await cli(['--vault', vault.dir, 'list'], { env: { HEARTH_PASSPHRASE: 'x'.repeat(1025) } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/passphrase/i);
    expect(derivations()).toBe(1);
    expect(watched.cancels).toBe(1);
  });

  it('is not begun while the desktop app or the unlock agent may answer for this journal', async () => {
    const runtime = mkdtempSync(join(tmpdir(), 'hearth-run-'));
    try {
      const dir = join(runtime, 'hearth');
      mkdirSync(dir, { mode: 0o700 });
      // A token file left by an app that is gone: the command finds no one and unlocks itself.
      writeFileSync(appPaths(dir, vault.dir).token, 'stale', { mode: 0o600 });
      const result = await cli(['--vault', vault.dir, 'list', '--json'], { env: { ...pass, XDG_RUNTIME_DIR: runtime } });
      expect(result).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
      expect(await vi.mocked(earlyUnlock.startEarlyUnlock).mock.results[0]?.value).toBeNull();
      expect(derivations()).toBe(1);
    } finally {
      rmSync(runtime, { recursive: true, force: true });
    }
  });

  it('is not begun for a command that only prints its help, nor for one that does not unlock', async () => {
    expect((await cli(['--vault', vault.dir, 'list', '--help'], { env: pass })).code).toBe(0);
    expect((await cli(['--vault', vault.dir, 'helplines', '--country', 'DE'], { env: pass })).code).toBe(0);
    expect(vi.mocked(earlyUnlock.startEarlyUnlock)).not.toHaveBeenCalled();
    expect(derivations()).toBe(0);
  });

  it('is taken by a session of the same journal folder only; one not taken is cancelled', () => {
    const io = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough(), env: {}, openTerminal: () => null };
    const guess = () => ({ kek: Promise.resolve(new Uint8Array(32)), kdf: { alg: 'argon2id13' as const, opsLimit: 2, memLimit: 1 << 26, salt: '' }, cancel: vi.fn() });
    const elsewhere = guess();
    const other = new Session(vault.dir, io, { vaultDir: `${vault.dir}-other`, key: elsewhere });
    expect(elsewhere.cancel).toHaveBeenCalledTimes(1);
    other.close();
    expect(elsewhere.cancel).toHaveBeenCalledTimes(1);
    const here = guess();
    const same = new Session(vault.dir, io, { vaultDir: vault.dir, key: here });
    expect(here.cancel).not.toHaveBeenCalled();
    same.close();
    expect(here.cancel).toHaveBeenCalledTimes(1);
  });
});

describe('hearth unlock, the same way', () => {
  let runtime: string;
  beforeEach(() => {
    runtime = mkdtempSync(join(tmpdir(), 'hearth-run-'));
  });
  afterEach(() => rmSync(runtime, { recursive: true, force: true }));

  const unlock = (passphrase: string) => cli(['--vault', vault.dir, 'unlock', '--for', '1m'], { env: { HEARTH_PASSPHRASE: passphrase, XDG_RUNTIME_DIR: runtime } });
  /** Whether a key handed to the agent opens the journal, as the agent opens it. */
  async function opens(key: Uint8Array): Promise<boolean> {
    const service = new HearthService({ vaultDir: vault.dir, kdf: TEST_KDF });
    try {
      return await service.unlockWithPassphraseKey(key);
    } finally {
      service.close();
    }
  }

  it('hands the agent the key of one derivation, begun before the service loads, and wipes it after', async () => {
    const watched = watchNextSlot();
    const result = await unlock(PASSPHRASE);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(derivations()).toBe(1);
    expect(handed).toHaveLength(1);
    expect(await opens(handed[0]!)).toBe(true);
    expect(wiped(watched.keys[0])).toBe(true);
  });

  it('refuses a wrong passphrase after that one derivation: no agent, and the key wiped', async () => {
    await refusedAfterOneDerivation(unlock);
    expect(handed).toEqual([]);
  });

  it('derives again from the new slot when another process set a new passphrase meanwhile', async () => {
    const stale = await staleSlotNext();
    expect((await unlock(NEW_PASSPHRASE)).code).toBe(0);
    expect(derivations()).toBe(2);
    expect(await opens(handed[0]!)).toBe(true);
    expect(wiped(stale.keys[0])).toBe(true);
  });

  it('asks for no passphrase where there is no journal', async () => {
    const result = await cli(['--vault', `${vault.dir}-missing`, 'unlock'], { env: { XDG_RUNTIME_DIR: runtime } });
    expect(result.stderr).toContain('There is no journal');
    expect(derivations()).toBe(0);
    expect(handed).toEqual([]);
  });
});

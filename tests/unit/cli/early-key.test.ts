// A command that unlocks with the passphrase derives its key from the slot read before the service
// loads (electron/service/early-passphrase-key.ts). Real journals, real Argon2id at the test cost;
// the slot reader and Argon2id are only watched (and, to stand for another process changing the
// passphrase mid-derivation, handed a slot read before that change).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import * as early from '../../../electron/service/early-passphrase-key';
import * as kdf from '../../../electron/vault/kdf';
import { cli, makeVault, PASSPHRASE, type TempVault } from './helpers';

vi.mock('../../../electron/service/early-passphrase-key', async (original) => {
  const real = await original<typeof early>();
  return { ...real, readPassphraseSlot: vi.fn(real.readPassphraseSlot) };
});
// The agent is not started: what it would be handed is kept, to check that it opens the journal.
const handed: Uint8Array[] = [];
vi.mock('../../../electron/cli/agent/spawn', () => ({ startAgent: vi.fn(async (_options: unknown, key: Uint8Array) => void handed.push(Uint8Array.from(key))) }));
vi.mock('../../../electron/vault/kdf', async (original) => {
  const real = await original<typeof kdf>();
  return { ...real, deriveKey: vi.fn(real.deriveKey) };
});

const NEW_PASSPHRASE = 'a brand new passphrase';
let vault: TempVault;
beforeEach(async () => {
  vault = await makeVault();
  vi.mocked(early.readPassphraseSlot).mockClear();
  vi.mocked(kdf.deriveKey).mockClear();
  handed.length = 0;
});
afterEach(() => vault.cleanup());

const list = (passphrase: string) => cli(['--vault', vault.dir, 'list', '--json'], { env: { HEARTH_PASSPHRASE: passphrase } });
const WRONG = { code: 4, stdout: '', stderr: 'hearth: That passphrase does not open this journal.\n' };

/** The slot as read now, its derivations' keys kept to check they are wiped. */
function watchedSlot(): { slot: early.PassphraseSlot; keys: Uint8Array[] } {
  const slot = early.readPassphraseSlot(vault.dir)!;
  const keys: Uint8Array[] = [];
  return {
    keys,
    slot: {
      derive(passphrase) {
        const d = slot.derive(passphrase);
        void d.kek.then((k) => keys.push(k));
        return d;
      },
    },
  };
}

/** The slot the next command reads, watched. */
function watchNextSlot(): { keys: Uint8Array[] } {
  const watched = watchedSlot();
  vi.mocked(early.readPassphraseSlot).mockClear().mockReturnValueOnce(watched.slot);
  return watched;
}

const wiped = (key: Uint8Array | undefined) => key !== undefined && key.every((b) => b === 0);

/** A wrong passphrase given to `run` is refused after one derivation, whose key is wiped. */
async function refusedAfterOneDerivation(run: (passphrase: string) => Promise<unknown>): Promise<void> {
  const watched = watchNextSlot();
  expect(await run('not the passphrase')).toEqual(WRONG);
  expect(vi.mocked(kdf.deriveKey)).toHaveBeenCalledTimes(1);
  expect(wiped(watched.keys[0])).toBe(true);
}

/** The slot as read before another process set a new passphrase, for the next command to read. */
async function staleSlotNext(): Promise<{ keys: Uint8Array[] }> {
  const stale = watchedSlot();
  await changePassphrase();
  vi.mocked(kdf.deriveKey).mockClear();
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
    expect(vi.mocked(kdf.deriveKey)).toHaveBeenCalledTimes(1);
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
    expect(vi.mocked(kdf.deriveKey)).toHaveBeenCalledTimes(2);
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
    vi.mocked(early.readPassphraseSlot).mockReturnValueOnce(null);
    expect(await list(PASSPHRASE)).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    expect(await list('not the passphrase')).toEqual(WRONG);
  });

  it('derives nothing for a passphrase the contract refuses: the usual call says why', async () => {
    const result = await list('');
    expect(vi.mocked(kdf.deriveKey)).not.toHaveBeenCalled();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/passphrase/i);
  });

  it('asks for no passphrase where there is no journal', async () => {
    const result = await cli(['--vault', `${vault.dir}-missing`, 'list'], { env: {} });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('There is no journal');
    expect(vi.mocked(kdf.deriveKey)).not.toHaveBeenCalled();
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
    expect(vi.mocked(kdf.deriveKey)).toHaveBeenCalledTimes(1);
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
    expect(vi.mocked(kdf.deriveKey)).toHaveBeenCalledTimes(2);
    expect(await opens(handed[0]!)).toBe(true);
    expect(wiped(stale.keys[0])).toBe(true);
  });

  it('asks for no passphrase where there is no journal', async () => {
    const result = await cli(['--vault', `${vault.dir}-missing`, 'unlock'], { env: { XDG_RUNTIME_DIR: runtime } });
    expect(result.stderr).toContain('There is no journal');
    expect(vi.mocked(kdf.deriveKey)).not.toHaveBeenCalled();
    expect(handed).toEqual([]);
  });
});

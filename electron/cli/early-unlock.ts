// A command that unlocks (list, add, show…) with its passphrase in the environment begins Argon2id
// before its own module, the service and their checks load: that loading (about 110 ms here) no
// longer waits on top of the derivation. It is begun on a guess, before the arguments are checked,
// so only when the guess is cheap to undo and likely right: the passphrase is in the environment,
// the journal's passphrase slot can be read, and neither the desktop app nor the unlock agent has
// a token file for this journal (one that answers unlocks it instead). The Session takes the key
// for the same journal folder only, after the usual checks; a key not taken is cancelled.
import { existsSync } from 'node:fs';
import { agentJournalPaths, agentPaths, appPaths, openRuntimeDir } from '../agent/runtime-dir';
import type { EarlyPassphraseKey } from '../service/early-passphrase-key';
import { ENV } from './secrets';

export interface EarlyUnlock {
  /** The journal folder whose slot it is derived from. */
  vaultDir: string;
  key: EarlyPassphraseKey;
}

/** True when the desktop app or the unlock agent may be listening for this journal. */
function holderMayAnswer(vaultDir: string, env: Record<string, string | undefined>): boolean {
  const dir = openRuntimeDir(env, false);
  // An unsafe folder is never used, so nothing in it can answer.
  if (dir === null || !dir.ok) return false;
  return [agentPaths, appPaths, agentJournalPaths].some((pathsOf) => existsSync(pathsOf(dir.dir, vaultDir).token));
}

/** Argon2id begun for `vaultDir` with the environment's passphrase, or null when the guess is not worth making. */
export async function startEarlyUnlock(vaultDir: string, env: Record<string, string | undefined>): Promise<EarlyUnlock | null> {
  const passphrase = env[ENV.passphrase];
  // An empty one is refused by the contract, with its sentence, before anything is derived.
  if (passphrase === undefined || passphrase === '') return null;
  if (holderMayAnswer(vaultDir, env)) return null;
  // SQLite loads only now: a command that goes to the agent or the app never needs it.
  const { readPassphraseSlot } = await import('../service/early-passphrase-key');
  const slot = readPassphraseSlot(vaultDir);
  return slot === null ? null : { vaultDir, key: slot.derive(passphrase) };
}

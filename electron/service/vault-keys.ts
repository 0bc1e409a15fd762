// The journal's keys changed by the person: a recovery key that opens the journal and sets a new
// passphrase, a new passphrase (and, on request, a new data key), a new recovery key. Each runs in
// HearthService's call queue on the session the keeper holds, or on the locked vault file.
import type { Arg, Results } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import { requireStrongPassphrase } from '../../shared/passphrase-strength';
import { WriteLock } from '../store/write-lock';
import { openWithPassphrase, openWithRecoveryKey, setPassphrase } from '../vault/key-manager';
import { RecordCipher } from '../vault/record-cipher';
import { loadSodium } from '../vault/sodium';
import { rotateDataKey } from './key-rotation';
import type { SessionKeeper } from './session-keeper';

/** Opens the journal with its recovery key and sets a new passphrase; while unlocked, only sets it. */
export async function unlockWithRecoveryKey(keeper: SessionKeeper, { recoveryKey, newPassphrase }: Arg<'unlockWithRecoveryKey'>): Promise<void> {
  const sodium = await loadSodium();
  const vault = keeper.vault();
  const dataKey = openWithRecoveryKey(sodium, vault.store, vault.vaultId, recoveryKey);
  if (!dataKey) {
    keeper.closeUnlessSession(vault);
    throw new HearthError('WRONG_RECOVERY_KEY');
  }
  try {
    await requireStrongPassphrase(newPassphrase, 'newPassphrase');
  } catch (e) {
    dataKey.fill(0);
    keeper.closeUnlessSession(vault);
    throw e;
  }
  const load = keeper.session ? null : keeper.prepareLoad(vault);
  try {
    await setPassphrase(sodium, vault.store, vault.vaultId, dataKey, newPassphrase, keeper.kdf);
  } catch (e) {
    dataKey.fill(0);
    void load?.worker?.terminate();
    keeper.closeUnlessSession(vault);
    throw e;
  }
  if (load) await keeper.openWithKey(sodium, vault, dataKey, load);
  else dataKey.fill(0);
}

/** With rotateKey, the journal is also sealed again under a new key, with a new recovery key. */
export async function changePassphrase(keeper: SessionKeeper, { oldPassphrase, newPassphrase, rotateKey }: Arg<'changePassphrase'>): Promise<Results['changePassphrase']> {
  await requireStrongPassphrase(newPassphrase, 'newPassphrase');
  const sodium = await loadSodium();
  const vault = keeper.vault();
  try {
    const dataKey = await openWithPassphrase(sodium, vault.store, vault.vaultId, oldPassphrase);
    if (!dataKey) throw new HearthError('WRONG_PASSPHRASE');
    if (!rotateKey) {
      await setPassphrase(sodium, vault.store, vault.vaultId, dataKey, newPassphrase, keeper.kdf);
      sodium.memzero(dataKey);
      return { recoveryKey: null };
    }
    const oldCipher = new RecordCipher(sodium, dataKey);
    sodium.memzero(dataKey);
    // Locked, this call takes the write lock of its own, for the rotation only.
    const own = keeper.session ? null : new WriteLock(keeper.place.lockFile, keeper.place.file.nativeBinding);
    try {
      const lock = own ?? keeper.session!.journal.writeLock;
      return { recoveryKey: keeper.useRotatedKey(await rotateDataKey(sodium, vault.store, vault.vaultId, oldCipher, newPassphrase, keeper.kdf, lock)) };
    } finally {
      own?.close();
      oldCipher.wipe();
    }
  } finally {
    keeper.closeUnlessSession(vault);
  }
}

/** A new recovery key always comes with a new data key: an old copy of the file and the old keys open nothing written after. */
export async function newRecoveryKey(keeper: SessionKeeper, { passphrase }: Arg<'newRecoveryKey'>): Promise<Results['newRecoveryKey']> {
  const s = keeper.require();
  const sodium = await loadSodium();
  const check = await openWithPassphrase(sodium, s.store, s.vaultId, passphrase);
  if (!check) throw new HearthError('WRONG_PASSPHRASE');
  sodium.memzero(check);
  return { recoveryKey: keeper.useRotatedKey(await rotateDataKey(sodium, s.store, s.vaultId, s.cipher, passphrase, keeper.kdf, s.journal.writeLock)) };
}

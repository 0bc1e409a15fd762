// The recovered journal: what ./salvage.ts found in a damaged journal, written into a new journal in
// another folder, opened by the same passphrase, with a new data key and a new recovery key. On any
// failure the new folder is left without a journal file.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SalvageReport } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import { requireStrongPassphrase } from '../../shared/passphrase-strength';
import { planRestore, readBackupContents } from './restore-plan';
import { salvageJournal } from './salvage';
import { keepSessionReminders } from './session-reminders';
import { refuseOccupiedFolder } from './vault-file';
import { closeSession, createSession, type SessionPlace } from './vault-session';

/** `damaged` is the damaged journal's place (only read); `into` is where the recovered one goes. */
export async function salvageInto(damaged: SessionPlace, into: SessionPlace, reminderFile: string, passphrase: string): Promise<SalvageReport> {
  if (resolve(into.vaultDir) === resolve(damaged.vaultDir)) {
    throw new HearthError('INVALID_INPUT', 'Choose another folder: the recovered journal never goes into the damaged one’s folder.', { field: 'out' });
  }
  const found = await salvageJournal(damaged.file.dbPath, passphrase);
  refuseOccupiedFolder(into.file, into.vaultDir);
  await requireStrongPassphrase(passphrase, 'passphrase');
  const { session, recoveryKey } = await createSession(into, passphrase, found.kdf);
  try {
    session.journal.applyRestore(planRestore(session.journal.index, readBackupContents(found.records), 'replace'));
  } catch (e) {
    closeSession(session);
    for (const suffix of ['', '-wal', '-shm']) rmSync(into.file.dbPath + suffix, { force: true });
    throw e;
  }
  // A reminders.json another journal left in the folder must not speak for this one. Never fails the
  // salvage: the file is made again at the recovered journal's next unlock.
  await keepSessionReminders(reminderFile, session.vaultId, session.journal.index).catch(() => undefined);
  closeSession(session);
  const count = (kind: string) => found.records.filter((r) => r.kind === kind).length;
  return { folder: into.vaultDir, recoveryKey, entries: count('entry'), people: count('person'), lost: found.lost };
}

// reminders.json (./reminder-file.ts) kept in step with the open journal, and read before an unlock.
import { existsSync } from 'node:fs';
import type { ReminderSchedule } from '../../shared/contract/reminders';
import type { WriteLock } from '../store/write-lock';
import type { JournalReader } from './journal-index';
import { keepReminderFile, readReminderFile } from './reminder-file';
import { openVault, type OpenVault, type VaultFile } from './vault-file';

/** The file made to match the journal's settings and newest entry. */
export function keepSessionReminders(path: string, vaultId: string, index: JournalReader): Promise<void> {
  return keepReminderFile(path, vaultId, index.settings, index.newestEntryDay());
}

/**
 * At an unlock: the file made to match, holding the write lock, on the index `fresh` brings up to
 * date under it, so a write by the CLI in between is not undone. Never fails the unlock: the
 * journal is open, and the file is only for the time before an unlock.
 */
export async function keepRemindersUnderLock(path: string, vaultId: string, lock: WriteLock, fresh: () => JournalReader): Promise<void> {
  try {
    await lock.acquire();
  } catch {
    return;
  }
  try {
    await keepSessionReminders(path, vaultId, fresh());
  } catch {
    // As above: the file stays as it was or is gone, and is made again at the next write.
  } finally {
    lock.release();
  }
}

/**
 * The schedule the file holds for the locked journal in `file`, or null: what the app reminds by
 * before the first unlock. The vault id it is checked against is read from hearth.db (in the clear).
 */
export function scheduleBeforeUnlock(path: string, file: VaultFile): ReminderSchedule | null {
  if (!existsSync(path)) return null;
  let vault: OpenVault | null = null;
  try {
    vault = openVault(file, true);
    return vault && readReminderFile(path, vault.vaultId);
  } catch {
    return null;
  } finally {
    vault?.db.close();
  }
}

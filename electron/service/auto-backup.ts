// Automatic backups: named so they sort by time, written whole or not at all (the backup writer
// renames a finished .partial), and pruned to the newest `keep` after each success.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AutoBackup } from '../../shared/domain';
import { BACKUP_EXTENSION } from '../../shared/contract/backups';

const NAME = new RegExp(`^hearth-auto-\\d{8}T\\d{6}Z\\.${BACKUP_EXTENSION}$`);
const DAY_MS = 24 * 60 * 60 * 1000;

export function autoBackupName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return `hearth-auto-${stamp}.${BACKUP_EXTENSION}`;
}

/** Removes all but the newest `keep` automatic backups; other files in the folder are never touched. */
export function pruneAutoBackups(folder: string, keep: number): void {
  const ours = readdirSync(folder)
    .filter((name) => NAME.test(name))
    .sort();
  for (const name of ours.slice(0, Math.max(0, ours.length - keep))) rmSync(join(folder, name), { force: true });
}

export type AutoBackupReason = 'lock' | 'timer';

/** On lock when the journal changed since the last one; on the timer once a day. */
export function autoBackupDue(config: AutoBackup, reason: AutoBackupReason, now: Date, changedSinceLast: boolean): boolean {
  if (reason === 'lock') return config.trigger !== 'daily' && (changedSinceLast || config.lastBackupAt === null);
  if (config.trigger === 'lock') return false;
  return config.lastBackupAt === null || now.getTime() - Date.parse(config.lastBackupAt) >= DAY_MS;
}

// The backups' work is in ../exchange.ts and ../auto-backup.ts.
import type { backups } from '../../../shared/contract/backups';
import type { FeatureHandlers } from './handler';

export const backupHandlers = {
  exportBackup: ({ journal, exchange }, arg, path) => exchange.exportBackup(journal, arg, path),
  enableAutoBackup: ({ journal, exchange }, arg, folder) => exchange.enableAutoBackup(journal, arg, folder),
  updateAutoBackup: ({ journal, exchange }, arg) => exchange.updateAutoBackup(journal, arg),
  disableAutoBackup: ({ journal, exchange }) => exchange.disableAutoBackup(journal),
  backupNow: ({ journal, exchange }) => exchange.backupNow(journal),
} satisfies FeatureHandlers<typeof backups>;

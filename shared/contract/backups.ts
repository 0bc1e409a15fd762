// Backups: an encrypted copy of the whole journal now, and automatic ones into a folder.
import { z } from 'zod';
import type { Settings } from '../domain';
import { autoBackupInputSchema, sharePassphraseSchema } from '../exchange';
import { fileMethod, method, none, type FileFilter } from './method';

export const BACKUP_EXTENSION = 'hearthbackup';
export const BACKUP_FILTER: FileFilter = { name: 'Hearth backup', extensions: [BACKUP_EXTENSION] };

export const backups = {
  exportBackup: fileMethod<void>()({
    arg: z.strictObject({ passphrase: sharePassphraseSchema }),
    needs: 'journal',
    dialog: { kind: 'save', title: 'Save the backup', defaultName: (_a, today) => `hearth-backup-${today}.${BACKUP_EXTENSION}`, filters: () => [BACKUP_FILTER] },
    outcome: 'saved',
  }),
  /** Asks for a folder and turns automatic backups on. */
  enableAutoBackup: fileMethod<Settings>()({
    arg: autoBackupInputSchema,
    needs: 'journal',
    dialog: { kind: 'folder', title: 'Choose a folder for automatic backups' },
    outcome: 'settings',
  }),
  updateAutoBackup: method<Settings>()({
    arg: z.strictObject({ keep: z.number().int().min(1).max(100).optional(), trigger: autoBackupInputSchema.shape.trigger.unwrap().optional() }),
    needs: 'writer',
  }),
  disableAutoBackup: method<Settings>()({ arg: none, needs: 'writer' }),
  backupNow: method<Settings>()({ arg: none, needs: 'journal' }),
};

// Imports: a backup to restore, or another journal app's export, read and checked, then committed.
import { z } from 'zod';
import { IMPORT_FORMATS, moodMapSchema, RESTORE_MODES, type ImportFormat, type ImportResult, type ImportSummary } from '../exchange';
import { BACKUP_FILTER } from './backups';
import { fileMethod, method, type FileFilter } from './method';
import { idSchema, LIMITS } from './values';

export const IMPORT_FILTERS: Record<ImportFormat, FileFilter> = {
  backup: BACKUP_FILTER,
  'daylio-csv': { name: 'Daylio export (CSV)', extensions: ['csv'] },
  'jrnl-json': { name: 'jrnl export (JSON)', extensions: ['json'] },
  'dayone-json': { name: 'Day One export (JSON)', extensions: ['json'] },
  'hearth-json': { name: 'Hearth data (JSON)', extensions: ['json'] },
  // The CSV export is a folder: choosing its entries.csv names the folder.
  'hearth-csv': { name: 'Hearth data (entries.csv of the CSV folder)', extensions: ['csv'] },
};

export const imports = {
  /** Asks for a file, reads and checks it, and holds it until committed. */
  openImport: fileMethod<ImportSummary>()({
    arg: z.strictObject({ format: z.enum(IMPORT_FORMATS), passphrase: z.string().min(1).max(LIMITS.passphraseChars).optional() }),
    needs: 'journal',
    dialog: {
      kind: 'open',
      title: (a) => (a.format === 'backup' ? 'Choose a backup to restore' : 'Choose a file to import'),
      filters: (a) => [IMPORT_FILTERS[a.format]],
    },
    outcome: 'opened',
  }),
  commitImport: method<ImportResult>()({
    arg: z.strictObject({ importId: idSchema, mode: z.enum(RESTORE_MODES).default('merge'), moodMap: moodMapSchema.default({}) }),
    needs: 'writer',
  }),
  cancelImport: method<void>()({ arg: z.strictObject({ importId: idSchema }), needs: 'nothing' }),
};

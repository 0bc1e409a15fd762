// How the main process learns which file a file method reads or writes: native dialogs in the app,
// the command line's own arguments in the CLI, a test folder in the browser test bridge.
import type { ReportFormat, DataFormat, ImportFormat } from '../../shared/exchange';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveRequest {
  title: string;
  defaultName: string;
  filters: FileFilter[];
}

export interface OpenRequest {
  title: string;
  filters: FileFilter[];
}

/** Each returns the chosen absolute path, or null when the person cancelled. */
export interface FileDialogs {
  save(request: SaveRequest): Promise<string | null>;
  open(request: OpenRequest): Promise<string | null>;
  folder(request: { title: string }): Promise<string | null>;
}

export const REPORT_FILTERS: Record<ReportFormat, FileFilter> = {
  html: { name: 'Encrypted report (HTML)', extensions: ['html'] },
  pdf: { name: 'Password-protected PDF', extensions: ['pdf'] },
};

export const RECOVERY_KEY_FILE_NAME = 'hearth-recovery-key.txt';
export const RECOVERY_KEY_FILTER: FileFilter = { name: 'Text file', extensions: ['txt'] };

export const BACKUP_EXTENSION = 'hearthbackup';
export const BACKUP_FILTER: FileFilter = { name: 'Hearth backup', extensions: [BACKUP_EXTENSION] };

export const DATA_FILTERS: Record<DataFormat, FileFilter> = {
  // CSV is three tables, so it is written as a new folder holding entries.csv, people.csv and interactions.csv.
  csv: { name: 'Folder of CSV files', extensions: [] },
  json: { name: 'JSON', extensions: ['json'] },
};

export const IMPORT_FILTERS: Record<ImportFormat, FileFilter> = {
  backup: BACKUP_FILTER,
  'daylio-csv': { name: 'Daylio export (CSV)', extensions: ['csv'] },
  'jrnl-json': { name: 'jrnl export (JSON)', extensions: ['json'] },
  'dayone-json': { name: 'Day One export (JSON)', extensions: ['json'] },
};

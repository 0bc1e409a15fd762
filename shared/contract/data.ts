// Portable data: the journal as unencrypted CSV or JSON, for another program.
import { z } from 'zod';
import { DATA_FORMATS, type DataFormat } from '../exchange';
import { fileMethod, type FileFilter } from './method';

export const DATA_FILTERS: Record<DataFormat, FileFilter> = {
  // CSV is three tables, so it is written as a new folder holding entries.csv, people.csv and interactions.csv.
  csv: { name: 'Folder of CSV files', extensions: [] },
  json: { name: 'JSON', extensions: ['json'] },
};

export const data = {
  /** Portable data is not encrypted: the caller must say the person confirmed that. */
  exportData: fileMethod<void>()({
    arg: z.strictObject({
      format: z.enum(DATA_FORMATS),
      confirmedUnencrypted: z.literal(true, { error: 'Confirm that the exported file will not be encrypted' }),
    }),
    needs: 'journal',
    dialog: {
      kind: 'save',
      title: 'Export unencrypted data',
      defaultName: (a, today) => `hearth-data-${today}${a.format === 'json' ? '.json' : ''}`,
      filters: (a) => [DATA_FILTERS[a.format]],
    },
    outcome: 'saved',
  }),
};

// Entries: adding, editing, deleting, reading and listing them, and the tags they carry.
import { z } from 'zod';
import type { Entry } from '../domain';
import { method, none } from './method';
import { entryInputSchema, idSchema, listQuerySchema, newEntrySchema } from './values';

export interface EntryList {
  entries: Entry[];
  /** Number of entries matching the query before limit/offset. */
  total: number;
}

export const entries = {
  addEntry: method<Entry>()({ arg: newEntrySchema, needs: 'writer' }),
  updateEntry: method<Entry>()({ arg: z.strictObject({ id: idSchema, entry: entryInputSchema }), needs: 'writer' }),
  deleteEntry: method<void>()({ arg: z.strictObject({ id: idSchema }), needs: 'writer' }),
  getEntry: method<Entry>()({ arg: z.strictObject({ id: idSchema }), needs: 'journal' }),
  listEntries: method<EntryList>()({ arg: listQuerySchema.optional(), needs: 'journal' }),
  listTags: method<string[]>()({ arg: none, needs: 'journal' }),
  /** Several entries in one transaction, all or none: `hearth add --ndjson` commits its groups of lines with it. */
  addEntries: method<Entry[]>()({ arg: z.array(newEntrySchema).min(1).max(1000), needs: 'writer' }),
};

import type { entries } from '../../../shared/contract/entries';
import type { FeatureHandlers } from './handler';

export const entryHandlers = {
  addEntry: ({ journal }, entry) => journal.addEntries([entry])[0]!,
  updateEntry: ({ journal }, arg) => journal.updateEntry(arg),
  deleteEntry: ({ journal }, arg) => journal.deleteEntry(arg),
  getEntry: ({ journal }, arg) => journal.getEntry(arg),
  listEntries: ({ journal }, query) => journal.index.list(query),
  listTags: ({ journal }) => journal.index.tags(),
  addEntries: ({ journal }, list) => journal.addEntries(list),
} satisfies FeatureHandlers<typeof entries>;

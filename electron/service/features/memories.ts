import type { memories } from '../../../shared/contract/memories';
import type { Memory } from '../../../shared/contract/memories';
import type { JournalReader } from '../journal-index';
import { daysBack } from '../on-this-day';
import type { FeatureHandlers } from './handler';

function memory(index: JournalReader, today: string, back: 'month' | 'year'): Memory {
  const range = daysBack(today, back);
  if (!range) return { entries: [] };
  return { ...range, entries: index.list(range).entries };
}

export const memoryHandlers = {
  onThisDay: ({ journal }, { today }) => ({ monthAgo: memory(journal.index, today, 'month'), yearAgo: memory(journal.index, today, 'year') }),
} satisfies FeatureHandlers<typeof memories>;

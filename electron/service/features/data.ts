// Portable data's work is in ../exchange.ts and ../../exports/.
import type { data } from '../../../shared/contract/data';
import type { FeatureHandlers } from './handler';

export const dataHandlers = {
  exportData: ({ journal, exchange }, arg, path) => exchange.exportData(journal, arg, path),
} satisfies FeatureHandlers<typeof data>;

// The report's work is in ../exchange.ts and ../../report/.
import type { reports } from '../../../shared/contract/reports';
import type { FeatureHandlers } from './handler';

export const reportHandlers = {
  reportPreview: ({ journal, exchange }, options) => exchange.reportPreview(journal, options),
  // The word list (about 90 ms to load) only when a passphrase is asked for, not at every start.
  suggestPassphrase: async (_ctx, arg) => (await import('../../report/share-passphrase')).generateSharePassphrase(arg?.format),
  exportReport: ({ journal, exchange }, arg, path) => exchange.exportReport(journal, arg, path),
} satisfies FeatureHandlers<typeof reports>;

// The report's work is in ../exchange.ts and ../../report/.
import type { reports } from '../../../shared/contract/reports';
import { generateSharePassphrase } from '../../report/share-passphrase';
import type { FeatureHandlers } from './handler';

export const reportHandlers = {
  reportPreview: ({ journal, exchange }, options) => exchange.reportPreview(journal, options),
  suggestPassphrase: (_ctx, arg) => generateSharePassphrase(arg?.format),
  exportReport: ({ journal, exchange }, arg, path) => exchange.exportReport(journal, arg, path),
} satisfies FeatureHandlers<typeof reports>;

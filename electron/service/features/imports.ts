// The imports' work is in ../exchange.ts, ../pending-imports.ts and ../../imports/.
import type { imports } from '../../../shared/contract/imports';
import type { FeatureHandlers } from './handler';

export const importHandlers = {
  openImport: ({ journal, exchange }, arg, path) => exchange.openImport(journal, arg, path),
  commitImport: ({ journal, exchange }, { importId, mode, moodMap }) => exchange.imports.commit(importId, mode, moodMap, journal),
  cancelImport: ({ exchange }, { importId }) => exchange.imports.cancel(importId),
} satisfies FeatureHandlers<typeof imports>;

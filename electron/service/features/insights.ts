import type { insights } from '../../../shared/contract/insights';
import type { FeatureHandlers } from './handler';

export const insightsHandlers = {
  insights: ({ journal }, query) => journal.insights(query),
} satisfies FeatureHandlers<typeof insights>;

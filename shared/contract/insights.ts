// Insights: mood and felt support over time, the people and kinds of support, stress days.
import type { Insights } from '../insights';
import { method } from './method';
import { insightsQuerySchema } from './values';

export const insights = {
  insights: method<Insights>()({ arg: insightsQuerySchema.optional(), needs: 'journal' }),
};

// Each instrument's scores over time, oldest first: what `hearth stats --json`, the charts and the
// report draw.
import type { CheckinResult } from './result';
import { newestFirst } from './result';

export interface CheckinSeries {
  mspss: Array<{ date: string; total: number; significantOther: number; family: number; friends: number }>;
  who5: Array<{ date: string; raw: number; score: number }>;
  ucla3: Array<{ date: string; total: number; lonely: number }>;
}

export function checkinSeries(results: readonly CheckinResult[]): CheckinSeries {
  const series: CheckinSeries = { mspss: [], who5: [], ucla3: [] };
  for (const r of [...results].sort(newestFirst).reverse()) {
    if (r.instrument === 'mspss') series.mspss.push({ date: r.date, ...r.scores });
    else if (r.instrument === 'who5') series.who5.push({ date: r.date, ...r.scores });
    else series.ucla3.push({ date: r.date, ...r.scores });
  }
  return series;
}

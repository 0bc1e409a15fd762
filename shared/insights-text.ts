// Plain-language sentences about the analytics, shared by the Insights screen, the CLI and reports,
// so every surface says the same thing the same way.
import { MIN_CORRELATION_DAYS, type Correlation } from './insights';

const r2 = (n: number) => n.toFixed(2).replace('-0.00', '0.00');

/** "0.42, 95% CI 0.31–0.52, 312 days" */
function figures(c: Correlation, unit: string): string {
  return `r = ${r2(c.pearson!)}, 95% CI ${r2(c.ciLow!)}–${r2(c.ciHigh!)}, ${c.n} ${unit}`;
}

/**
 * One honest sentence about support and mood moving together. `nextDay` describes support on one
 * day against mood on the next.
 */
export function correlationSentence(c: Correlation, nextDay = false): string {
  const unit = nextDay ? 'pairs of days' : 'days';
  if (c.reason === 'not-enough-data') {
    const needed = c.needed === 1 ? `1 more ${nextDay ? 'pair of consecutive days' : 'day'}` : `${c.needed} more ${nextDay ? 'pairs of consecutive days' : 'days'}`;
    return `Not enough data yet: ${needed} with both felt support and mood ${c.needed === 1 ? 'is' : 'are'} needed (at least ${MIN_CORRELATION_DAYS}).`;
  }
  if (c.reason !== null || c.pearson === null) {
    return 'Felt support or mood was the same on every day, so there is no pattern to show yet.';
  }
  const when = nextDay ? 'On days after you felt more supported' : 'On days you felt more supported';
  const r = c.pearson;
  if (Math.abs(r) < 0.1) {
    return `${nextDay ? 'Felt support and the next day’s mood' : 'Felt support and mood'} did not clearly move together (${figures(c, unit)}).`;
  }
  const direction = r > 0 ? 'higher' : 'lower';
  return `${when}, your mood tended to be ${direction} (${figures(c, unit)}). This shows a pattern, not a cause.`;
}

// How interactions with someone felt, as counts rather than a mean: −2 and +2 average to a
// "neutral" 0 that hides a mixed relationship. Shared by the analytics and the person page.
import type { FeltSpread } from './insights';

export function emptyFeltSpread(): FeltSpread {
  return { nourishing: 0, neutral: 0, draining: 0 };
}

/** Counts one interaction's felt value; a felt value not recorded counts in none. */
export function addFelt(spread: FeltSpread, felt: number | undefined): void {
  if (felt === undefined) return;
  if (felt > 0) spread.nourishing += 1;
  else if (felt < 0) spread.draining += 1;
  else spread.neutral += 1;
}

export function feltSpreadOf(felts: Iterable<number | undefined>): FeltSpread {
  const spread = emptyFeltSpread();
  for (const felt of felts) addFelt(spread, felt);
  return spread;
}

// What kind of help: the number of interactions that include each kind.
import type { Interaction } from '../../shared/domain';
import type { KindCounts } from '../../shared/insights';

export function emptyKindCounts(): KindCounts {
  // A literal, not Object.fromEntries(SUPPORT_KINDS…): that builds a slow dictionary-mode object.
  return { emotional: 0, practical: 0, informational: 0, financial: 0, companionship: 0, esteem: 0 };
}

export function addKinds(counts: KindCounts, interaction: Pick<Interaction, 'kinds'>): void {
  const kinds = interaction.kinds;
  // A kind listed twice still counts the interaction once (the schema forbids it, old data might not).
  for (let i = 0; i < kinds.length; i++) if (kinds.indexOf(kinds[i]!) === i) counts[kinds[i]!] += 1;
}

/**
 * Adds `more` into `counts` (takes it away when `sign` is -1), kind by kind written out: a loop over
 * SUPPORT_KINDS reads each count by a key in a variable, several times slower, and the Insights add
 * one per person and day.
 */
export function addKindCounts(counts: KindCounts, more: KindCounts, sign: 1 | -1 = 1): void {
  counts.emotional += sign * more.emotional;
  counts.practical += sign * more.practical;
  counts.informational += sign * more.informational;
  counts.financial += sign * more.financial;
  counts.companionship += sign * more.companionship;
  counts.esteem += sign * more.esteem;
}

/** The days' counts added up; any group that carries counts (a DayGroup) will do, so days.ts can build on this file. */
export function countKinds(days: readonly { readonly kinds: KindCounts }[]): KindCounts {
  const counts = emptyKindCounts();
  for (const d of days) addKindCounts(counts, d.kinds);
  return counts;
}

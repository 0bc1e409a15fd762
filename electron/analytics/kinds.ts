// What kind of help: the number of interactions that include each kind.
import { SUPPORT_KINDS, type Interaction } from '../../shared/domain';
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

/** The days' counts added up; any group that carries counts (a DayGroup) will do, so days.ts can build on this file. */
export function countKinds(days: readonly { readonly kinds: KindCounts }[]): KindCounts {
  const counts = emptyKindCounts();
  for (const d of days) for (const kind of SUPPORT_KINDS) counts[kind] += d.kinds[kind];
  return counts;
}

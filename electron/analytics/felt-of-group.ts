// A group of interactions (those where the person asked, those on one channel) and how they felt:
// the mean over the interactions with felt recorded, beside how many those were.
import type { Interaction } from '../../shared/domain';
import type { FeltOfGroup } from '../../shared/insights';

export interface FeltTally {
  interactions: number;
  felt: number;
  feltCount: number;
}

export function emptyFeltTally(): FeltTally {
  return { interactions: 0, felt: 0, feltCount: 0 };
}

export function addInteraction(t: FeltTally, i: Pick<Interaction, 'felt'>): void {
  t.interactions += 1;
  if (i.felt === undefined) return;
  t.felt += i.felt;
  t.feltCount += 1;
}

/** Adds another group's sums (a day's) into t. */
export function addTally(t: FeltTally, other: FeltTally): void {
  t.interactions += other.interactions;
  t.felt += other.felt;
  t.feltCount += other.feltCount;
}

export function feltOfGroup(t: FeltTally): FeltOfGroup {
  return { interactions: t.interactions, meanFelt: t.feltCount === 0 ? null : t.felt / t.feltCount, feltInteractions: t.feltCount };
}

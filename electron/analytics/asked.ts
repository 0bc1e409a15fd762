// Asking for help: how interactions felt when the person asked, and when help came unasked.
import type { AskedInsight } from '../../shared/insights';
import type { DayGroup } from './days';
import { addTally, emptyFeltTally, feltOfGroup } from './felt-of-group';

export function askedInsight(days: readonly DayGroup[]): AskedInsight {
  const asked = emptyFeltTally();
  const offered = emptyFeltTally();
  for (const d of days) {
    addTally(asked, d.asked);
    addTally(offered, d.offered);
  }
  return { asked: feltOfGroup(asked), offered: feltOfGroup(offered) };
}

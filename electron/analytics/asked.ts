// Asking for help: how interactions felt when the person asked, and when help came unasked.
import type { AskedInsight } from '../../shared/insights';
import type { DayGroup } from './days';
import { addInteraction, emptyFeltTally, feltOfGroup } from './felt-of-group';

export function askedInsight(days: readonly DayGroup[]): AskedInsight {
  const asked = emptyFeltTally();
  const offered = emptyFeltTally();
  for (const d of days) {
    for (const e of d.entries) {
      for (const i of e.interactions) {
        // Compared with both values: an answer that is missing (from an older record) counts in neither.
        if (i.askedForHelp === true) addInteraction(asked, i);
        else if (i.askedForHelp === false) addInteraction(offered, i);
      }
    }
  }
  return { asked: feltOfGroup(asked), offered: feltOfGroup(offered) };
}

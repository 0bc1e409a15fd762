// How support reached the person: interactions and how they felt, per channel (every channel, none left out).
import { CHANNELS, type Channel } from '../../shared/domain';
import type { ChannelsInsight } from '../../shared/insights';
import type { DayGroup } from './days';
import { addInteraction, emptyFeltTally, feltOfGroup, type FeltTally } from './felt-of-group';

export function channelsInsight(days: readonly DayGroup[]): ChannelsInsight {
  const tallies = new Map<Channel, FeltTally>(CHANNELS.map((c) => [c, emptyFeltTally()]));
  for (const d of days) for (const e of d.entries) for (const i of e.interactions) {
    // An interaction whose channel was not recorded belongs to none.
    if (i.channel !== undefined) addInteraction(tallies.get(i.channel)!, i);
  }
  const out = {} as ChannelsInsight;
  for (const c of CHANNELS) out[c] = feltOfGroup(tallies.get(c)!);
  return out;
}

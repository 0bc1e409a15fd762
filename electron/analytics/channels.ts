// How support reached the person: interactions and how they felt, per channel (every channel, none left out).
import { CHANNELS, type Channel } from '../../shared/domain';
import type { ChannelsInsight } from '../../shared/insights';
import type { DayGroup } from './days';
import { addTally, emptyFeltTally, feltOfGroup, type FeltTally } from './felt-of-group';

export function channelsInsight(days: readonly DayGroup[]): ChannelsInsight {
  const tallies = new Map<Channel, FeltTally>(CHANNELS.map((c) => [c, emptyFeltTally()]));
  for (const d of days) {
    for (const c of CHANNELS) {
      const day = d.channels[c];
      if (day) addTally(tallies.get(c)!, day);
    }
  }
  const out = {} as ChannelsInsight;
  for (const c of CHANNELS) out[c] = feltOfGroup(tallies.get(c)!);
  return out;
}

// Being helped against feeling supported: felt support (the day's 0–10) on days with help received
// and on days without, over the days where felt support was recorded.
import { HELPED_BUT_LOW_AT_MOST, SUPPORTED_WITHOUT_HELP_FROM, type MismatchKind, type PerceivedVsReceived } from '../../shared/insights';
import { compareGroups, summariseGroup } from './claims';
import type { DayGroup } from './days';
import { mean } from './stats';

/**
 * Whether help came that day: true with an interaction received or both ways, false when there is
 * none and every interaction is recorded as given; null when a direction not recorded leaves it open.
 */
export function helpOn(day: DayGroup): boolean | null {
  return day.help;
}

/** Which mismatch a day with felt support `support` is, if any. */
export function mismatchOf(help: boolean, support: number): MismatchKind | null {
  if (help && support <= HELPED_BUT_LOW_AT_MOST) return 'helped-but-low';
  if (!help && support >= SUPPORTED_WITHOUT_HELP_FROM) return 'supported-without-help';
  return null;
}

export function perceivedVsReceived(days: readonly DayGroup[]): PerceivedVsReceived {
  const withHelp: number[] = [];
  const withoutHelp: number[] = [];
  let open = 0;
  let helpedButLow = 0;
  let supportedWithoutHelp = 0;
  for (const d of days) {
    if (d.support === null) continue;
    const help = helpOn(d);
    if (help === null) {
      open += 1;
      continue;
    }
    (help ? withHelp : withoutHelp).push(d.support);
    const mismatch = mismatchOf(help, d.support);
    if (mismatch === 'helped-but-low') helpedButLow += 1;
    else if (mismatch === 'supported-without-help') supportedWithoutHelp += 1;
  }
  return {
    daysWithHelp: withHelp.length,
    feltWithHelp: mean(withHelp),
    daysWithoutHelp: withoutHelp.length,
    feltWithoutHelp: mean(withoutHelp),
    helpedButLow,
    supportedWithoutHelp,
    daysHelpNotRecorded: open,
    difference: compareGroups(summariseGroup(withHelp), summariseGroup(withoutHelp)),
  };
}

// The stress-buffering question: on hard days, is mood better when someone was there for you?
import type { Interaction } from '../../shared/domain';
import { STRESS_DAY_THRESHOLD, SUPPORTIVE_FELT, type StressInsight } from '../../shared/insights';
import type { DayGroup } from './days';
import { compareGroups, summariseGroup } from './claims';
import { mean } from './stats';

/** Whether an interaction was support received that felt good; null when a missing value leaves it open. */
export function wasSupport(i: Pick<Interaction, 'direction' | 'felt'>): boolean | null {
  const received = i.direction === undefined ? null : i.direction !== 'gave';
  const feltGood = i.felt === undefined ? null : i.felt >= SUPPORTIVE_FELT;
  if (received === false || feltGood === false) return false;
  return received === true && feltGood === true ? true : null;
}

/** A day was supported when one interaction is known to be support; unknown when none is and one is open. */
function wasSupported(day: DayGroup): boolean | null {
  let open = false;
  for (const e of day.entries) {
    for (const i of e.interactions) {
      const support = wasSupport(i);
      if (support === true) return true;
      if (support === null) open = true;
    }
  }
  return open ? null : false;
}

export function stressInsight(days: readonly DayGroup[]): StressInsight {
  const supported: number[] = [];
  const unsupported: number[] = [];
  const stress: number[] = [];
  let notRecorded = 0;
  for (const d of days) {
    if (d.stress === null) continue;
    stress.push(d.stress);
    // A stress day without a mood has nothing to add to the comparison of moods.
    if (d.stress < STRESS_DAY_THRESHOLD || d.mood === null) continue;
    const support = wasSupported(d);
    if (support === null) notRecorded += 1;
    else (support ? supported : unsupported).push(d.mood);
  }
  return {
    mean: mean(stress),
    days: stress.length,
    moodSupported: mean(supported),
    daysSupported: supported.length,
    moodUnsupported: mean(unsupported),
    daysUnsupported: unsupported.length,
    moodDifference: compareGroups(summariseGroup(supported), summariseGroup(unsupported)),
    daysSupportNotRecorded: notRecorded,
  };
}

// The stress-buffering question: on hard days, is mood better when someone was there for you?
import { STRESS_DAY_THRESHOLD, type StressInsight } from '../../shared/insights';
import type { DayGroup } from './days';
import { compareGroups, summariseGroup } from './claims';
import { mean } from './stats';

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
    // Supported when one interaction is known to be support; unknown when none is and one is open.
    const support = d.supported;
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

// Reach out: people who usually nourish the person and whom they have not seen for a while.
import type { ReachOutSuggestion } from '../../../shared/contract/care';
import type { CareSettings, Person } from '../../../shared/domain';
import { dayNumber } from '../dates';
import type { DayGroup } from '../days';
import { nourishers } from './nourishing';

/**
 * "Not seen for a while": the days since they were last seen are at least `gapFactor` times their
 * usual gap (the median of the gaps between the distinct days they were seen), and at least
 * `minDays`. Someone seen on one day only has no usual gap, and is never suggested.
 */
export const REACH_OUT_RULE = { gapFactor: 3, minDays: 14, max: 3 } as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Up to three suggestions, longest overdue (against their own threshold) first. A person dismissed
 * on a date is left out until they are seen after that date. Off (the default) gives none.
 */
export function reachOutSuggestions(days: readonly DayGroup[], people: readonly Person[], today: string, care: CareSettings = {}): ReachOutSuggestion[] {
  if (care.reachOut !== true) return [];
  const dismissed = care.reachOutDismissed ?? {};
  const now = dayNumber(today);
  const due: Array<ReachOutSuggestion & { overdue: number }> = [];
  for (const n of nourishers(days, people, today)) {
    if (n.days.length < 2) continue;
    const dayNumbers = n.days.map(dayNumber);
    const usualGapDays = median(dayNumbers.slice(1).map((d, i) => d - dayNumbers[i]!));
    const lastSeen = n.days.at(-1)!;
    const daysSince = now - dayNumber(lastSeen);
    const threshold = Math.max(REACH_OUT_RULE.gapFactor * usualGapDays, REACH_OUT_RULE.minDays);
    const dismissedOn = dismissed[n.personId];
    if (daysSince < threshold || (dismissedOn !== undefined && lastSeen <= dismissedOn)) continue;
    due.push({ personId: n.personId, name: n.name, lastSeen, daysSince, usualGapDays, overdue: daysSince / threshold });
  }
  return due
    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name))
    .slice(0, REACH_OUT_RULE.max)
    .map(({ overdue: _overdue, ...s }) => s);
}

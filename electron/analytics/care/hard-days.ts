// A gentle hand on hard days: when the journal shows a run of very hard days (or a check-in
// flagged a concern), the Journal offers the people who usually hold the person up and where to
// find help now. Pure: the journal's days (kept up to date on each write), people, today and the
// settings in, one card or none out.
import type { GentleCheckIn } from '../../../shared/contract/care';
import type { CareSettings, Person } from '../../../shared/domain';
import { dayNumber } from '../dates';
import type { DayGroup } from '../days';
import { nourishers } from './nourishing';

/**
 * - A hard day is a calendar date whose recorded moods average at most `maxMood`. A day without an
 *   entry, or whose entries have no mood recorded, is not a hard day: it breaks the run.
 * - The run is the `days` calendar dates in a row that end on the latest date (up to today) with a
 *   recorded mood, so a better day since ends it; it counts while that date is less than
 *   `recentDays` ago.
 * - A check-in flagged on a date counts while that date is less than `recentDays` ago.
 * - Dismissed, the card stays away `quietDays` days (it may come back on the 7th day after).
 */
export const HARD_DAYS_RULE = { maxMood: 2, days: 3, recentDays: 7, quietDays: 7, people: 3 } as const;

export interface HardDaysInput {
  /** The local date of a check-in result that the check-ins feature flagged, if any. */
  flaggedCheckinDate?: string;
}

/** True when the latest recorded days, `HARD_DAYS_RULE.days` dates in a row, were all hard, recently. */
export function inHardRun(days: readonly DayGroup[], today: string): boolean {
  const now = dayNumber(today);
  // The latest day up to today with a mood recorded: days are oldest first, one per date.
  let at = days.length - 1;
  while (at >= 0 && (days[at]!.day > now || days[at]!.mood === null)) at -= 1;
  if (at < 0) return false;
  const latest = days[at]!.day;
  if (now - latest >= HARD_DAYS_RULE.recentDays) return false;
  for (let k = 0; k < HARD_DAYS_RULE.days; k += 1) {
    const day = days[at - k];
    if (day?.day !== latest - k || day.mood === null || day.mood > HARD_DAYS_RULE.maxMood) return false;
  }
  return true;
}

/** The gentle check-in for today, or null: none due, or dismissed less than a week ago. */
export function gentleCheckIn(
  days: readonly DayGroup[],
  people: readonly Person[],
  today: string,
  care: CareSettings = {},
  input: HardDaysInput = {},
): GentleCheckIn | null {
  const now = dayNumber(today);
  if (care.gentleDismissedOn !== undefined && now - dayNumber(care.gentleDismissedOn) < HARD_DAYS_RULE.quietDays) return null;
  const flagged = input.flaggedCheckinDate;
  const checkIn = flagged !== undefined && now - dayNumber(flagged) >= 0 && now - dayNumber(flagged) < HARD_DAYS_RULE.recentDays;
  const reason = inHardRun(days, today) ? 'hard-days' : checkIn ? 'check-in' : null;
  if (reason === null) return null;
  const people3 = nourishers(days, people, today)
    .slice(0, HARD_DAYS_RULE.people)
    .map(({ personId, name }) => ({ personId, name }));
  return { reason, people: people3 };
}

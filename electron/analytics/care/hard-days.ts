// A gentle hand on hard days: when the journal shows a run of very hard days (or a check-in
// flagged a concern), the Journal offers the people who usually hold the person up and where to
// find help now. Pure: entries, people, today and the settings in, one card or none out.
import type { GentleCheckIn } from '../../../shared/contract/care';
import type { CareSettings, Entry, Person } from '../../../shared/domain';
import { dayNumber } from '../dates';
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

function dayMoods(entries: readonly Entry[], until: number): Map<number, number> {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const e of entries) {
    if (e.mood === undefined) continue;
    const day = dayNumber(e.occurredAt.slice(0, 10));
    if (day > until) continue;
    const s = sums.get(day) ?? { sum: 0, n: 0 };
    sums.set(day, { sum: s.sum + e.mood, n: s.n + 1 });
  }
  return new Map([...sums].map(([day, s]) => [day, s.sum / s.n]));
}

/** True when the latest recorded days, `HARD_DAYS_RULE.days` dates in a row, were all hard, recently. */
export function inHardRun(entries: readonly Entry[], today: string): boolean {
  const now = dayNumber(today);
  const moods = dayMoods(entries, now);
  if (moods.size === 0) return false;
  const latest = Math.max(...moods.keys());
  if (now - latest >= HARD_DAYS_RULE.recentDays) return false;
  for (let d = latest; d > latest - HARD_DAYS_RULE.days; d -= 1) {
    const mood = moods.get(d);
    if (mood === undefined || mood > HARD_DAYS_RULE.maxMood) return false;
  }
  return true;
}

/** The gentle check-in for today, or null: none due, or dismissed less than a week ago. */
export function gentleCheckIn(
  entries: readonly Entry[],
  people: readonly Person[],
  today: string,
  care: CareSettings = {},
  input: HardDaysInput = {},
): GentleCheckIn | null {
  const now = dayNumber(today);
  if (care.gentleDismissedOn !== undefined && now - dayNumber(care.gentleDismissedOn) < HARD_DAYS_RULE.quietDays) return null;
  const flagged = input.flaggedCheckinDate;
  const checkIn = flagged !== undefined && now - dayNumber(flagged) >= 0 && now - dayNumber(flagged) < HARD_DAYS_RULE.recentDays;
  const reason = inHardRun(entries, today) ? 'hard-days' : checkIn ? 'check-in' : null;
  if (reason === null) return null;
  const people3 = nourishers(entries, people, today)
    .slice(0, HARD_DAYS_RULE.people)
    .map(({ personId, name }) => ({ personId, name }));
  return { reason, people: people3 };
}

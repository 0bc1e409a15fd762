// Who usually nourishes the person, read from their interactions: the people the gentle check-in
// names and reach-out suggestions are drawn from. Pure: the journal's days and people in, people out.
import type { Person } from '../../../shared/domain';
import { dayNumber } from '../dates';
import type { DayGroup } from '../days';

/**
 * The thresholds, in one place:
 * - at least `minRated` interactions with the person whose felt was recorded ("at least 3
 *   interactions": an interaction with felt not recorded is no evidence either way);
 * - "mostly nourishing": more than half of those felt nourishing (felt +1 or +2);
 * - "low cost": at least one interaction with them has its cost recorded, and the mean of the
 *   recorded costs is at most `maxMeanCost` (1, "a little").
 * Unset felt and cost are left out, never read as 0.
 */
export const NOURISHING_RULE = { minRated: 3, maxMeanCost: 1 } as const;

/** A person who usually nourishes, with what the rule saw. */
export interface Nourisher {
  personId: string;
  name: string;
  /** Interactions with a recorded felt, and how many of them were nourishing. */
  rated: number;
  nourishing: number;
  meanCost: number;
  /** Distinct local dates (YYYY-MM-DD) with any interaction with them, oldest first. */
  days: string[];
}

interface Tally {
  personId: string;
  rated: number;
  nourishing: number;
  cost: number;
  costCount: number;
  /** The person's dates, oldest first: the days come in that order. */
  days: string[];
}

/**
 * Each person's sums over the days up to `until` (a day number), from each day's sums: felt +1 and
 * +2 are the days' nourishing count, and every value is a whole number, so the sums are exact.
 */
function tallies(days: readonly DayGroup[], until: number): Array<Tally | undefined> {
  const byNumber: Array<Tally | undefined> = [];
  for (const d of days) {
    if (d.day > until) break;
    for (let k = 0; k < d.personDays.length; k += 1) {
      const p = d.personDays[k]!;
      const n = d.personNumbers[k]!;
      let t = byNumber[n];
      if (!t) byNumber[n] = t = { personId: d.personIds[k]!, rated: 0, nourishing: 0, cost: 0, costCount: 0, days: [] };
      t.days.push(d.date);
      t.rated += p.feltCount;
      t.nourishing += p.feltSpread.nourishing;
      t.cost += p.cost;
      t.costCount += p.costCount;
    }
  }
  return byNumber;
}

/**
 * Everyone who usually nourishes the person, not archived, most nourishing interactions first
 * (then the most recently seen, then by name). Only days up to `today` are read; `days` are the
 * journal's days, oldest first.
 */
export function nourishers(days: readonly DayGroup[], people: readonly Person[], today: string): Nourisher[] {
  const byPerson = new Map<string, Tally>();
  for (const t of tallies(days, dayNumber(today))) if (t) byPerson.set(t.personId, t);
  const found: Nourisher[] = [];
  for (const person of people) {
    const t = byPerson.get(person.id);
    if (!t || person.archived) continue;
    if (t.rated < NOURISHING_RULE.minRated || t.nourishing * 2 <= t.rated || t.costCount === 0) continue;
    const meanCost = t.cost / t.costCount;
    if (meanCost > NOURISHING_RULE.maxMeanCost) continue;
    found.push({ personId: person.id, name: person.name, rated: t.rated, nourishing: t.nourishing, meanCost, days: t.days });
  }
  return found.sort((a, b) => b.nourishing - a.nourishing || b.days.at(-1)!.localeCompare(a.days.at(-1)!) || a.name.localeCompare(b.name));
}

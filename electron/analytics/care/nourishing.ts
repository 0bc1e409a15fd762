// Who usually nourishes the person, read from their interactions: the people the gentle check-in
// names and reach-out suggestions are drawn from. Pure: entries and people in, people out.
import type { Entry, Person } from '../../../shared/domain';
import { dayNumber } from '../dates';

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
  rated: number;
  nourishing: number;
  costs: number[];
  days: Set<string>;
}

function tallies(entries: readonly Entry[]): Map<string, Tally> {
  const byPerson = new Map<string, Tally>();
  for (const entry of entries) {
    const day = entry.occurredAt.slice(0, 10);
    for (const i of entry.interactions) {
      let t = byPerson.get(i.personId);
      if (!t) byPerson.set(i.personId, (t = { rated: 0, nourishing: 0, costs: [], days: new Set() }));
      t.days.add(day);
      if (i.felt !== undefined) {
        t.rated += 1;
        if (i.felt >= 1) t.nourishing += 1;
      }
      if (i.cost !== undefined) t.costs.push(i.cost);
    }
  }
  return byPerson;
}

/**
 * Everyone who usually nourishes the person, not archived, most nourishing interactions first
 * (then the most recently seen, then by name). Only entries up to `today` are read.
 */
export function nourishers(entries: readonly Entry[], people: readonly Person[], today: string): Nourisher[] {
  const until = dayNumber(today);
  const past = entries.filter((e) => dayNumber(e.occurredAt.slice(0, 10)) <= until);
  const byPerson = tallies(past);
  const found: Nourisher[] = [];
  for (const person of people) {
    const t = byPerson.get(person.id);
    if (!t || person.archived) continue;
    if (t.rated < NOURISHING_RULE.minRated || t.nourishing * 2 <= t.rated || t.costs.length === 0) continue;
    const meanCost = t.costs.reduce((a, b) => a + b, 0) / t.costs.length;
    if (meanCost > NOURISHING_RULE.maxMeanCost) continue;
    found.push({ personId: person.id, name: person.name, rated: t.rated, nourishing: t.nourishing, meanCost, days: [...t.days].sort() });
  }
  return found.sort((a, b) => b.nourishing - a.nourishing || b.days.at(-1)!.localeCompare(a.days.at(-1)!) || a.name.localeCompare(b.name));
}

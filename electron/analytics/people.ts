// Who holds you up: per person, how often, what kind, how it felt and cost, and mood with and without them.
import type { Interaction, Person } from '../../shared/domain';
import { emptyFeltSpread } from '../../shared/felt-spread';
import { MIXED_AT_LEAST, type PersonInsight } from '../../shared/insights';
import { compareGroups, type GroupSummary } from './claims';
import { isNewer, type PersonDay } from './day-summary';
import type { DayGroup } from './days';
import { addKindCounts, emptyKindCounts } from './kinds';

/**
 * A person missing from the list (e.g. unreadable) whose interaction carries no name either (the
 * journal's own records name nobody): named as the journal index names such a person.
 */
const UNREADABLE: Pick<Interaction, 'person'> = { person: 'Unreadable person' };

/** A person's sums over the range: their days' sums added up, with the latest contact so far. */
interface Tally extends PersonDay {
  personId: string;
  /** Days with this person that have a mood, and the sum of their moods. */
  daysWith: number;
  moodWith: number;
  /** Σ(mood − shift)² over those days, for the spread of the comparison (see peopleInsights). */
  moodSquaresWith: number;
}

/** The journal's newest-first order (instant, then createdAt, then id), with instants parsed once per day summary. */
function isLater(p: PersonDay, t: Tally): boolean {
  return isNewer(p.latest, p.latestInstant, t.latest, t.latestInstant);
}

function newTally(personId: string, p: PersonDay): Tally {
  return {
    personId,
    interactions: 0,
    kinds: emptyKindCounts(),
    felt: 0,
    feltCount: 0,
    feltSpread: emptyFeltSpread(),
    drainingOrCostly: 0,
    cost: 0,
    costCount: 0,
    received: 0,
    gave: 0,
    both: 0,
    latest: p.latest,
    latestInstant: p.latestInstant,
    latestInteraction: p.latestInteraction,
    daysWith: 0,
    moodWith: 0,
    moodSquaresWith: 0,
  };
}

/**
 * A group of days from its sums: n, Σmood and Σ(mood − shift)². Squares about a shift near the data
 * (the range's first mood) keep the subtraction below from cancelling away the spread.
 */
function group(n: number, total: number, shiftedSquares: number, shift: number): GroupSummary {
  const shifted = total - n * shift;
  return { n, mean: n === 0 ? 0 : total / n, squares: n === 0 ? 0 : Math.max(0, shiftedSquares - (shifted * shifted) / n) };
}

/** Adds one day's sums for the person. */
function addDay(t: Tally, p: PersonDay): void {
  t.interactions += p.interactions;
  addKindCounts(t.kinds, p.kinds);
  t.felt += p.felt;
  t.feltCount += p.feltCount;
  t.feltSpread.nourishing += p.feltSpread.nourishing;
  t.feltSpread.neutral += p.feltSpread.neutral;
  t.feltSpread.draining += p.feltSpread.draining;
  t.drainingOrCostly += p.drainingOrCostly;
  t.cost += p.cost;
  t.costCount += p.costCount;
  t.received += p.received;
  t.gave += p.gave;
  t.both += p.both;
}

/**
 * One pass over the days' people (day-summary.ts). moodWithout comes from the range's total minus the days with the
 * person, so the cost is linear in interactions however many people and days there are. Only days
 * that have a mood enter the mood figures, on either side.
 */
export function peopleInsights(days: readonly DayGroup[], people: readonly Person[]): PersonInsight[] {
  // By person number (day-summary.ts): an array, not a map by id, for one look-up per person and day.
  const tallies: Array<Tally | undefined> = [];
  let moodTotal = 0;
  let moodSquares = 0;
  let moodDays = 0;
  const shift = days.find((d) => d.mood !== null)?.mood ?? 0;
  for (const d of days) {
    if (d.mood !== null) {
      moodTotal += d.mood;
      moodSquares += (d.mood - shift) * (d.mood - shift);
      moodDays += 1;
    }
    const { personIds, personDays, personNumbers } = d;
    for (let k = 0; k < personDays.length; k++) {
      const p = personDays[k]!;
      const n = personNumbers[k]!;
      let t = tallies[n];
      if (!t) tallies[n] = t = newTally(personIds[k]!, p);
      else if (p.latest !== t.latest && isLater(p, t)) {
        t.latest = p.latest;
        t.latestInstant = p.latestInstant;
        t.latestInteraction = p.latestInteraction;
      }
      // Each person comes once a day here, so the day counts once however many interactions it holds.
      if (d.mood !== null) {
        t.daysWith += 1;
        t.moodWith += d.mood;
        t.moodSquaresWith += (d.mood - shift) * (d.mood - shift);
      }
      addDay(t, p);
    }
  }
  const byId = new Map(people.map((p) => [p.id, p]));
  return tallies
    .filter((t) => t !== undefined)
    .map((t): PersonInsight => {
      const person = byId.get(t.personId);
      const daysWithout = moodDays - t.daysWith;
      return {
        personId: t.personId,
        // A person missing from the list (e.g. unreadable) keeps the name the interaction carries.
        name: person?.name ?? t.latestInteraction.person ?? UNREADABLE.person,
        // Not recorded stays null: an unreadable person is given no relationship either.
        relationship: (person ? person.relationship : t.latestInteraction.relationship) ?? null,
        interactions: t.interactions,
        kinds: t.kinds,
        meanFelt: t.feltCount === 0 ? null : t.felt / t.feltCount,
        feltInteractions: t.feltCount,
        meanCost: t.costCount === 0 ? null : t.cost / t.costCount,
        costInteractions: t.costCount,
        received: t.received,
        gave: t.gave,
        both: t.both,
        lastContact: t.latest.occurredAt,
        moodWith: t.daysWith === 0 ? null : t.moodWith / t.daysWith,
        moodWithout: daysWithout === 0 ? null : (moodTotal - t.moodWith) / daysWithout,
        daysWith: t.daysWith,
        daysWithout,
        moodDifference: compareGroups(
          group(t.daysWith, t.moodWith, t.moodSquaresWith, shift),
          group(daysWithout, moodTotal - t.moodWith, moodSquares - t.moodSquaresWith, shift),
        ),
        feltSpread: t.feltSpread,
        mixed: t.feltSpread.nourishing >= MIXED_AT_LEAST && t.drainingOrCostly >= MIXED_AT_LEAST,
      };
    })
    .sort((a, b) => b.interactions - a.interactions || compareText(a.name, b.name) || compareText(a.personId, b.personId));
}

/** Code-point order: the same on every machine, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

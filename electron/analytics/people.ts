// Who holds you up: per person, how often, what kind, how it felt and cost, and mood with and without them.
import type { Interaction, Person } from '../../shared/domain';
import { MIXED_AT_LEAST, type PersonInsight } from '../../shared/insights';
import { compareGroups, type GroupSummary } from './claims';
import { isNewer, newPersonDay, type PersonDay } from './day-summary';
import type { DayGroup } from './days';
import { addKindCounts } from './kinds';
import { MoodSums } from './mood-sums';

/**
 * A person missing from the list (e.g. unreadable) whose interaction carries no name either (the
 * journal's own records name nobody): named as the journal index names such a person.
 */
const UNREADABLE: Pick<Interaction, 'person'> = { person: 'Unreadable person' };

/** A person's sums over a set of days: their days' sums added up, with the latest contact among them. */
interface Tally extends PersonDay {
  personId: string;
  /** The person's number (day-summary.ts personNumber). */
  number: number;
  /** How many of the days hold this person. */
  dayCount: number;
  /** The moods of those of their days that have one (mood-sums.ts). */
  moods: MoodSums;
  /** The days themselves, kept only by totals that change; null otherwise. */
  days: Set<DayGroup> | null;
  /** Whether the day that held the latest contact went: it is found again among `days` when read. */
  stale: boolean;
}

/** The journal's newest-first order (instant, then createdAt, then id), with instants parsed once per day summary. */
function isLater(p: PersonDay, t: Tally): boolean {
  return isNewer(p.latest, p.latestInstant, t.latest, t.latestInstant);
}

function takeLatest(t: Tally, p: PersonDay): void {
  t.latest = p.latest;
  t.latestInstant = p.latestInstant;
  t.latestInteraction = p.latestInteraction;
}

/**
 * A group of days from its sums: n, Σmood and Σ(mood − shift)². Squares about a shift near the data
 * (the range's first mood) keep the subtraction below from cancelling away the spread.
 */
function group(n: number, total: number, shiftedSquares: number, shift: number): GroupSummary {
  const shifted = total - n * shift;
  return { n, mean: n === 0 ? 0 : total / n, squares: n === 0 ? 0 : Math.max(0, shiftedSquares - (shifted * shifted) / n) };
}

/** Adds one day's sums for the person, or takes them away when `sign` is -1. */
function addDay(t: Tally, p: PersonDay, sign: 1 | -1): void {
  t.interactions += sign * p.interactions;
  addKindCounts(t.kinds, p.kinds, sign);
  t.felt += sign * p.felt;
  t.feltCount += sign * p.feltCount;
  t.feltSpread.nourishing += sign * p.feltSpread.nourishing;
  t.feltSpread.neutral += sign * p.feltSpread.neutral;
  t.feltSpread.draining += sign * p.feltSpread.draining;
  t.drainingOrCostly += sign * p.drainingOrCostly;
  t.cost += sign * p.cost;
  t.costCount += sign * p.costCount;
  t.received += sign * p.received;
  t.gave += sign * p.gave;
  t.both += sign * p.both;
}

/**
 * Each person's sums over a set of days: built from the days of a range, or kept up to date over the
 * whole journal as its days are summed again after each write (day-aggregates.ts), so that Insights
 * over everything add up people, not every day's people. Every sum is of whole numbers (the moods
 * too, see mood-sums.ts) and the latest contact is a maximum in a total order, so totals kept up
 * to date equal totals built afresh exactly.
 */
export class PeopleTotals {
  /** By person number (day-summary.ts): an array, not a map by id, for one look-up per person and day. */
  private readonly tallies: Array<Tally | undefined> = [];

  /** `keepDays`: remember each person's days, to find the latest contact again when its day goes. */
  constructor(private readonly keepDays: boolean) {}

  static of(days: readonly DayGroup[]): PeopleTotals {
    const totals = new PeopleTotals(false);
    for (const d of days) totals.add(d);
    return totals;
  }

  add(d: DayGroup): void {
    this.apply(d, 1);
  }

  /** Takes away a day added before (the very summary); only totals that keep days may. */
  remove(d: DayGroup): void {
    this.apply(d, -1);
  }

  private apply(d: DayGroup, sign: 1 | -1): void {
    const { personIds, personDays, personNumbers } = d;
    for (let k = 0; k < personDays.length; k++) {
      const p = personDays[k]!;
      const n = personNumbers[k]!;
      let t = this.tallies[n];
      if (!t) this.tallies[n] = t = this.newTally(personIds[k]!, n, p);
      else if (sign < 0) t.stale ||= p.latest === t.latest;
      else if (p.latest !== t.latest && isLater(p, t)) takeLatest(t, p);
      // Each person comes once a day here, so the day counts once however many interactions it holds.
      t.dayCount += sign;
      if (d.mood !== null) t.moods.add(d.moodSum, d.moodCount, sign);
      addDay(t, p, sign);
      if (sign > 0) t.days?.add(d);
      else t.days?.delete(d);
      if (t.dayCount === 0) this.tallies[n] = undefined;
    }
  }

  private newTally(personId: string, number: number, p: PersonDay): Tally {
    const empty = newPersonDay(p.latest, p.latestInstant, p.latestInteraction);
    return { ...empty, personId, number, dayCount: 0, moods: new MoodSums(), days: this.keepDays ? new Set() : null, stale: false };
  }

  /** Finds the latest contact again among the person's days. */
  private freshen(t: Tally): void {
    let first = true;
    for (const d of t.days!) {
      const p = d.personDays[d.personNumbers.indexOf(t.number)]!;
      if (first || (p.latest !== t.latest && isLater(p, t))) takeLatest(t, p);
      first = false;
    }
    t.stale = false;
  }

  /** Each person's interactions and the occurredAt of their latest contact, by person id: the People list's figures. */
  contacts(): Map<string, { interactions: number; lastContact: string }> {
    const byId = new Map<string, { interactions: number; lastContact: string }>();
    for (const t of this.tallies) {
      if (!t) continue;
      if (t.stale) this.freshen(t);
      byId.set(t.personId, { interactions: t.interactions, lastContact: t.latest.occurredAt });
    }
    return byId;
  }

  /**
   * What Insights say of each person over `days`, the very days these totals hold. moodWithout
   * comes from the days' total minus the days with the person, so the cost is the people's, however
   * many days there are. Only days that have a mood enter the mood figures, on either side.
   */
  insights(days: readonly DayGroup[], people: readonly Person[]): PersonInsight[] {
    const moods = new MoodSums();
    for (const d of days) if (d.mood !== null) moods.add(d.moodSum, d.moodCount);
    const shift = days.find((d) => d.mood !== null)?.mood ?? 0;
    const moodTotal = moods.total();
    const moodSquares = moods.shiftedSquares(shift);
    const moodDays = moods.count;
    const byId = new Map(people.map((p) => [p.id, p]));
    return this.tallies
      .filter((t) => t !== undefined)
      .map((t): PersonInsight => {
        if (t.stale) this.freshen(t);
        const person = byId.get(t.personId);
        const daysWith = t.moods.count;
        const moodWith = t.moods.total();
        const daysWithout = moodDays - daysWith;
        return {
          personId: t.personId,
          // A person missing from the list (e.g. unreadable) keeps the name the interaction carries.
          name: person?.name ?? t.latestInteraction.person ?? UNREADABLE.person,
          // Not recorded stays null: an unreadable person is given no relationship either.
          relationship: (person ? person.relationship : t.latestInteraction.relationship) ?? null,
          interactions: t.interactions,
          kinds: { ...t.kinds },
          meanFelt: t.feltCount === 0 ? null : t.felt / t.feltCount,
          feltInteractions: t.feltCount,
          meanCost: t.costCount === 0 ? null : t.cost / t.costCount,
          costInteractions: t.costCount,
          received: t.received,
          gave: t.gave,
          both: t.both,
          lastContact: t.latest.occurredAt,
          moodWith: daysWith === 0 ? null : moodWith / daysWith,
          moodWithout: daysWithout === 0 ? null : (moodTotal - moodWith) / daysWithout,
          daysWith,
          daysWithout,
          moodDifference: compareGroups(
            group(daysWith, moodWith, t.moods.shiftedSquares(shift), shift),
            group(daysWithout, moodTotal - moodWith, moodSquares - t.moods.shiftedSquares(shift), shift),
          ),
          feltSpread: { ...t.feltSpread },
          mixed: t.feltSpread.nourishing >= MIXED_AT_LEAST && t.drainingOrCostly >= MIXED_AT_LEAST,
        };
      })
      .sort((a, b) => b.interactions - a.interactions || compareText(a.name, b.name) || compareText(a.personId, b.personId));
  }
}

/** Each person's figures over `days`, from `totals` when they hold exactly those days, else summed here. */
export function peopleInsights(days: readonly DayGroup[], people: readonly Person[], totals?: PeopleTotals): PersonInsight[] {
  return (totals ?? PeopleTotals.of(days)).insights(days, people);
}

/** Code-point order: the same on every machine, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

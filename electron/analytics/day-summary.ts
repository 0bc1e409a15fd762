// One day's sums and counts: everything the analytics need from the day's interactions, tallied
// once when the day changes, so that answering a range adds days, never walks entries.
import type { Channel, Entry, Interaction } from '../../shared/domain';
import { addFelt, emptyFeltSpread } from '../../shared/felt-spread';
import { COSTLY_FROM, SUPPORTIVE_FELT, type FeltSpread, type KindCounts, type Reciprocity } from '../../shared/insights';
import { dayNumber } from './dates';
import { addInteraction, emptyFeltTally, type FeltTally } from './felt-of-group';
import { addKinds, emptyKindCounts } from './kinds';

/** An interaction as the analytics read it: the journal's own records carry no names (see PersonDay.latestInteraction). */
export type DayInteraction = Omit<Interaction, 'person' | 'relationship'> & Partial<Pick<Interaction, 'person' | 'relationship'>>;

/** What the analytics read of an entry; `instant` is Date.parse(occurredAt) when the caller already has it. */
export type DayEntry = Pick<Entry, 'id' | 'occurredAt' | 'createdAt' | 'mood' | 'support' | 'stress'> & {
  readonly interactions: readonly DayInteraction[];
  readonly instant?: number;
};

/** One person on one day: the sums of their interactions that day. */
export interface PersonDay {
  interactions: number;
  kinds: KindCounts;
  felt: number;
  feltCount: number;
  feltSpread: FeltSpread;
  /** Interactions that felt draining (felt < 0) or cost COSTLY_FROM or more, each counted once. */
  drainingOrCostly: number;
  cost: number;
  costCount: number;
  received: number;
  gave: number;
  both: number;
  /** The day's latest entry with this person (newest-first order), its instant, and its first interaction with them. */
  latest: DayEntry;
  latestInstant: number;
  latestInteraction: DayInteraction;
}

export interface DaySummary {
  date: string;
  /** Days since 1970-01-01. */
  day: number;
  entries: DayEntry[];
  /** Means over the day's entries that have the value; null when none has (not recorded is not 0). */
  mood: number | null;
  /** The whole numbers the mood is the mean of: their sum and how many (0 when mood is null). */
  moodSum: number;
  moodCount: number;
  support: number | null;
  /** Mean over the day's entries that have stress; null when none has. */
  stress: number | null;
  interactions: number;
  /** Interactions that include each kind. */
  kinds: KindCounts;
  /** Distinct ids of the people in the day's interactions, in the order first seen that day. */
  personIds: string[];
  /** Each of those people's sums, in the same order: arrays, because the Insights walk every day's people. */
  personDays: PersonDay[];
  /** Each of those people's number (see personNumber), in the same order. */
  personNumbers: number[];
  /** Whether help came (see perceived.ts helpOn); null when a direction not recorded leaves it open. */
  help: boolean | null;
  /** Whether the day had support that felt good (see stress.ts); null when a missing value leaves it open. */
  supported: boolean | null;
  asked: FeltTally;
  offered: FeltTally;
  /** Only the channels used that day. */
  channels: Partial<Record<Channel, FeltTally>>;
  /** Interactions by recorded direction. */
  directions: Reciprocity;
}

/**
 * A small number for each person id, the same for the life of the process: the Insights count and
 * sum people in arrays indexed by it, with no lookup by id for each person and day. It holds only
 * the ids (random, a few hundred), nothing written in an entry.
 */
const personNumbers = new Map<string, number>();

export function personNumber(id: string): number {
  let n = personNumbers.get(id);
  if (n === undefined) personNumbers.set(id, (n = personNumbers.size));
  return n;
}

/** One more than the highest person number given so far. */
export function personNumberCount(): number {
  return personNumbers.size;
}

/** Whether an interaction was support received that felt good; null when a missing value leaves it open. */
export function wasSupport(i: Pick<Interaction, 'direction' | 'felt'>): boolean | null {
  const received = i.direction === undefined ? null : i.direction !== 'gave';
  const feltGood = i.felt === undefined ? null : i.felt >= SUPPORTIVE_FELT;
  if (received === false || feltGood === false) return false;
  return received === true && feltGood === true ? true : null;
}

export function isHelpReceived(i: Pick<Interaction, 'direction'>): boolean {
  return i.direction === 'received' || i.direction === 'both';
}

/** The journal's newest-first order: instant, then createdAt, then id. True when a (at instant ta) comes first. */
export function isNewer(a: DayEntry, ta: number, b: DayEntry, tb: number): boolean {
  if (ta !== tb) return ta > tb;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  return a.id < b.id;
}

/** A person's sums before anything is added, with `entry` (at `instant`) as the latest so far. */
export function newPersonDay(entry: DayEntry, instant: number, interaction: DayInteraction): PersonDay {
  return {
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
    latest: entry,
    latestInstant: instant,
    latestInteraction: interaction,
  };
}

function addToPerson(p: PersonDay, entry: DayEntry, instant: number, i: DayInteraction): void {
  if (entry !== p.latest && isNewer(entry, instant, p.latest, p.latestInstant)) {
    p.latest = entry;
    p.latestInstant = instant;
    p.latestInteraction = i;
  }
  p.interactions += 1;
  addKinds(p.kinds, i);
  if (i.felt !== undefined) {
    p.felt += i.felt;
    p.feltCount += 1;
    addFelt(p.feltSpread, i.felt);
  }
  if ((i.felt !== undefined && i.felt < 0) || (i.cost !== undefined && i.cost >= COSTLY_FROM)) p.drainingOrCostly += 1;
  if (i.cost !== undefined) {
    p.cost += i.cost;
    p.costCount += 1;
  }
  // Named stores rather than p[i.direction]: a keyed store on this object is several times slower.
  if (i.direction === 'received') p.received += 1;
  else if (i.direction === 'gave') p.gave += 1;
  else if (i.direction === 'both') p.both += 1;
}

/**
 * A day's sums as its entries come, one at a time: at unlock each entry is added as it is loaded,
 * while the worker thread still opens records, so that only the summaries are left for the end.
 * Every value summed is a whole number (the schemas say so), so the sums do not depend on the order
 * of the entries, and a day summarised again after an edit is exactly the same as one summarised
 * from scratch.
 */
export class DayTally {
  private mood = 0;
  private moodCount = 0;
  private support = 0;
  private supportCount = 0;
  private stress = 0;
  private stressCount = 0;
  private interactions = 0;
  private helpReceived = false;
  private helpOpen = false;
  private supported = false;
  private supportOpen = false;
  private readonly kinds = emptyKindCounts();
  private readonly people = new Map<string, PersonDay>();
  private readonly asked = emptyFeltTally();
  private readonly offered = emptyFeltTally();
  private readonly channels: Partial<Record<Channel, FeltTally>> = {};
  private readonly directions: Reciprocity = { received: 0, gave: 0, both: 0 };

  add(e: DayEntry): void {
    if (e.mood !== undefined) {
      this.mood += e.mood;
      this.moodCount += 1;
    }
    if (e.support !== undefined) {
      this.support += e.support;
      this.supportCount += 1;
    }
    if (e.stress !== undefined) {
      this.stress += e.stress;
      this.stressCount += 1;
    }
    // Parsed at most once per entry, and only for an entry with someone in it (the index has it parsed already).
    const instant = e.interactions.length === 0 ? 0 : (e.instant ?? Date.parse(e.occurredAt));
    for (const i of e.interactions) {
      this.interactions += 1;
      addKinds(this.kinds, i);
      let p = this.people.get(i.personId);
      if (!p) this.people.set(i.personId, (p = newPersonDay(e, instant, i)));
      addToPerson(p, e, instant, i);
      if (isHelpReceived(i)) this.helpReceived = true;
      else if (i.direction === undefined) this.helpOpen = true;
      const s = wasSupport(i);
      if (s === true) this.supported = true;
      else if (s === null) this.supportOpen = true;
      // Compared with both values: an answer that is missing (from an older record) counts in neither.
      if (i.askedForHelp === true) addInteraction(this.asked, i);
      else if (i.askedForHelp === false) addInteraction(this.offered, i);
      // An interaction whose channel was not recorded belongs to no channel.
      if (i.channel !== undefined) addInteraction((this.channels[i.channel] ??= emptyFeltTally()), i);
      if (i.direction === 'received') this.directions.received += 1;
      else if (i.direction === 'gave') this.directions.gave += 1;
      else if (i.direction === 'both') this.directions.both += 1;
    }
  }

  /**
   * The sums of `entries`, which must be exactly the entries added, in the order added. The summary
   * holds the tally's own objects: nothing may be added after.
   */
  summary(entries: DayEntry[]): DaySummary {
    const date = entries[0]!.occurredAt.slice(0, 10);
    const { mood, moodCount, support, supportCount, stress, stressCount, people } = this;
    return {
      date,
      day: dayNumber(date),
      entries,
      mood: moodCount === 0 ? null : mood / moodCount,
      moodSum: mood,
      moodCount,
      support: supportCount === 0 ? null : support / supportCount,
      stress: stressCount === 0 ? null : stress / stressCount,
      interactions: this.interactions,
      kinds: this.kinds,
      personIds: [...people.keys()],
      personDays: [...people.values()],
      personNumbers: [...people.keys()].map(personNumber),
      help: this.helpReceived ? true : this.helpOpen ? null : false,
      supported: this.supported ? true : this.supportOpen ? null : false,
      asked: this.asked,
      offered: this.offered,
      channels: this.channels,
      directions: this.directions,
    };
  }
}

/** The day's sums (see DayTally). */
export function summariseDay(entries: DayEntry[]): DaySummary {
  const tally = new DayTally();
  for (const e of entries) tally.add(e);
  return tally.summary(entries);
}

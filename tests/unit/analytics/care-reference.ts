// The care cards and the People list as computed from every entry before they read the day
// aggregates: the reference the incremental versions must equal exactly (care-days.test.ts,
// people-list.test.ts). Kept as it was, only gathered in one file.
import type { GentleCheckIn, ReachOutSuggestion } from '../../../shared/contract/care';
import type { CareSettings, Entry, Person, PersonSummary } from '../../../shared/domain';
import { dayNumber } from '../../../electron/analytics/dates';
import { HARD_DAYS_RULE, type HardDaysInput } from '../../../electron/analytics/care/hard-days';
import { NOURISHING_RULE, type Nourisher } from '../../../electron/analytics/care/nourishing';
import { REACH_OUT_RULE } from '../../../electron/analytics/care/reach-out';

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
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Up to three suggestions, longest overdue (against their own threshold) first. A person dismissed
 * on a date is left out until they are seen after that date. Off (the default) gives none.
 */
export function reachOutSuggestions(entries: readonly Entry[], people: readonly Person[], today: string, care: CareSettings = {}): ReachOutSuggestion[] {
  if (care.reachOut !== true) return [];
  const dismissed = care.reachOutDismissed ?? {};
  const now = dayNumber(today);
  const due: Array<ReachOutSuggestion & { overdue: number }> = [];
  for (const n of nourishers(entries, people, today)) {
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

/** The People list: every person's interactions and the occurredAt of the newest entry with them, by name. */
export function peopleSummaries(newestFirst: readonly Pick<Entry, 'occurredAt' | 'interactions'>[], people: readonly Person[], includeArchived: boolean): PersonSummary[] {
  const stats = new Map<string, { count: number; last: string }>();
  for (const e of newestFirst) {
    for (const i of e.interactions) {
      const s = stats.get(i.personId) ?? { count: 0, last: e.occurredAt };
      s.count += 1;
      stats.set(i.personId, s);
    }
  }
  return people
    .filter((p) => includeArchived || !p.archived)
    .map((p) => {
      const s = stats.get(p.id);
      return { ...p, interactionCount: s?.count ?? 0, lastContact: s?.last ?? null };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

// Hearth's Insights: everything the charts, the CLI and the report say about the journal, in one
// pure, deterministic pass over the entries (no clock: `today` is an argument).
import type { Entry, Person } from '../../shared/domain';
import type { Insights, InsightsOptions, ScaleSummary } from '../../shared/insights';
import { askedInsight } from './asked';
import { calendar } from './calendar';
import { channelsInsight } from './channels';
import { circle } from './circle';
import { nextDayCorrelation, sameDayCorrelation } from './correlation';
import { parseDate } from './dates';
import { groupByDayMemo, type DayGroup } from './days';
import { helpOverTime } from './help-over-time';
import { countKinds } from './kinds';
import { peopleInsights, type PeopleTotals } from './people';
import { perceivedVsReceived } from './perceived';
import { selectDays } from './range';
import { reciprocity } from './reciprocity';
import { series } from './series';
import { mean, present } from './stats';
import { stressInsight } from './stress';

/** The mean over the days that have a value, and how many they are. */
function summarise(daily: readonly (number | null)[]): ScaleSummary {
  const values = present(daily);
  return { mean: mean(values), days: values.length };
}

export function computeInsights(entries: readonly Entry[], people: readonly Person[], options: InsightsOptions): Insights {
  return insightsOfDays(groupByDayMemo(entries), people, options);
}

/**
 * The same from the journal's days, oldest first, however they were summed: grouped from entries
 * above, or kept up to date on each write (day-aggregates.ts), so a range costs its days, not its
 * entries. `totals`, each person's sums over all of `allDays` kept up to date the same way, answer
 * for the people when the range holds every day.
 */
export function insightsOfDays(allDays: readonly DayGroup[], people: readonly Person[], options: InsightsOptions, totals?: PeopleTotals): Insights {
  const today = parseDate(options.today);
  const weekStartsOn = options.weekStartsOn ?? 1;
  const { days, range, fromDay, toDay } = selectDays(allDays, options);
  let entryCount = 0;
  let interactions = 0;
  for (const d of days) {
    entryCount += d.entries.length;
    interactions += d.interactions;
  }
  return {
    range,
    weekStartsOn,
    days: days.length,
    entries: entryCount,
    interactions,
    mood: summarise(days.map((d) => d.mood)),
    support: summarise(days.map((d) => d.support)),
    correlation: sameDayCorrelation(days),
    nextDay: nextDayCorrelation(days),
    kinds: countKinds(days),
    people: peopleInsights(days, people, days.length === allDays.length ? totals : undefined),
    stress: stressInsight(days),
    series: series(days, fromDay, toDay, weekStartsOn),
    circle: circle(days, fromDay, toDay, weekStartsOn, allDays, today),
    calendar: calendar(days, fromDay, toDay),
    perceivedVsReceived: perceivedVsReceived(days),
    helpOverTime: helpOverTime(days, fromDay, toDay, weekStartsOn),
    asked: askedInsight(days),
    channels: channelsInsight(days),
    reciprocity: reciprocity(days),
  };
}

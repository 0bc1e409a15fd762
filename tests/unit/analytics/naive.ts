// A second, deliberately plain implementation of the Insights, written from the definitions and
// sharing no code with electron/analytics: dates through Date in UTC, every calendar day visited
// one by one, every statistic by its textbook formula. Slow on purpose, and only for small journals.
// A value that was not recorded is left out of every mean, never counted as 0. One exception: the t
// quantile comes from electron/analytics/student-t, which student-t.test.ts checks against tables.
import { CHANNELS, SUPPORT_KINDS, type Entry, type Interaction, type Person } from '../../../shared/domain';
import type { CalendarDay, ChannelsInsight, Correlation, FeltOfGroup, FeltSpread, HelpWeek, Insights, KindCounts, MeanDifference, MismatchedDay, PersonInsight, SeriesBucket } from '../../../shared/insights';
import { studentTQuantile } from '../../../electron/analytics/student-t';

const DAY_MS = 86_400_000;

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function weekStart(date: string, weekStartsOn: number): string {
  let d = date;
  while (weekdayOf(d) !== weekStartsOn) d = addDays(d, -1);
  return d;
}

function monthEnd(date: string): string {
  let d = date;
  while (addDays(d, 1).slice(0, 7) === date.slice(0, 7)) d = addDays(d, 1);
  return d;
}

function average(values: number[]): number | null {
  if (values.length === 0) return null;
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

/** The values that were recorded. */
function recorded(values: (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => v !== null && v !== undefined);
}

function dayOf(e: Entry): string {
  return e.occurredAt.slice(0, 10);
}

function noKinds(): KindCounts {
  const counts = {} as KindCounts;
  for (const k of SUPPORT_KINDS) counts[k] = 0;
  return counts;
}

function countKindsOf(entries: Entry[]): KindCounts {
  const counts = noKinds();
  for (const k of SUPPORT_KINDS) for (const e of entries) for (const i of e.interactions) if (i.kinds.includes(k)) counts[k] += 1;
  return counts;
}

function allSame(values: number[]): boolean {
  return new Set(values).size <= 1;
}

/** r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), clamped into [-1, 1] against rounding. */
function textbookPearson(x: number[], y: number[]): number {
  const n = x.length;
  let sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i]!;
    sy += y[i]!;
    sxy += x[i]! * y[i]!;
    sxx += x[i]! * x[i]!;
    syy += y[i]! * y[i]!;
  }
  const r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
  return Math.min(1, Math.max(-1, r));
}

/** Average rank of each value: (number of smaller values) + (number of equal values + 1) / 2. */
function textbookRanks(values: number[]): number[] {
  return values.map((v) => {
    let smaller = 0;
    let equal = 0;
    for (const w of values) {
      if (w < v) smaller++;
      if (w === v) equal++;
    }
    return smaller + (equal + 1) / 2;
  });
}

function correlationOf(x: number[], y: number[]): Correlation {
  const n = x.length;
  const base = { n, pearson: null, spearman: null, ciLow: null, ciHigh: null };
  if (n < 10) return { ...base, verdict: 'not-enough-days', enough: false, needed: 10 - n, reason: 'not-enough-data' };
  if (allSame(x) && allSame(y)) return { ...base, verdict: 'no-clear-pattern', enough: true, needed: 0, reason: 'both-constant' };
  if (allSame(x)) return { ...base, verdict: 'no-clear-pattern', enough: true, needed: 0, reason: 'support-constant' };
  if (allSame(y)) return { ...base, verdict: 'no-clear-pattern', enough: true, needed: 0, reason: 'mood-constant' };
  const r = textbookPearson(x, y);
  const z = 0.5 * Math.log((1 + r) / (1 - r));
  const se = 1 / Math.sqrt(n - 3);
  const low = Math.tanh(z - 1.959964 * se);
  const high = Math.tanh(z + 1.959964 * se);
  return {
    verdict: low > 0 || high < 0 ? 'tendency' : 'no-clear-pattern',
    n,
    enough: true,
    needed: 0,
    reason: null,
    pearson: r,
    spearman: textbookPearson(textbookRanks(x), textbookRanks(y)),
    ciLow: low,
    ciHigh: high,
  };
}

/** Welch's interval for mean(a) − mean(b), from the textbook sample variances; at least 5 days in each group. */
function welch(a: number[], b: number[]): MeanDifference {
  if (a.length < 5 || b.length < 5) return { verdict: 'not-enough-days', difference: null, ciLow: null, ciHigh: null };
  const variance = (xs: number[]) => {
    const m = average(xs)!;
    return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  };
  const qa = variance(a) / a.length;
  const qb = variance(b) / b.length;
  const d = average(a)! - average(b)!;
  const half = qa + qb === 0 ? 0 : studentTQuantile(0.975, (qa + qb) ** 2 / (qa ** 2 / (a.length - 1) + qb ** 2 / (b.length - 1))) * Math.sqrt(qa + qb);
  return { verdict: d - half > 0 || d + half < 0 ? 'tendency' : 'no-clear-pattern', difference: d, ciLow: d - half, ciHigh: d + half };
}

function feltSpreadOf(felts: (number | undefined)[]): FeltSpread {
  const known = felts.filter((f): f is number => f !== undefined);
  return { nourishing: known.filter((f) => f > 0).length, neutral: known.filter((f) => f === 0).length, draining: known.filter((f) => f < 0).length };
}

function feltOf(list: Interaction[]): FeltOfGroup {
  const felts = recorded(list.map((i) => i.felt));
  return { interactions: list.length, meanFelt: average(felts), feltInteractions: felts.length };
}

/** Help came when an interaction went received or both ways; none when every one is recorded as given (or there are none); else unknown. */
function helpOf(entries: Entry[]): 'yes' | 'no' | 'unknown' {
  const all = entries.flatMap((e) => e.interactions);
  if (all.some((i) => i.direction === 'received' || i.direction === 'both')) return 'yes';
  return all.every((i) => i.direction === 'gave') ? 'no' : 'unknown';
}

interface NaiveDay {
  date: string;
  entries: Entry[];
  mood: number | null;
  support: number | null;
  stress: number | null;
}

export function naiveInsights(entries: Entry[], people: Person[], options: { from?: string; to?: string; today: string; weekStartsOn?: 0 | 1 }): Insights {
  const weekStartsOn = options.weekStartsOn ?? 1;
  const to = options.to ?? options.today;
  let selected = entries.filter((e) => dayOf(e) <= to && (options.from === undefined || dayOf(e) >= options.from));
  let from = options.from;
  if (from === undefined) for (const e of selected) if (from === undefined || dayOf(e) < from) from = dayOf(e);
  const hasRange = from !== undefined && from <= to;
  if (!hasRange) selected = [];

  const calendarDates: string[] = [];
  if (hasRange) for (let d = from!; d <= to; d = addDays(d, 1)) calendarDates.push(d);

  const days: NaiveDay[] = [];
  for (const date of calendarDates) {
    const onDay = selected.filter((e) => dayOf(e) === date);
    if (onDay.length === 0) continue;
    days.push({
      date,
      entries: onDay,
      mood: average(recorded(onDay.map((e) => e.mood))),
      support: average(recorded(onDay.map((e) => e.support))),
      stress: average(recorded(onDay.map((e) => e.stress))),
    });
  }
  const dayByDate = new Map(days.map((d) => [d.date, d]));
  const both = days.filter((d) => d.mood !== null && d.support !== null);

  const nextSupport: number[] = [];
  const nextMood: number[] = [];
  for (const d of days) {
    const tomorrow = dayByDate.get(addDays(d.date, 1));
    if (tomorrow && d.support !== null && tomorrow.mood !== null) {
      nextSupport.push(d.support);
      nextMood.push(tomorrow.mood);
    }
  }

  const granularity = calendarDates.length <= 90 ? 'day' : calendarDates.length <= 730 ? 'week' : 'month';
  const bucketOf = (date: string) => (granularity === 'day' ? date : granularity === 'week' ? weekStart(date, weekStartsOn) : `${date.slice(0, 8)}01`);
  const bucketStarts: string[] = [];
  for (const date of calendarDates) if (!bucketStarts.includes(bucketOf(date))) bucketStarts.push(bucketOf(date));
  const buckets: SeriesBucket[] = bucketStarts.map((start) => {
    const inBucket = days.filter((d) => bucketOf(d.date) === start);
    return {
      start,
      end: granularity === 'day' ? start : granularity === 'week' ? addDays(start, 6) : monthEnd(start),
      days: inBucket.length,
      entries: inBucket.reduce((n, d) => n + d.entries.length, 0),
      mood: average(recorded(inBucket.map((d) => d.mood))),
      support: average(recorded(inBucket.map((d) => d.support))),
      stress: average(recorded(inBucket.map((d) => d.stress))),
      kinds: countKindsOf(inBucket.flatMap((d) => d.entries)),
    };
  });

  const daily = days.map((d) => {
    const window: NaiveDay[] = [];
    for (let back = 6; back >= 0; back--) {
      const w = dayByDate.get(addDays(d.date, -back));
      if (w) window.push(w);
    }
    return {
      date: d.date,
      entries: d.entries.length,
      mood: d.mood,
      support: d.support,
      stress: d.stress,
      mood7: average(recorded(window.map((w) => w.mood))),
      support7: average(recorded(window.map((w) => w.support))),
    };
  });

  const personIds: string[] = [];
  for (const e of selected) for (const i of e.interactions) if (!personIds.includes(i.personId)) personIds.push(i.personId);
  const peopleOut: PersonInsight[] = personIds.map((id) => {
    const mine = selected.flatMap((e) => e.interactions.filter((i) => i.personId === id));
    const withEntries = selected.filter((e) => e.interactions.some((i) => i.personId === id));
    const latest = [...withEntries].sort(
      (a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0) || (a.id < b.id ? -1 : 1),
    )[0]!;
    const latestInteraction = latest.interactions.find((i) => i.personId === id)!;
    const known = people.find((p) => p.id === id);
    const kinds = noKinds();
    for (const k of SUPPORT_KINDS) kinds[k] = mine.filter((i) => i.kinds.includes(k)).length;
    const moodDays = days.filter((d) => d.mood !== null);
    const daysWith = moodDays.filter((d) => d.entries.some((e) => e.interactions.some((i) => i.personId === id)));
    const daysWithout = moodDays.filter((d) => !daysWith.includes(d));
    return {
      personId: id,
      name: known ? known.name : latestInteraction.person,
      relationship: (known ? known.relationship : latestInteraction.relationship) ?? null,
      interactions: mine.length,
      kinds,
      meanFelt: average(recorded(mine.map((i) => i.felt))),
      feltInteractions: recorded(mine.map((i) => i.felt)).length,
      meanCost: average(recorded(mine.map((i) => i.cost))),
      costInteractions: recorded(mine.map((i) => i.cost)).length,
      received: mine.filter((i) => i.direction === 'received').length,
      gave: mine.filter((i) => i.direction === 'gave').length,
      both: mine.filter((i) => i.direction === 'both').length,
      lastContact: latest.occurredAt,
      moodWith: average(recorded(daysWith.map((d) => d.mood))),
      moodWithout: average(recorded(daysWithout.map((d) => d.mood))),
      daysWith: daysWith.length,
      daysWithout: daysWithout.length,
      moodDifference: welch(recorded(daysWith.map((d) => d.mood)), recorded(daysWithout.map((d) => d.mood))),
      feltSpread: feltSpreadOf(mine.map((i) => i.felt)),
      mixed:
        mine.filter((i) => i.felt !== undefined && i.felt > 0).length >= 2 &&
        mine.filter((i) => (i.felt !== undefined && i.felt < 0) || (i.cost !== undefined && i.cost >= 2)).length >= 2,
    };
  });
  peopleOut.sort((a, b) => {
    if (a.interactions !== b.interactions) return b.interactions - a.interactions;
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
  });

  const stressDays = days.filter((d) => d.stress !== null);
  const hard = stressDays.filter((d) => d.stress! >= 7 && d.mood !== null);
  const interactionsOf = (d: NaiveDay) => d.entries.flatMap((e) => e.interactions);
  // Supported: some interaction recorded as received (or both) and felt +1 or more. Unsupported:
  // every interaction recorded as given, or recorded as felt below +1. Any other day is left open.
  const supportedDay = (d: NaiveDay) => interactionsOf(d).some((i) => (i.direction === 'received' || i.direction === 'both') && i.felt !== undefined && i.felt >= 1);
  const unsupportedDay = (d: NaiveDay) => interactionsOf(d).every((i) => i.direction === 'gave' || (i.felt !== undefined && i.felt < 1));
  const supported = hard.filter(supportedDay);
  const unsupported = hard.filter((d) => !supportedDay(d) && unsupportedDay(d));

  const weekStarts: string[] = [];
  for (const date of calendarDates) if (!weekStarts.includes(weekStart(date, weekStartsOn))) weekStarts.push(weekStart(date, weekStartsOn));
  const everyone = new Set<string>();
  for (const e of selected) for (const i of e.interactions) everyone.add(i.personId);
  let lastDate: string | null = null;
  for (const e of entries) if (e.interactions.length > 0 && dayOf(e) <= options.today && (lastDate === null || dayOf(e) > lastDate)) lastDate = dayOf(e);
  const since = lastDate === null ? null : daysBetween(lastDate, options.today);

  const calendar: CalendarDay[] = calendarDates.map((date) => {
    const d = dayByDate.get(date);
    return { date, entries: d ? d.entries.length : 0, mood: d ? d.mood : null, support: d ? d.support : null };
  });

  const supportDays = days.filter((d) => d.support !== null);
  const helped = supportDays.filter((d) => helpOf(d.entries) === 'yes');
  const unhelped = supportDays.filter((d) => helpOf(d.entries) === 'no');
  const mismatched: MismatchedDay[] = supportDays
    .filter((d) => (helpOf(d.entries) === 'yes' && d.support! <= 3) || (helpOf(d.entries) === 'no' && d.support! >= 7))
    .map((d) => ({
      date: d.date,
      kind: helpOf(d.entries) === 'yes' ? 'helped-but-low' : 'supported-without-help',
      support: d.support!,
      entries: [...d.entries]
        .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) || (a.id < b.id ? -1 : 1))
        .map((e) => ({ id: e.id, occurredAt: e.occurredAt })),
    }));
  const helpWeeks: HelpWeek[] = weekStarts.map((start) => {
    const inWeek = days.filter((d) => weekStart(d.date, weekStartsOn) === start);
    return {
      start,
      end: addDays(start, 6),
      support: average(recorded(inWeek.map((d) => d.support))),
      supportDays: recorded(inWeek.map((d) => d.support)).length,
      daysWithHelp: inWeek.filter((d) => helpOf(d.entries) === 'yes').length,
    };
  });
  const everyInteraction = selected.flatMap((e) => e.interactions);
  const channels = {} as ChannelsInsight;
  for (const c of CHANNELS) channels[c] = feltOf(everyInteraction.filter((i) => i.channel === c));

  return {
    range: hasRange ? { from: from!, to, calendarDays: calendarDates.length } : null,
    weekStartsOn,
    days: days.length,
    entries: selected.length,
    interactions: selected.reduce((n, e) => n + e.interactions.length, 0),
    mood: { mean: average(recorded(days.map((d) => d.mood))), days: recorded(days.map((d) => d.mood)).length },
    support: { mean: average(recorded(days.map((d) => d.support))), days: recorded(days.map((d) => d.support)).length },
    correlation: correlationOf(
      both.map((d) => d.support!),
      both.map((d) => d.mood!),
    ),
    nextDay: correlationOf(nextSupport, nextMood),
    kinds: countKindsOf(selected),
    people: peopleOut,
    stress: {
      mean: average(stressDays.map((d) => d.stress!)),
      days: stressDays.length,
      moodSupported: average(recorded(supported.map((d) => d.mood))),
      daysSupported: supported.length,
      moodUnsupported: average(recorded(unsupported.map((d) => d.mood))),
      daysUnsupported: unsupported.length,
      moodDifference: welch(recorded(supported.map((d) => d.mood)), recorded(unsupported.map((d) => d.mood))),
      daysSupportNotRecorded: hard.length - supported.length - unsupported.length,
    },
    series: { granularity, daily, buckets },
    circle: {
      weeks: weekStarts.map((start) => {
        const ids = new Set<string>();
        for (const e of selected) if (weekStart(dayOf(e), weekStartsOn) === start) for (const i of e.interactions) ids.add(i.personId);
        return { start, people: ids.size };
      }),
      people: everyone.size,
      daysSinceLastInteraction: since,
      quiet: since !== null && since >= 7,
    },
    calendar,
    perceivedVsReceived: {
      daysWithHelp: helped.length,
      feltWithHelp: average(helped.map((d) => d.support!)),
      daysWithoutHelp: unhelped.length,
      feltWithoutHelp: average(unhelped.map((d) => d.support!)),
      helpedButLow: helped.filter((d) => d.support! <= 3).length,
      supportedWithoutHelp: unhelped.filter((d) => d.support! >= 7).length,
      daysHelpNotRecorded: supportDays.length - helped.length - unhelped.length,
      difference: welch(
        helped.map((d) => d.support!),
        unhelped.map((d) => d.support!),
      ),
    },
    helpOverTime: { weeks: helpWeeks, mismatched },
    asked: { asked: feltOf(everyInteraction.filter((i) => i.askedForHelp === true)), offered: feltOf(everyInteraction.filter((i) => i.askedForHelp === false)) },
    channels,
    reciprocity: {
      received: everyInteraction.filter((i) => i.direction === 'received').length,
      gave: everyInteraction.filter((i) => i.direction === 'gave').length,
      both: everyInteraction.filter((i) => i.direction === 'both').length,
    },
  };
}

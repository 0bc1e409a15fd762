// From the journal and the person's choices to the report model. Filtering and naming happen here
// and only here: an entry left out, a note not chosen or a full name not chosen never reaches the
// model, so no renderer (HTML, PDF, preview) can show it.
import type { Entry, Person } from '../../shared/domain';
import { REPORT_SECTIONS, type ReportOptions } from '../../shared/exchange';
import { computeInsights } from '../analytics/compute-insights';
import { displayNames } from './names';
import type { ReportEntry, ReportModel } from './report-types';

export interface ReportContext {
  /** The person's local date today. */
  today: string;
  weekStartsOn: 0 | 1;
}

export const REPORT_TITLE = 'Support and mood report';

/** The journal's chronological order: instant, then createdAt, then id. */
function oldestFirst(a: Entry, b: Entry): number {
  return Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function reportEntry(e: Entry, names: ReadonlyMap<string, string>, includeNotes: boolean): ReportEntry {
  const entry: ReportEntry = {
    date: e.occurredAt.slice(0, 10),
    time: e.occurredAt.slice(11, 16),
    mood: e.mood ?? null,
    support: e.support ?? null,
    stress: e.stress ?? null,
    interactions: e.interactions.map((i) => ({
      // Every person of a chosen entry is in insights.people, so the map always has them.
      person: names.get(i.personId) ?? '',
      kinds: [...i.kinds],
      direction: i.direction ?? null,
      felt: i.felt ?? null,
      cost: i.cost ?? null,
    })),
  };
  if (includeNotes) {
    entry.note = e.note;
    entry.tags = [...e.tags];
  }
  return entry;
}

export function buildReport(entries: readonly Entry[], people: readonly Person[], options: ReportOptions, ctx: ReportContext): ReportModel {
  const excluded = new Set(options.excludeEntryIds);
  const chosen = entries.filter((e) => {
    const date = e.occurredAt.slice(0, 10);
    return date >= options.from && date <= options.to && !excluded.has(e.id);
  });
  const insights = computeInsights(chosen, people, { from: options.from, to: options.to, today: ctx.today, weekStartsOn: ctx.weekStartsOn });
  const names = displayNames(insights.people, options.names);
  const sections = REPORT_SECTIONS.filter((s) => options.sections.includes(s));
  return {
    title: REPORT_TITLE,
    generatedOn: ctx.today,
    from: options.from,
    to: options.to,
    sections,
    names: options.names,
    includeNotes: options.includeNotes,
    insights: { ...insights, people: insights.people.map((p) => ({ ...p, personId: '', name: names.get(p.personId) ?? '' })) },
    // A copy: computeInsights memoises its grouping by array identity.
    entries: sections.includes('entries') ? [...chosen].sort(oldestFirst).map((e) => reportEntry(e, names, options.includeNotes)) : [],
  };
}

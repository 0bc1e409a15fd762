// From the journal and the person's choices to the report model. Filtering and naming happen here
// and only here: an entry left out, a note not chosen or a full name not chosen never reaches the
// model, so no renderer (HTML, PDF, preview) can show it. Names inside the chosen notes and tags
// are replaced here too (./redact.ts), once, for every format.
import type { CheckinResult } from '../../shared/checkins';
import type { Entry, Person } from '../../shared/domain';
import { REPORT_SECTIONS, type NameStyle, type ReportOptions } from '../../shared/exchange';
import { computeInsights } from '../analytics/compute-insights';
import { displayNames, initials, type NamedPerson } from './names';
import { redactor, type NamedWords, type Replaced } from './redact';
import type { ReportEntry, ReportModel } from './report-types';

export interface ReportContext {
  /** The person's local date today. */
  today: string;
  weekStartsOn: 0 | 1;
  /** Every check-in of the journal; only those in the range reach the report, and only when chosen. */
  checkins?: readonly CheckinResult[];
}

export const REPORT_TITLE = 'Support and mood report';

/** What a word shared by several people becomes: it must not pick one of them. */
const SHARED_WORD: Record<Exclude<NameStyle, 'full'>, (word: string) => string> = {
  initials: (word) => initials(word),
  relationship: () => 'someone',
};

/** The journal's chronological order: instant, then createdAt, then id. */
function oldestFirst(a: Entry, b: Entry): number {
  return Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function reportEntry(e: Entry, names: ReadonlyMap<string, string>, replace: ((text: string) => Replaced) | null): ReportEntry {
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
  if (replace) {
    const note = replace(e.note);
    const tags = e.tags.map(replace);
    entry.note = note.text;
    entry.tags = tags.map((t) => t.text);
    entry.marks = { note: note.marks, tags: tags.map((t) => t.marks) };
  }
  return entry;
}

/**
 * Every journal person, labelled: those in the report first (so their labels do not depend on who
 * else is in the journal), then the others, whom a note may mention all the same.
 */
function labelEveryone(inReport: readonly NamedPerson[], people: readonly Person[], style: NameStyle): Map<string, string> {
  const seen = new Set(inReport.map((p) => p.personId));
  const others = people.filter((p) => !seen.has(p.id)).map((p) => ({ personId: p.id, name: p.name, relationship: p.relationship ?? null, interactions: 0 }));
  return displayNames([...inReport, ...others], style);
}

function mentionedPeople(inReport: readonly NamedPerson[], people: readonly Person[], labels: ReadonlyMap<string, string>): NamedWords[] {
  const known = new Set(people.map((p) => p.id));
  // A person named only by an interaction (not in the people list) has no other words.
  const unlisted = inReport.filter((p) => !known.has(p.personId)).map((p) => ({ id: p.personId, name: p.name, aliases: [] as string[] }));
  return [...people, ...unlisted].map((p) => ({ name: p.name, aliases: p.aliases, label: labels.get(p.id) ?? '' }));
}

export function buildReport(entries: readonly Entry[], people: readonly Person[], options: ReportOptions, ctx: ReportContext): ReportModel {
  const excluded = new Set(options.excludeEntryIds);
  const inRange = entries.filter((e) => {
    const date = e.occurredAt.slice(0, 10);
    return date >= options.from && date <= options.to;
  });
  const chosen = inRange.filter((e) => !excluded.has(e.id));
  const insights = computeInsights(chosen, people, { from: options.from, to: options.to, today: ctx.today, weekStartsOn: ctx.weekStartsOn });
  const names = labelEveryone(insights.people, people, options.names);
  const sections = REPORT_SECTIONS.filter((s) => options.sections.includes(s));
  const hideWords = options.hideWords ?? [];
  const replace = options.includeNotes
    ? redactor({
        people: options.names === 'full' ? [] : mentionedPeople(insights.people, people, names),
        hideWords,
        shared: options.names === 'full' ? (w) => w : SHARED_WORD[options.names],
      })
    : null;
  // A copy: computeInsights memoises its grouping by array identity.
  const reportEntries = sections.includes('entries') ? [...chosen].sort(oldestFirst).map((e) => reportEntry(e, names, replace)) : [];
  const replacements = reportEntries.reduce((n, e) => n + (e.marks ? e.marks.note.length + e.marks.tags.reduce((m, t) => m + t.length, 0) : 0), 0);
  return {
    title: REPORT_TITLE,
    generatedOn: ctx.today,
    from: options.from,
    to: options.to,
    sections,
    names: options.names,
    includeNotes: options.includeNotes,
    inRange: inRange.length,
    included: chosen.length,
    hidesWords: hideWords.length > 0,
    replacements,
    insights: { ...insights, people: insights.people.map((p) => ({ ...p, personId: '', name: names.get(p.personId) ?? '' })) },
    entries: reportEntries,
    checkins: sections.includes('checkins') ? (ctx.checkins ?? []).filter((c) => c.date >= options.from && c.date <= options.to) : [],
  };
}

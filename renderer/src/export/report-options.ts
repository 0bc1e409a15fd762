// The therapy report's options as the form holds them, and the ReportOptions they send.
import type { Entry } from '../../../shared/domain';
import { REPORT_SECTIONS, reportOptionsSchema, type NameStyle, type ReportFormat, type ReportOptions, type ReportSection } from '../../../shared/exchange';
import { splitWords } from '../../../shared/name-words';
import type { ShownError } from '../ui/errors';
import { addDays } from '../ui/range';

export const SECTION_LABELS: Record<ReportSection, string> = {
  overview: 'Overview figures',
  timeline: 'Mood and felt supported over time',
  supportMood: 'Support and mood together',
  kinds: 'Kinds of support',
  people: 'People: felt, cost and give-and-take',
  stress: 'Support under stress',
  help: 'Help and feeling supported: asking, giving, who you turn to',
  entries: 'Chosen entries',
  checkins: 'Check-in scores (a self-report, not a diagnosis)',
};

export const NAME_STYLE_LABELS: Record<NameStyle, { label: string; example: string }> = {
  full: { label: 'Full names', example: 'e.g. "Sam Rivera"' },
  initials: { label: 'Initials', example: 'e.g. "S. R."' },
  relationship: { label: 'Relationship only', example: 'e.g. "friend A"' },
};

export const REPORT_FORMAT_LABELS: Record<ReportFormat, string> = {
  html: 'HTML file (opens in any browser)',
  pdf: 'PDF (opens in any PDF reader)',
};

/** The last full calendar month before `today` ('YYYY-MM-DD'): a month's report for the next session. */
export function lastFullMonth(today: string): { from: string; to: string } {
  const to = addDays(`${today.slice(0, 7)}-01`, -1);
  return { from: `${to.slice(0, 7)}-01`, to };
}

export interface ReportForm {
  from: string;
  to: string;
  sections: ReadonlySet<ReportSection>;
  names: NameStyle;
  includeNotes: boolean;
  /** Ids the person unticked; may hold ids of another range, which are not sent. */
  excluded: ReadonlySet<string>;
  /** Words to hide in notes and tags, as typed: separated by commas. */
  hide?: string;
}

export type BuiltOptions = { ok: true; options: ReportOptions } | { ok: false; error: ShownError };

/** The options for `reportOptionsSchema`, or the first problem as a sentence naming its field. */
export function buildReportOptions(form: ReportForm, entries: readonly Pick<Entry, 'id'>[]): BuiltOptions {
  const hideWords = splitWords(form.hide ?? '');
  const parsed = reportOptionsSchema.safeParse({
    from: form.from,
    to: form.to,
    // In the schema's order, so equal choices give equal options (and one preview request).
    sections: REPORT_SECTIONS.filter((s) => form.sections.has(s)),
    excludeEntryIds: entries.filter((e) => form.excluded.has(e.id)).map((e) => e.id),
    includeNotes: form.includeNotes,
    names: form.names,
    // Untouched is not recorded: no words, no hideWords.
    ...(hideWords.length > 0 ? { hideWords } : {}),
  });
  if (parsed.success) return { ok: true, options: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: { message: issue.message, field: issue.path.join('.') || 'from' } };
}

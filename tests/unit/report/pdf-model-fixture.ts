// A ReportModel built by hand, the way buildReport will: a generated journal is filtered (some
// entries excluded, notes kept or dropped), people get initials, and computeInsights runs over
// what is left. Everything that was left out carries canary strings, so a test can prove that a
// renderer given the model cannot show any of it.
import { computeInsights } from '../../../electron/analytics/compute-insights';
import type { ReportEntry, ReportModel } from '../../../electron/report/report-types';
import { SUPPORT_KINDS, type Entry, type Person } from '../../../shared/domain';
import { REPORT_SECTIONS, type ReportSection } from '../../../shared/exchange';
import { entry, interaction, person } from '../analytics/builders';

export const UNICODE_NOTE = 'Zażółć gęślą jaźń — straße';
/** Glyphs DejaVu Sans lacks (CJK, emoji), a lone surrogate and control characters: must not crash. */
export const MISSING_GLYPHS_NOTE = 'Teatime 漢字 😀 \uD800 bell\u0007 tab\there';
export const LONG_NOTE_START = 'Longnote-beginning';
export const LONG_NOTE_END = 'Longnote-ending';

const PEOPLE: Person[] = [
  person('p-1', 'Zbigniew Quillfeather', 'friend'),
  person('p-2', 'Marguerite Oakenshaw', 'family'),
  person('p-3', 'Tobiah Fenwright', 'colleague'),
  // Only in excluded entries.
  person('p-4', 'Ignatius Blackthorne', 'friend'),
];

/** Words of the ordinary notes and tags: shown when notes are included, canaries when they are not. */
export const NOTE_WORDS = ['riverside', 'lighthouse', 'marmalade'];
export const TAG = 'orchardtag';

const HIDDEN_NAME_PARTS = ['Zbigniew', 'Quillfeather', 'Marguerite', 'Oakenshaw', 'Tobiah', 'Fenwright', 'Ignatius', 'Blackthorne', 'I. B.'];
const EXCLUDED_CANARIES = ['CanaryExcludedNote', 'canary-excluded-tag'];

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => `${w.charAt(0)}.`)
    .join(' ');

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export interface FixtureOptions {
  /** Calendar days covered, from 2026-01-01. */
  days?: number;
  includeNotes?: boolean;
  sections?: ReportSection[];
}

export interface PdfFixture {
  model: ReportModel;
  /** The display names the model uses. */
  names: string[];
  /** Strings that exist only in the journal, never in the model. */
  canaries: string[];
}

/** The whole journal over `days` days, and the ids of the entries the person chose to leave out. */
function journal(days: number): { entries: Entry[]; excludedIds: Set<string> } {
  const rand = random(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const included: Entry[] = [];
  for (let d = 0; d < days; d++) {
    // Quiet stretches leave gaps in the timeline.
    if (d % 17 >= 14 || rand() < 0.1) continue;
    const perDay = rand() < 0.3 ? 2 : 1;
    for (let k = 0; k < perDay; k++) {
      const support = Math.round(2 + rand() * 7);
      const mood = Math.max(0, Math.min(10, Math.round(support * 0.7 + rand() * 4 - 1)));
      const who = PEOPLE.slice(0, 3).filter(() => rand() < 0.45);
      included.push(
        entry(`${addDays('2026-01-01', d)}T${k === 0 ? '09' : '20'}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00+01:00`, mood, support, {
          stress: rand() < 0.6 ? Math.round(rand() * 10) : undefined,
          note: rand() < 0.5 ? `By the ${pick(NOTE_WORDS)}, day ${d}.` : '',
          tags: rand() < 0.3 ? [TAG] : [],
          interactions: who.map((p) =>
            interaction(p.id, {
              person: p.name,
              relationship: p.relationship,
              kinds: SUPPORT_KINDS.filter(() => rand() < 0.35),
              direction: pick(['received', 'received', 'gave', 'both'] as const),
              felt: Math.round(rand() * 4 - 2),
              cost: Math.floor(rand() * 4),
            }),
          ),
        }),
      );
    }
  }
  const first = included[0]!;
  included[1] = { ...included[1]!, note: UNICODE_NOTE };
  included[2] = { ...included[2]!, note: MISSING_GLYPHS_NOTE };
  included[3] = {
    ...included[3]!,
    note: `${LONG_NOTE_START} ${Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ')}\n\nA new paragraph. ${LONG_NOTE_END}`,
  };
  const blackthorne = PEOPLE[3]!;
  const excluded = [0, 1, 2].map((i) =>
    entry(first.occurredAt.replace('T09', `T1${i}`), 1, 1, {
      stress: 9,
      note: `${EXCLUDED_CANARIES[0]} ${i}`,
      tags: [EXCLUDED_CANARIES[1]!],
      interactions: [interaction(blackthorne.id, { person: blackthorne.name, kinds: ['emotional'], felt: -2, cost: 3 })],
    }),
  );
  return { entries: [...included, ...excluded], excludedIds: new Set(excluded.map((e) => e.id)) };
}

export function pdfFixture(options: FixtureOptions = {}): PdfFixture {
  const days = options.days ?? 60;
  const includeNotes = options.includeNotes ?? true;
  const journalEntries = journal(days);
  const included = journalEntries.entries.filter((e) => !journalEntries.excludedIds.has(e.id));
  const from = '2026-01-01';
  const to = addDays(from, days - 1);
  const insights = computeInsights(included, PEOPLE, { from, to, today: to });
  const shown = new Map(PEOPLE.map((p) => [p.name, initials(p.name)]));
  insights.people = insights.people.map((p) => ({ ...p, personId: '', name: shown.get(p.name)! }));
  const sections = options.sections ?? [...REPORT_SECTIONS];
  const entries: ReportEntry[] = sections.includes('entries')
    ? included.map((e) => ({
        date: e.occurredAt.slice(0, 10),
        time: e.occurredAt.slice(11, 16),
        mood: e.mood ?? null,
        support: e.support ?? null,
        stress: e.stress ?? null,
        interactions: e.interactions.map((i) => ({ person: shown.get(i.person)!, kinds: i.kinds, direction: i.direction ?? null, felt: i.felt ?? null, cost: i.cost ?? null })),
        ...(includeNotes ? { note: e.note, tags: e.tags } : {}),
      }))
    : [];
  const model: ReportModel = {
    title: 'Support and mood — therapy report',
    generatedOn: to,
    from,
    to,
    sections,
    names: 'initials',
    includeNotes,
    inRange: journalEntries.entries.length,
    included: included.length,
    hidesWords: false,
    replacements: 0,
    insights,
    entries,
  };
  const canaries = [...HIDDEN_NAME_PARTS, ...EXCLUDED_CANARIES, ...(includeNotes ? [] : [...NOTE_WORDS, TAG, UNICODE_NOTE, LONG_NOTE_START])];
  return { model, names: insights.people.map((p) => p.name), canaries };
}

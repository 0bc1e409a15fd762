// buildReport: only the chosen entries, named in the chosen style, notes only when asked. Figures
// are checked against computeInsights over a list filtered by hand, not by the code under test.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { buildReport } from '../../../electron/report/build-report';
import { REPORT_SECTIONS, reportOptionsSchema, type ReportOptionsInput } from '../../../shared/exchange';
import { entry, interaction, person } from './journal';

const sam = person(1, 'Sam Rivera', 'friend');
const ana = person(2, 'Ana Lopez', 'family');
const zed = person(3, 'Zed Excluded', 'colleague');
const olga = person(4, 'Olga Outside', 'friend');
const sol = person(5, 'Sol Reyes', 'friend');
const people = [sam, ana, zed, olga, sol];

const before = entry('2026-02-28T23:30:00+01:00', { mood: 1, support: 1, interactions: [interaction(olga, { kinds: ['financial'] })], note: 'before note', tags: ['before-tag'] });
const e1 = entry('2026-03-01T08:00:00+01:00', {
  mood: 6,
  support: 7,
  stress: 8,
  note: 'first note',
  tags: ['work'],
  interactions: [interaction(sam, { felt: 2, cost: 0, kinds: ['emotional', 'esteem'] }), interaction(sol, { direction: 'both', felt: 1, cost: 2, kinds: ['companionship'] })],
});
// Local 2 March although it is still 1 March in UTC: the local date decides.
const e2 = entry('2026-03-02T00:30:00+02:00', { mood: 4, support: 3, interactions: [interaction(ana, { direction: 'gave', felt: -1, cost: 3, kinds: ['practical'] })] });
const excluded = entry('2026-03-10T12:00:00+01:00', {
  mood: 0,
  support: 10,
  stress: 10,
  note: 'excluded note',
  tags: ['excluded-tag'],
  interactions: [interaction(zed, { kinds: ['financial'] }), interaction(sam, { felt: -2, cost: 3, kinds: ['informational'] })],
});
const e3 = entry('2026-03-15T18:00:00+01:00', { mood: undefined, support: 4, interactions: [interaction(sam, { felt: 1, cost: 1, kinds: ['practical'] })], note: 'third note' });
// Local 31 March although it is 1 April in UTC.
const e4 = entry('2026-03-31T23:30:00-05:00', { mood: 8, support: undefined, note: 'last note' });
const after = entry('2026-04-01T00:30:00+02:00', { mood: 9, support: 9, interactions: [interaction(olga)], note: 'after note' });
const journal = [after, e3, excluded, before, e4, e1, e2];

const ctx = { today: '2026-04-02', weekStartsOn: 1 as const };
const options = (extra: Partial<ReportOptionsInput> = {}) =>
  reportOptionsSchema.parse({ from: '2026-03-01', to: '2026-03-31', sections: [...REPORT_SECTIONS], excludeEntryIds: [excluded.id], ...extra });

describe('buildReport', () => {
  it('computes every figure over the chosen entries only', () => {
    const model = buildReport(journal, people, options({ names: 'full' }), ctx);
    const expected = computeInsights([e1, e2, e3, e4], people, { from: '2026-03-01', to: '2026-03-31', ...ctx });
    expect(model.insights).toEqual({ ...expected, people: expected.people.map((p) => ({ ...p, personId: '' })) });
    expect(model.insights.entries).toBe(4);
    expect(model.insights.interactions).toBe(4);
    expect(model.insights.kinds).toEqual({ emotional: 1, practical: 2, informational: 0, financial: 0, companionship: 1, esteem: 1 });
    expect(model.insights.people.map((p) => p.name)).toEqual(['Sam Rivera', 'Ana Lopez', 'Sol Reyes']);
    // The excluded entry would have changed the figures: the test above can fail.
    const withExcluded = computeInsights([e1, e2, excluded, e3, e4], people, { from: '2026-03-01', to: '2026-03-31', ...ctx });
    expect(withExcluded.kinds.financial).toBe(1);
    expect(withExcluded.people.find((p) => p.personId === sam.id)!.meanFelt).not.toBe(model.insights.people[0]!.meanFelt);
  });

  it('leaves nothing of an excluded or out-of-range entry anywhere in the model', () => {
    for (const names of ['full', 'initials', 'relationship'] as const) {
      const text = JSON.stringify(buildReport(journal, people, options({ names, includeNotes: true }), ctx));
      for (const gone of ['Zed', 'Excluded', 'excluded note', 'excluded-tag', 'Olga', 'before note', 'before-tag', 'after note', zed.id, olga.id, excluded.id]) {
        expect(text).not.toContain(gone);
      }
      expect(text).not.toContain(sam.id);
      expect(text).toContain('first note');
    }
  });

  it('lists the chosen entries oldest first with local dates, times and missing values', () => {
    const model = buildReport(journal, people, options({ names: 'full' }), ctx);
    expect(model.entries.map((e) => [e.date, e.time, e.mood, e.support, e.stress])).toEqual([
      ['2026-03-01', '08:00', 6, 7, 8],
      ['2026-03-02', '00:30', 4, 3, null],
      ['2026-03-15', '18:00', null, 4, null],
      ['2026-03-31', '23:30', 8, null, null],
    ]);
    expect(model.entries[0]!.interactions).toEqual([
      { person: 'Sam Rivera', kinds: ['emotional', 'esteem'], direction: 'received', felt: 2, cost: 0 },
      { person: 'Sol Reyes', kinds: ['companionship'], direction: 'both', felt: 1, cost: 2 },
    ]);
  });

  it('names people by initials in the figures and the entries', () => {
    const model = buildReport(journal, people, options({ names: 'initials' }), ctx);
    // Sam (2 interactions) keeps "S. R."; Sol (1) is told apart.
    expect(model.insights.people.map((p) => [p.name, p.personId])).toEqual([
      ['S. R.', ''],
      ['A. L.', ''],
      ['S. R. (2)', ''],
    ]);
    expect(model.entries.flatMap((e) => e.interactions.map((i) => i.person))).toEqual(['S. R.', 'S. R. (2)', 'A. L.', 'S. R.']);
    expect(JSON.stringify(model)).not.toMatch(/Sam|Rivera|Ana|Lopez|Sol|Reyes/);
  });

  it('names people by relationship only, with letters by most interactions', () => {
    const model = buildReport(journal, people, options({ names: 'relationship' }), ctx);
    expect(model.insights.people.map((p) => p.name)).toEqual(['friend A', 'family A', 'friend B']);
    expect(model.entries.flatMap((e) => e.interactions.map((i) => i.person))).toEqual(['friend A', 'friend B', 'family A', 'friend A']);
    expect(model.names).toBe('relationship');
  });

  it('carries notes and tags only when the person chose to include them', () => {
    const without = buildReport(journal, people, options(), ctx);
    for (const e of without.entries) {
      expect(e).not.toHaveProperty('note');
      expect(e).not.toHaveProperty('tags');
    }
    expect(JSON.stringify(without)).not.toMatch(/first note|third note|last note|"work"/);
    const withNotes = buildReport(journal, people, options({ includeNotes: true }), ctx);
    expect(withNotes.entries.map((e) => [e.note, e.tags])).toEqual([
      ['first note', ['work']],
      ['', []],
      ['third note', []],
      ['last note', []],
    ]);
  });

  it('lists entries only for the entries section, and keeps sections in report order', () => {
    const model = buildReport(journal, people, options({ sections: ['people', 'overview'] }), ctx);
    expect(model.sections).toEqual(['overview', 'people']);
    expect(model.entries).toEqual([]);
    expect(model.insights.entries).toBe(4);
    expect(model).toMatchObject({ title: expect.any(String), generatedOn: '2026-04-02', from: '2026-03-01', to: '2026-03-31', includeNotes: false });
  });

  it('makes an empty report of a range without entries', () => {
    const model = buildReport(journal, people, options({ from: '2025-01-01', to: '2025-01-31' }), ctx);
    expect(model.insights.entries).toBe(0);
    expect(model.insights.people).toEqual([]);
    expect(model.entries).toEqual([]);
    expect(model.insights.range).toEqual({ from: '2025-01-01', to: '2025-01-31', calendarDays: 31 });
  });

  it('does not reorder or change the journal it is given', () => {
    const copy = structuredClone(journal);
    buildReport(journal, people, options({ includeNotes: true }), ctx);
    expect(journal).toEqual(copy);
  });
});

// A report that hides names hides them in every form of the file: the HTML body, the age block of
// the HTML file (opened with the age-encryption package; the age tool has its own test) and the
// PDF's text as pdftotext reads it. Notes mention people by full name, first name, possessive, in
// any case and by their "also known as" words; the person also hides words of their own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { armor, Decrypter } from 'age-encryption';
import { afterAll, describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { buildReport } from '../../../electron/report/build-report';
import { renderReportFile } from '../../../electron/report/report-file';
import { renderReportBody } from '../../../electron/report/report-html';
import { renderReportPdf } from '../../../electron/report/report-pdf';
import type { ReportModel } from '../../../electron/report/report-types';
import { REPORT_SECTIONS, reportOptionsSchema, type ReportOptionsInput } from '../../../shared/exchange';
import { entry, interaction, person } from './journal';

const priya = { ...person(1, 'Priya Shah', 'friend'), aliases: ['Pree', 'P-bear'] };
const okafor = person(2, 'Dr Chidi Okafor', 'professional');
const will = person(3, 'Will Turner', 'colleague');
const helen = { ...person(4, 'Helen Park', 'family'), aliases: ['Mum'] };
// In the journal, mentioned in a note, but in no interaction of the report.
const absent = person(5, 'Marguerite Vance', 'neighbour');
const people = [priya, okafor, will, helen, absent];

const included = [
  entry('2026-03-02T09:00:00+01:00', {
    mood: 3,
    support: 2,
    stress: 8,
    note: "Argued with Priya. PRIYA's texts again; priya shah said sorry. Pree came round.",
    tags: ['priya', 'work'],
    interactions: [interaction(priya, { felt: -1, cost: 2 })],
  }),
  entry('2026-03-03T18:00:00+01:00', {
    mood: 6,
    support: 7,
    note: 'Cancelled on Dr Chidi Okafor; okafor’s office at Baker Street rang. Will said I will be fine; Turner too.',
    tags: ['Acme'],
    interactions: [interaction(okafor), interaction(will, { kinds: ['practical'] })],
  }),
  entry('2026-03-04T20:00:00+01:00', {
    mood: 7,
    support: 8,
    note: 'Called Mum. HELEN PARK and Marguerite’s dog (Ms Vance). Then P-bear and chidi.',
    interactions: [interaction(helen, { felt: 2 })],
  }),
];
// Unticked: its mood 0 and support 10 would move every average.
const unticked = entry('2026-03-05T10:00:00+01:00', { mood: 0, support: 10, stress: 10, note: 'unticked', interactions: [interaction(absent, { kinds: ['financial'] })] });
const journal = [...included, unticked];

/** Every word a hiding report must not carry, in lower case. */
const SECRETS = ['priya', 'shah', 'pree', 'p-bear', 'chidi', 'okafor', 'will', 'turner', 'helen', 'park', 'mum', 'marguerite', 'vance', 'baker street', 'acme'];

const ctx = { today: '2026-04-02', weekStartsOn: 1 as const };
const options = (extra: Partial<ReportOptionsInput>) =>
  reportOptionsSchema.parse({
    from: '2026-03-01',
    to: '2026-03-31',
    sections: [...REPORT_SECTIONS],
    excludeEntryIds: [unticked.id],
    includeNotes: true,
    hideWords: ['Baker Street', 'acme'],
    ...extra,
  });

/** The secrets found as whole words (or phrases) in a text, whatever their case. */
function secretsIn(text: string): string[] {
  const plain = text.toLowerCase().replace(/&#39;|&quot;|&amp;/g, ' ').replace(/\s+/g, ' ');
  return SECRETS.filter((s) => new RegExp(`(?<![\\p{L}\\p{N}])${s}(?![\\p{L}\\p{N}])`, 'u').test(plain));
}

const PASSWORD = 'orbit-velvet-marsh-quill';
const dir = mkdtempSync(join(tmpdir(), 'hearth-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ageBody(model: ReportModel): Promise<string> {
  const file = await renderReportFile(model, PASSWORD, { scryptWorkFactor: 10 });
  const block = /<pre id="hearth-age">([^<]*)<\/pre>/.exec(file)![1]!;
  const d = new Decrypter();
  d.addPassphrase(PASSWORD);
  return `${file.replace(block, '')}\n${await d.decrypt(armor.decode(block), 'text')}`;
}

async function pdfText(model: ReportModel, name: string): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await renderReportPdf(model, PASSWORD));
  const run = spawnSync('pdftotext', ['-upw', PASSWORD, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(run.error, 'pdftotext is missing: install the Debian package poppler-utils').toBeUndefined();
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('a report that hides names', () => {
  for (const names of ['initials', 'relationship'] as const) {
    it(`shows no name, alias or hidden word in any form of the file (${names})`, async () => {
      const model = buildReport(journal, people, options({ names }), ctx);
      // Without the replacement the notes would carry them: the scan can fail.
      expect(secretsIn(included.map((e) => `${e.note} ${e.tags.join(' ')}`).join(' '))).toEqual(SECRETS);
      expect(secretsIn(renderReportBody(model))).toEqual([]);
      expect(secretsIn(renderReportBody(model, { markReplacements: true }))).toEqual([]);
      expect(secretsIn(await ageBody(model))).toEqual([]);
      const pdf = await pdfText(model, names);
      expect(pdf).toContain('3 of 4 entries in this range are included, chosen by the person.');
      expect(secretsIn(pdf)).toEqual([]);
    });
  }

  it('names people in full when asked, so the scan above sees the notes in every form (hidden words still hidden)', async () => {
    const model = buildReport(journal, people, options({ names: 'full' }), ctx);
    const shown = SECRETS.filter((s) => s !== 'baker street' && s !== 'acme');
    expect(secretsIn(renderReportBody(model))).toEqual(shown);
    expect(secretsIn(await ageBody(model))).toEqual(shown);
    expect(secretsIn(await pdfText(model, 'full'))).toEqual(shown);
  });

  it('replaces by initials and by relationship, consistently with the rest of the report', () => {
    const byInitials = buildReport(journal, people, options({ names: 'initials' }), ctx);
    expect(byInitials.entries.map((e) => e.note)).toEqual([
      "Argued with P. S.. P. S.'s texts again; P. S. said sorry. P. S. came round.",
      'Cancelled on D. O.; D. O.’s office at [hidden] rang. W. T. said I W. T. be fine; W. T. too.',
      'Called H. P.. H. P. and M. V.’s dog (Ms M. V.). Then P. S. and D. O..',
    ]);
    expect(byInitials.entries.map((e) => e.tags)).toEqual([['P. S.', 'work'], ['[hidden]'], []]);
    const byRelationship = buildReport(journal, people, options({ names: 'relationship' }), ctx);
    expect(byRelationship.entries[0]!.interactions[0]!.person).toBe('friend A');
    expect(byRelationship.entries[0]!.note).toBe("Argued with friend A. friend A's texts again; friend A said sorry. friend A came round.");
    // The neighbour is in no chosen interaction: labelled after everyone the report shows.
    expect(byRelationship.entries[2]!.note).toBe('Called family A. family A and neighbour A’s dog (Ms neighbour A). Then friend A and professional A.');
    // 4 + 1 tag in the first entry, 6 + 1 tag in the second ("Baker Street", "Will" twice), 6 in the third.
    expect(byRelationship.replacements).toBe(4 + 1 + 6 + 1 + 6);
  });

  it('says how many entries it includes and that names in notes were replaced', () => {
    const model = buildReport(journal, people, options({ names: 'initials' }), ctx);
    const body = renderReportBody(model);
    expect(body).toContain('3 of 4 entries in this range are included, chosen by the person.');
    expect(body).toContain('Names of people in the notes and tags are replaced by their initials, and words the person chose are hidden (18 replacements).');
    const all = buildReport(journal, people, options({ names: 'full', excludeEntryIds: [], hideWords: [] }), ctx);
    expect(renderReportBody(all)).toContain('All 4 entries in this range are included.');
    expect(renderReportBody(all)).not.toContain('replaced');
    const one = buildReport(journal, people, options({ names: 'full', excludeEntryIds: journal.slice(1).map((e) => e.id), hideWords: ['acme'] }), ctx);
    expect(renderReportBody(one)).toContain('1 of 4 entries in this range is included, chosen by the person. Words the person chose are hidden in the notes and tags (0 replacements).');
  });

  it('marks each replacement in the preview, and not in the file', async () => {
    const model = buildReport(journal, people, options({ names: 'initials' }), ctx);
    const preview = renderReportBody(model, { markReplacements: true });
    expect(preview.match(/<mark class="hr-replaced">/g)).toHaveLength(model.replacements);
    // "Will" is also an ordinary word: replaced and marked all the same.
    expect(preview).toContain('I <mark class="hr-replaced">W. T.</mark> be fine');
    expect(renderReportBody(model)).not.toContain('<mark');
    expect(await ageBody(model)).not.toContain('<mark');
  });

  it('counts unticked entries in no figure, and an entry without its note in all of them', () => {
    const withNotes = buildReport(journal, people, options({ names: 'full' }), ctx);
    const withoutNotes = buildReport(journal, people, options({ names: 'full', includeNotes: false }), ctx);
    const expected = computeInsights(included, people, { from: '2026-03-01', to: '2026-03-31', ...ctx });
    const blank = { ...expected, people: expected.people.map((p) => ({ ...p, personId: '' })) };
    expect(withNotes.insights).toEqual(blank);
    expect(withoutNotes.insights).toEqual(blank);
    // By hand: moods 3, 6, 7 over three days; the unticked 0 would make it 4.0.
    expect(withoutNotes.insights.mood.mean).toBeCloseTo(16 / 3, 10);
    expect(withoutNotes.insights.kinds.financial).toBe(0);
    expect(withoutNotes.entries.map((e) => [e.mood, e.support, e.note])).toEqual([
      [3, 2, undefined],
      [6, 7, undefined],
      [7, 8, undefined],
    ]);
  });
});

// The PDF therapy report, checked with the tools a reader's machine would use: qpdf for the
// encryption, poppler (pdftotext, pdfinfo, pdftoppm) for what a PDF reader shows. No mocks; a
// missing tool fails the test with the Debian package to install.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeInsights } from '../../../electron/analytics/compute-insights';
import { renderReportBody } from '../../../electron/report/report-html';
import { renderReportPdf } from '../../../electron/report/report-pdf';
import type { ReportModel } from '../../../electron/report/report-types';
import { generatePdfPassphrase, generateSharePassphrase, PDF_WORDS } from '../../../electron/report/share-passphrase';
import { entry } from '../analytics/builders';
import { LONG_NOTE_END, LONG_NOTE_START, MISSING_GLYPHS_NOTE, NOTE_WORDS, TAG, UNICODE_NOTE, pdfFixture, type PdfFixture } from './pdf-model-fixture';
import { correlationClaim, personMoodClaim, stressClaim } from '../../../shared/insights-text';

const PACKAGE = { qpdf: 'qpdf', pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils', pdftoppm: 'poppler-utils' } as const;
type Tool = keyof typeof PACKAGE;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(tool: Tool, args: string[]): Run {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is not installed: install the Debian package ${PACKAGE[tool]} (apt-get install ${PACKAGE[tool]})`);
    }
    throw r.error;
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a tool that must succeed and returns what it printed. */
function ok(tool: Tool, args: string[]): string {
  const r = run(tool, args);
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return r.stdout;
}

// poppler's command-line tools keep at most 32 bytes of a password (`char userPassword[33]`), so
// the passwords they are given here stay within that; the long-passphrase test uses qpdf.
const PASSWORD = 'orbit-velvet-marsh-quill';

let dir: string;
let count = 0;
async function rendered(model: ReportModel, password = PASSWORD): Promise<{ file: string; pdf: Buffer }> {
  const pdf = await renderReportPdf(model, password);
  count += 1;
  const file = join(dir, `report-${count}.pdf`);
  writeFileSync(file, pdf);
  return { file, pdf };
}

const textOf = (file: string, password = PASSWORD, pages: string[] = []) => ok('pdftotext', ['-upw', password, ...pages, '-enc', 'UTF-8', file, '-']);

/** The document with encryption removed, objects uncompressed, one per line of text. */
function decrypted(file: string, password = PASSWORD): string {
  const out = `${file}.qdf.pdf`;
  ok('qpdf', ['--qdf', '--object-streams=disable', '--decrypt', `--password=${password}`, file, out]);
  return readFileSync(out, 'latin1');
}

let fixture: PdfFixture;
let main: { file: string; pdf: Buffer };
let extracted: string | undefined;
/** The main report's text, extracted inside the tests so a missing poppler fails each one, not a hook. */
const mainText = () => (extracted ??= textOf(main.file));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-report-pdf-'));
  fixture = pdfFixture();
  main = await rendered(fixture.model);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the PDF report', () => {
  it('is encrypted with AES-256 and lets the reader print and copy but not change it', () => {
    const shown = ok('qpdf', ['--show-encryption', `--password=${PASSWORD}`, main.file]);
    expect(shown).toContain('Supplied password is user password');
    // PDF 1.7 extension level 3: revision 5, AES-256 ("AESv3") for streams, strings and files.
    expect(shown).toMatch(/^R = 5$/m);
    expect(shown).toContain('stream encryption method: AESv3');
    expect(shown).toContain('string encryption method: AESv3');
    expect(shown).toContain('file encryption method: AESv3');
    expect(shown).toContain('print high resolution: allowed');
    expect(shown).toContain('extract for any purpose: allowed');
    expect(shown).toContain('modify anything: not allowed');
    expect(ok('qpdf', ['--check', `--password=${PASSWORD}`, main.file])).toContain('No syntax or stream encoding errors found');

    const info = ok('pdfinfo', ['-upw', PASSWORD, main.file]);
    expect(info).toContain('algorithm:AES-256');
    expect(info).toMatch(/^Title:\s+Hearth report$/m);
    expect(info).not.toMatch(/^(Author|Subject|Keywords|Creator|Producer):/m);
  });

  it('opens with the password only', async () => {
    expect(mainText()).toContain(fixture.model.title);
    expect(mainText()).toContain(fixture.names[0]);
    const note = fixture.model.entries.find((e) => e.note?.startsWith('By the'))!.note!;
    expect(mainText()).toContain(note);

    const none = run('pdftotext', [main.file, '-']);
    expect(none.status).not.toBe(0);
    expect(none.stdout).toBe('');
    const wrong = run('pdftotext', ['-upw', `${PASSWORD}x`, main.file, '-']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toBe('');
    expect(run('qpdf', ['--show-encryption', `--password=${PASSWORD}x`, main.file]).stdout).toContain('Incorrect password supplied');
    expect(run('qpdf', ['--decrypt', `--password=${PASSWORD}x`, main.file, join(dir, 'wrong.pdf')]).status).not.toBe(0);

    // A person's own passphrase may have accents: the reader must accept it as typed.
    const accented = 'Żółw ćma łąka — straße';
    const own = await rendered(fixture.model, accented);
    expect(textOf(own.file, accented)).toContain(fixture.model.title);
  });

  it('opens in poppler with the generated PDF passphrase itself, up to the longest one', async () => {
    const { model } = pdfFixture({ sections: ['overview'] });
    // Five-letter words and digits throughout: 29 bytes, the longest the generator makes.
    const five = PDF_WORDS.findIndex((w) => w.length === 5);
    const longest = generatePdfPassphrase((n) => (n === 10 ? 9 : five)).passphrase;
    expect(Buffer.byteLength(longest)).toBe(29);
    for (const passphrase of [longest, generateSharePassphrase('pdf').passphrase, generateSharePassphrase('pdf').passphrase]) {
      const { file } = await rendered(model, passphrase);
      expect(textOf(file, passphrase)).toContain(model.title);
      expect(run('pdftotext', ['-upw', `${passphrase.slice(0, -1)}`, file, '-']).status).not.toBe(0);
    }
  });

  it('uses the whole of a passphrase longer than 32 bytes', async () => {
    const sixWords = 'lantern-orbit-velvet-marsh-copper-quill';
    const { file } = await rendered(fixture.model, sixWords);
    expect(ok('qpdf', ['--show-encryption', `--password=${sixWords}`, file])).toContain('Supplied password is user password');
    expect(ok('qpdf', ['--show-encryption', `--password=${sixWords.slice(0, 32)}`, file])).toContain('Incorrect password supplied');
  });

  it('shows every name in the model and nothing that was left out of it', () => {
    for (const name of fixture.names) expect(mainText()).toContain(name);
    for (const canary of fixture.canaries) expect(mainText()).not.toContain(canary);
    for (const word of NOTE_WORDS) expect(mainText()).toContain(word);
    expect(mainText()).toContain(TAG);
  });

  it('shows no notes or tags when the model has none', async () => {
    const withoutNotes = pdfFixture({ includeNotes: false });
    const { file } = await rendered(withoutNotes.model);
    const text = textOf(file);
    expect(text).toContain('Notes and tags are left out.');
    for (const name of withoutNotes.names) expect(text).toContain(name);
    for (const canary of withoutNotes.canaries) expect(text).not.toContain(canary);
  });

  it('keeps names, notes and metadata out of the raw bytes', () => {
    const plain = [...fixture.names, fixture.model.title, UNICODE_NOTE, LONG_NOTE_START, 'Hearth report', ...NOTE_WORDS, fixture.model.generatedOn];
    for (const s of plain) {
      expect(main.pdf.includes(Buffer.from(s, 'utf8')), s).toBe(false);
      expect(main.pdf.includes(Buffer.from(s, 'utf16le').swap16()), `${s} as UTF-16BE`).toBe(false);
    }
  });

  it('is a tagged PDF: language, title, headings, paragraphs, tables with header cells, and charts with alt text', () => {
    const info = ok('pdfinfo', ['-upw', PASSWORD, main.file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const doc = decrypted(main.file);
    expect(doc).toMatch(/\/Type \/StructTreeRoot/);
    expect(doc).toMatch(/\/Marked true/);
    expect(doc).toMatch(/\/Lang \(en\)/);
    expect(doc).toMatch(/\/DisplayDocTitle true/);
    const roles = new Map<string, number>();
    for (const [, role] of doc.matchAll(/\/S \/(\w+)/g)) roles.set(role!, (roles.get(role!) ?? 0) + 1);
    // One title, a heading and a section for each of the nine sections, a heading for each entry;
    // in the help section two kinds of days that did not match, asking, channels, which way and the
    // key (which the kinds section has too); check-ins: none answered, so no instrument's heading.
    expect(roles.get('Document')).toBe(1);
    expect(roles.get('H1')).toBe(1);
    expect(roles.get('H2')).toBe(9);
    expect(roles.get('Sect')).toBe(9);
    expect(roles.get('H3')).toBe(fixture.model.entries.length + 7);
    expect(roles.get('P')).toBeGreaterThan(fixture.model.entries.length);
    // The people table: one header row of six column headers, then a row per person; and the
    // channels table of the help section: three column headers, then a row for each of six channels.
    expect(roles.get('Table')).toBe(2);
    expect(roles.get('TH')).toBe(6 + 3);
    expect(roles.get('TR')).toBe(1 + fixture.model.insights.people.length + 1 + 6);
    expect(roles.get('TD')).toBe(6 * fixture.model.insights.people.length + 3 * 6);
    expect(doc.match(/\/Scope \/Column/g)).toHaveLength(6 + 3);
    // Timeline, scatter and kinds: each a Figure that says what it shows.
    expect(roles.get('Figure')).toBe(3);
    // Literal strings escape their parentheses and backslashes.
    const alts = [...doc.matchAll(/\/Alt \((.*)\)$/gm)].map((m) => m[1]!.replace(/\\([()\\])/g, '$1'));
    expect(alts).toHaveLength(3);
    expect(alts[0]).toMatch(/^Line chart: daily means of mood \(solid line\) and felt support \(dashed line\), 1 Jan 2026 to 1 Mar 2026, on a 0 to 10 scale; mood from \d/);
    expect(alts[1]).toMatch(/^Scatter chart: felt support across and mood up, both 0 to 10, one point for each of \d+ days with both\.$/);
    const kinds = fixture.model.insights.kinds;
    expect(alts[2]).toBe(
      `Bar chart: how many of the ${fixture.model.insights.interactions} interactions included each kind of support: ` +
        `emotional ${kinds.emotional}, practical ${kinds.practical}, informational ${kinds.informational}, financial ${kinds.financial}, ` +
        `companionship ${kinds.companionship}, esteem ${kinds.esteem}.`,
    );
    // Every marked run is closed: as many ends as beginnings.
    expect(doc.match(/ BDC$/gm)!.length).toBe(doc.match(/^EMC$/gm)!.length);
    expect(doc.match(/\/Artifact <<[^>]*\/Type \/Pagination/g)).toHaveLength(Number(/^Pages:\s+(\d+)$/m.exec(info)![1]));
  });

  it('repeats the header of a table that runs over a page as an artifact, not as another row', async () => {
    const { model } = pdfFixture({ sections: ['people'] });
    const template = model.insights.people[0]!;
    const many = structuredClone(model);
    many.insights.people = Array.from({ length: 90 }, (_, i) => ({ ...template, personId: `p${i}`, name: `Person ${i + 1}` }));
    const { file } = await rendered(many);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(ok('pdfinfo', ['-upw', PASSWORD, file]))![1]);
    expect(pages).toBeGreaterThan(1);
    const doc = decrypted(file);
    expect(doc.match(/\/S \/TH\b/g)).toHaveLength(6);
    expect(doc.match(/\/S \/TR\b/g)).toHaveLength(91);
    expect(doc.match(/ BDC$/gm)!.length).toBe(doc.match(/^EMC$/gm)!.length);
    // Every page of the table shows its header, up to the key below the table.
    let tablePages = 0;
    for (let page = 1; page <= pages; page++) {
      const text = textOf(file, PASSWORD, ['-f', String(page), '-l', String(page)]).replace(/\s+/g, ' ');
      expect(text).toContain('Received / gave / both');
      tablePages++;
      if (text.includes('which a mean can hide')) break;
    }
    expect(tablePages).toBeGreaterThan(1);
    expect(ok('qpdf', ['--check', `--password=${PASSWORD}`, file])).toContain('No syntax or stream encoding errors found');
  });

  it('writes dates as the HTML report does and says the next-day sentence the HTML says', () => {
    const text = mainText().replace(/\s+/g, ' ');
    // The fixture runs from 2026-01-01 to 2026-03-01, made on the last day.
    expect(text).toContain('Support and mood — therapy report 1 Jan 2026 – 1 Mar 2026 Made on 1 Mar 2026 with Hearth.');
    expect(text).toContain('Range: 1 Jan 2026 to 1 Mar 2026 (60 calendar days).');
    // The first entry is on Thursday 1 January 2026 (fixture: 09:mm).
    expect(text).toMatch(new RegExp(`Chosen entries ${fixture.model.entries.length} entries, oldest first\\. Thu 1 Jan 2026, 09:\\d\\d `));
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Within one year, only the timeline's first label carries it.
    expect(mainText()).toContain('\n1 Jan 2026\n');
    expect(mainText()).toMatch(/\n9 Jan\n/);
    const html = renderReportBody(fixture.model);
    const sameDay = correlationClaim(fixture.model.insights.correlation).words;
    const nextDay = correlationClaim(fixture.model.insights.nextDay, true).words;
    expect(nextDay).not.toBe(sameDay);
    for (const sentence of [sameDay, nextDay]) {
      expect(html).toContain(sentence);
      expect(text).toContain(sentence);
    }
  });

  it('says "1 day" and "1 entry", not "1 days"', async () => {
    const day = '2026-01-01';
    const one = entry(`${day}T09:30:00+01:00`, 6, 7, { stress: 8 });
    const { model } = pdfFixture({ sections: ['overview', 'supportMood', 'stress', 'entries'] });
    const insights = computeInsights([one], [], { from: day, to: day, today: day });
    const single: ReportModel = { ...model, from: day, to: day, insights, entries: [{ ...model.entries[0]!, date: day }] };
    const text = textOf((await rendered(single)).file).replace(/\s+/g, ' ');
    expect(text).toContain('1 entry, oldest first.');
    expect(text).toContain('(1 calendar day)');
    expect(text).toContain('Each point is one day with entries (1 day).');
    // One stress day is no comparison: the means are not drawn, the shared claim says why.
    expect(text).not.toContain('Mood on stress days');
    expect(text).toContain(stressClaim(insights.stress).words);
    expect(text).not.toMatch(/\b1 (days|entries|interactions|calendar days)\b/);
  });

  it('draws vector charts in grey only, with the support line dashed', () => {
    const doc = decrypted(main.file);
    // A dash pattern ([on off] phase d) for the felt-support line, and lines, rectangles and curves (circle markers).
    expect(doc).toMatch(/^\[\s*\d+(\.\d+)?\s+\d+(\.\d+)?\s*\]\s+\d+(\.\d+)?\s+d$/m);
    expect(doc).toMatch(/ re$/m);
    expect(doc).toMatch(/ l$/m);
    expect(doc).toMatch(/ c$/m);
    expect(doc).not.toMatch(/\/Subtype\s*\/Image/);
    const colours = [...doc.matchAll(/^([\d.]+) ([\d.]+) ([\d.]+) (?:scn|SCN|rg|RG)$/gm)];
    expect(colours.length).toBeGreaterThan(10);
    for (const [op, r, g, b] of colours) expect(r === g && g === b, op).toBe(true);
  });

  it('puts the shared claims in words first and their figures after, for correlations, people and stress', () => {
    const text = mainText().replace(/\s+/g, ' ');
    const insights = fixture.model.insights;
    const claims = [correlationClaim(insights.correlation), correlationClaim(insights.nextDay, true), stressClaim(insights.stress), ...insights.people.map((p) => personMoodClaim(p))];
    for (const c of claims) {
      const at = text.indexOf(c.words);
      expect(at, c.words).toBeGreaterThan(-1);
      if (c.figures !== null) expect(text.indexOf(c.figures, at), c.figures).toBe(at + c.words.length + 1);
    }
    const first = insights.people[0]!;
    expect(text).toContain(`${first.feltSpread.nourishing} / ${first.feltSpread.neutral} / ${first.feltSpread.draining}`);
  });

  it('renders page 1 in greyscale with poppler', () => {
    const prefix = join(dir, 'page');
    // -singlefile: otherwise the page number in the name is zero-padded to the page count's width.
    ok('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', '-upw', PASSWORD, main.file, prefix]);
    const pgm = readFileSync(`${prefix}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!;
    const pixels = pgm.subarray(header[0].length);
    expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
    const dark = pixels.filter((p) => p < 128).length;
    expect(dark).toBeGreaterThan(pixels.length * 0.01);
    expect(dark).toBeLessThan(pixels.length * 0.5);
  });

  it('keeps accented text and survives characters the font lacks', () => {
    expect(mainText()).toContain(UNICODE_NOTE);
    // DejaVu has no CJK; the rest of the note still reads, with the bell and the tab as spaces.
    expect(MISSING_GLYPHS_NOTE).toContain('\t');
    expect(mainText()).toContain('Teatime');
    expect(mainText()).toMatch(/bell +tab here/);
  });

  it('draws the chosen sections in the fixed order, and only those', async () => {
    const some = pdfFixture({ sections: ['entries', 'people', 'overview', 'supportMood'] });
    const lines = textOf((await rendered(some.model)).file).split(/[\n\f]/); // pdftotext ends a page with a form feed
    // Each heading after the one before it.
    let at = -1;
    for (const heading of ['Overview', 'Support and mood together', 'People', 'Chosen entries']) {
      at = lines.indexOf(heading, at + 1);
      expect(at, heading).toBeGreaterThan(-1);
    }
    for (const absent of ['Mood and felt support over time', 'Kinds of support', 'Support under stress']) expect(lines).not.toContain(absent);
    expect(lines.join('\n')).toContain('On days you felt more supported');
  });

  it('carries a long note across pages and numbers every page', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(ok('pdfinfo', ['-upw', PASSWORD, main.file]))![1]);
    expect(pages).toBeGreaterThan(3);
    const pageTexts = Array.from({ length: pages }, (_, i) => textOf(main.file, PASSWORD, ['-f', String(i + 1), '-l', String(i + 1)]));
    pageTexts.forEach((t, i) => expect(t).toContain(`Page ${i + 1} of ${pages}`));
    const start = pageTexts.findIndex((t) => t.includes(LONG_NOTE_START));
    const end = pageTexts.findIndex((t) => t.includes(LONG_NOTE_END));
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
  });

  it('says so when there is nothing to show, and treats missing values as gaps', async () => {
    const { model } = pdfFixture();
    const empty: ReportModel = { ...model, insights: computeInsights([], [], { from: model.from, to: model.to, today: model.to }), entries: [] };
    const emptyText = textOf((await rendered(empty)).file);
    expect(emptyText).toContain('No entries in this range.');
    expect(emptyText).toContain('No interactions with anyone in this range.');

    // Imported entries may have no mood or support: those days are left out of the charts.
    const gaps = structuredClone(model);
    Object.assign(gaps.insights.series.daily[0]!, { mood: null });
    Object.assign(gaps.insights.series.daily[1]!, { support: null });
    Object.assign(gaps.entries[0]!, { mood: null, support: null });
    const gapsText = textOf((await rendered(gaps)).file);
    expect(gapsText).toContain('Mood not recorded · Felt support not recorded');
  });

  it('draws the same document every time, apart from the ids', async () => {
    const again = await rendered(fixture.model);
    const withoutIds = (doc: string) => doc.replace(/^\s*\/ID \[.*\]$/m, '');
    expect(withoutIds(decrypted(again.file))).toBe(withoutIds(decrypted(main.file)));
  });

  it('renders a year of entries in a few seconds', async () => {
    const year = pdfFixture({ days: 365 });
    const started = performance.now();
    const { file } = await rendered(year.model);
    const ms = performance.now() - started;
    console.log(`one-year report: ${year.model.entries.length} entries rendered in ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(10_000);
    const text = textOf(file);
    expect(text).toContain('Weekly means.');
    // Weeks start on Monday 29 Dec 2025: a chart across years gives every label its year.
    expect(text).toContain('\n29 Dec 2025\n');
    expect(text).toMatch(/\n\d{1,2} [A-Z][a-z]{2} 2026\n/);
    expect(text).not.toMatch(/\n\d{1,2} [A-Z][a-z]{2}\n/);
  });
});

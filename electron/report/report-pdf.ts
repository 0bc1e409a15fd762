// The therapy report as an AES-256 password-protected PDF (DESIGN.md, "Exports"). It draws exactly
// the ReportModel it is given, which is already filtered and named, so nothing the person left out
// can reach the file. All ink is grey and charts are vector paths, so it prints well in black and white.
import { randomBytes } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { SUPPORT_KINDS, type Direction } from '../../shared/domain';
import { REPORT_SECTIONS, type ReportSection } from '../../shared/exchange';
import { fixed as fixedFigure, MINUS, plainDate, plainDay, plural, signed as signedFigure, usedOf } from '../../shared/format';
import { KIND_LABELS } from '../../shared/labels';
import { STRESS_DAY_THRESHOLD, SUPPORTIVE_FELT, type Granularity } from '../../shared/insights';
import { correlationClaim, personMoodClaim, stressClaim, type Claim } from '../../shared/insights-text';
import { barChart, isValue, lineChart, scatterChart, type LineSeries } from './pdf-charts';
import { drawHelp, drawSupportKey, type PdfPen } from './pdf-help';
import { chart, clean, contentWidth, FONTS, figures, heading, MARGIN, MUTED, oneLine, pageNumbers, paragraph, room, rule, startTags, table, tags, type Doc } from './pdf-layout';
import { categoryLabels } from './report-dates';
import type { ReportEntry, ReportModel } from './report-types';
import { NAME_SENTENCES, scopeSentences, SECTION_TITLES } from './report-words';
import { drawCheckins } from './report-checkins-pdf';

const GRANULARITY: Record<Granularity, { mean: string; gap: string }> = {
  day: { mean: 'Daily means', gap: 'days' },
  week: { mean: 'Weekly means', gap: 'weeks' },
  month: { mean: 'Monthly means', gap: 'months' },
};

const DIRECTION_WORDS: Record<Direction, string> = {
  received: 'received',
  gave: 'gave',
  both: 'both ways',
};

const fixed = (n: number | null | undefined) => (isValue(n) ? fixedFigure(n, 1, MINUS) : '–');
/** Felt runs −2 … +2: the sign is part of the meaning, written as in the HTML report. */
const signed = (n: number, digits: number) => signedFigure(n, digits, MINUS);
const score = (n: number | null) => (n === null ? 'not recorded' : Number.isInteger(n) ? String(n) : n.toFixed(1));

function overview(doc: Doc, model: ReportModel): void {
  const s = model.insights;
  heading(doc, SECTION_TITLES.overview, 80);
  figures(doc, [
    { label: 'Entries', value: String(s.entries) },
    { label: 'Days with entries', value: String(s.days) },
    { label: 'Interactions', value: String(s.interactions) },
    { label: 'Mean mood (0–10)', value: fixed(s.mood.mean) },
    { label: 'Mean felt support (0–10)', value: fixed(s.support.mean) },
  ]);
  const range = s.range
    ? `${plainDate(s.range.from)} to ${plainDate(s.range.to)} (${plural(s.range.calendarDays, 'calendar day')})`
    : `${plainDate(model.from)} to ${plainDate(model.to)}`;
  paragraph(doc, `Range: ${range}. Means are over days: each day's entries are averaged first.`, { color: MUTED });
}

function timeline(doc: Doc, model: ReportModel): void {
  const { granularity, buckets } = model.insights.series;
  heading(doc, SECTION_TITLES.timeline, 230);
  if (!buckets.some((b) => isValue(b.mood) || isValue(b.support))) {
    paragraph(doc, 'No entries in this range.');
    return;
  }
  const series: LineSeries[] = [
    { label: 'Mood', values: buckets.map((b) => b.mood), style: 'solid', marker: 'circle' },
    { label: 'Felt support', values: buckets.map((b) => b.support), style: 'dashed', marker: 'square' },
  ];
  const words = GRANULARITY[granularity];
  const spans = series.map((s) => {
    const values = s.values.filter(isValue);
    return values.length === 0 ? `${s.label.toLowerCase()} not recorded` : `${s.label.toLowerCase()} from ${fixed(Math.min(...values))} to ${fixed(Math.max(...values))}`;
  });
  const alt =
    `Line chart: ${words.mean.toLowerCase()} of mood (solid line) and felt support (dashed line), ${plainDate(model.from)} to ${plainDate(model.to)}, ` +
    `on a 0 to 10 scale; ${spans.join(', ')}.`;
  chart(doc, 220, alt, (box) => lineChart(doc, FONTS, box, categoryLabels(buckets.map((b) => b.start), granularity), series, 'Scale 0–10'));
  paragraph(doc, `${words.mean}. Mood is the solid line with round markers, felt support the dashed line with square markers. Gaps are ${words.gap} without entries.`, {
    color: MUTED,
    size: 8.5,
  });
}

/** The shared words of a claim, then its figures in small muted type. */
function claim(doc: Doc, c: Claim, indent = 0): void {
  paragraph(doc, c.words, { indent, after: c.figures === null ? 4 : 1 });
  if (c.figures !== null) paragraph(doc, c.figures, { indent, color: MUTED, size: 8.5 });
}

function supportMood(doc: Doc, model: ReportModel): void {
  const points = model.insights.series.daily.flatMap((d) => (isValue(d.support) && isValue(d.mood) ? [{ x: d.support, y: d.mood }] : []));
  heading(doc, SECTION_TITLES.supportMood, 280);
  if (points.length > 0) {
    const alt = `Scatter chart: felt support across and mood up, both 0 to 10, one point for each of ${plural(points.length, 'day')} with both.`;
    chart(doc, 270, alt, (box) => scatterChart(doc, FONTS, box, points, 'Felt support (0–10)', 'Mood (0–10)'), 300);
    paragraph(doc, `Each point is one day with entries (${plural(points.length, 'day')}). Darker points are several days in the same place.`, {
      color: MUTED,
      size: 8.5,
    });
  }
  claim(doc, correlationClaim(model.insights.correlation));
  claim(doc, correlationClaim(model.insights.nextDay, true));
}

function kinds(doc: Doc, model: ReportModel): void {
  heading(doc, SECTION_TITLES.kinds, 140);
  if (model.insights.interactions === 0) {
    paragraph(doc, 'No interactions in this range.');
    return;
  }
  const bars = SUPPORT_KINDS.map((k) => ({ label: KIND_LABELS[k], value: model.insights.kinds[k] }));
  const alt = `Bar chart: how many of the ${plural(model.insights.interactions, 'interaction')} included each kind of support: ${bars.map((b) => `${b.label.toLowerCase()} ${b.value}`).join(', ')}.`;
  chart(doc, bars.length * 22, alt, (box) => barChart(doc, FONTS, box, bars));
  paragraph(doc, 'Interactions that included each kind of support; one interaction can include several.', { color: MUTED, size: 8.5 });
  drawSupportKey(pen(doc));
}

function people(doc: Doc, model: ReportModel): void {
  heading(doc, SECTION_TITLES.people, 60);
  const list = model.insights.people;
  if (list.length === 0) {
    paragraph(doc, 'No interactions with anyone in this range.');
    return;
  }
  const fixedWidths = [66, 96, 52, 52, 100];
  const nameWidth = contentWidth(doc) - fixedWidths.reduce((a, b) => a + b, 0);
  table(
    doc,
    [
      { title: 'Name', width: nameWidth, align: 'left' },
      { title: 'Interactions', width: fixedWidths[0]!, align: 'right' },
      { title: 'Nourishing / neutral / draining', width: fixedWidths[1]!, align: 'right' },
      { title: 'Mean felt', width: fixedWidths[2]!, align: 'right' },
      { title: 'Mean cost', width: fixedWidths[3]!, align: 'right' },
      { title: 'Received / gave / both', width: fixedWidths[4]!, align: 'right' },
    ],
    list.map((p) => [
      oneLine(p.name),
      String(p.interactions),
      `${p.feltSpread.nourishing} / ${p.feltSpread.neutral} / ${p.feltSpread.draining}`,
      p.meanFelt === null ? '–' : signed(p.meanFelt, 1) + usedOf(p.feltInteractions, p.interactions),
      fixed(p.meanCost) + (p.meanCost === null ? '' : usedOf(p.costInteractions, p.interactions)),
      `${p.received} / ${p.gave} / ${p.both}`,
    ]),
  );
  paragraph(
    doc,
    'Felt: −2 draining … +2 nourishing; nourishing, neutral and draining count the interactions above, at and below 0, which a mean can hide. Cost: 0 none … 3 a lot (pressure, guilt, obligation, less freedom). ' +
      'Each is over the interactions where it was recorded: “(3 of 5)” says how many; – is none.',
    { color: MUTED, size: 8.5 },
  );
  room(doc, 40);
  paragraph(doc, 'Mood on days with each person (a pattern, not a cause)', { bold: true, after: 4 });
  for (const p of list) claim(doc, personMoodClaim(p, oneLine(p.name)));
}

function stress(doc: Doc, model: ReportModel): void {
  const s = model.insights.stress;
  heading(doc, SECTION_TITLES.stress, 80);
  if (s.days === 0) {
    paragraph(doc, 'No stress was recorded in this range.');
    return;
  }
  const stressDays = s.daysSupported + s.daysUnsupported + s.daysSupportNotRecorded;
  const compared = s.moodDifference.verdict !== 'not-enough-days';
  figures(doc, [
    { label: 'Mean stress (0–10)', value: fixed(s.mean) },
    { label: 'Days with stress recorded', value: String(s.days) },
    // Below MIN_GROUP_DAYS a side the means would compare a day or two with a day or two.
    ...(compared
      ? [
          { label: `Mood on stress days with support (${plural(s.daysSupported, 'day')})`, value: fixed(s.moodSupported) },
          { label: `Mood on stress days without (${plural(s.daysUnsupported, 'day')})`, value: fixed(s.moodUnsupported) },
        ]
      : []),
  ]);
  if (stressDays > 0) claim(doc, stressClaim(s));
  const definition =
    `A stress day has a mean stress of ${STRESS_DAY_THRESHOLD} or more. With support means that day had support received ` +
    `(or given both ways) that felt +${SUPPORTIVE_FELT} or better.`;
  const open = s.daysSupportNotRecorded === 0 ? '' : ` ${plural(s.daysSupportNotRecorded, 'stress day')} left out: how an interaction felt or who supported whom was not recorded.`;
  paragraph(doc, (stressDays === 0 ? `No day reached a mean stress of ${STRESS_DAY_THRESHOLD}. ${definition}` : definition) + open, { color: MUTED, size: 8.5 });
}

function entry(doc: Doc, e: ReportEntry): void {
  room(doc, 48);
  paragraph(doc, `${plainDay(e.date)}, ${e.time}`, { tag: 'H3', bold: true, after: 1 });
  paragraph(doc, `Mood ${score(e.mood)} · Felt support ${score(e.support)} · Stress ${score(e.stress)}`, { after: 2 });
  for (const i of e.interactions) {
    const kindsText = i.kinds.length > 0 ? i.kinds.map((k) => KIND_LABELS[k].toLowerCase()).join(', ') : 'no kind noted';
    const direction = i.direction === null ? 'direction not recorded' : DIRECTION_WORDS[i.direction];
    const felt = i.felt === null ? 'felt not recorded' : `felt ${signed(i.felt, 0)}`;
    const cost = i.cost === null ? 'cost not recorded' : `cost ${i.cost}`;
    paragraph(doc, `${oneLine(i.person)}: ${kindsText} · ${direction} · ${felt} · ${cost}`, {
      indent: 10,
      after: 1,
    });
  }
  const note = e.note === undefined ? '' : clean(e.note).trim();
  if (note !== '') {
    doc.y += 2;
    paragraph(doc, note, { indent: 10, after: 2 });
  }
  if (e.tags && e.tags.length > 0) paragraph(doc, `Tags: ${e.tags.map(oneLine).join(', ')}`, { indent: 10, color: MUTED, size: 8.5, after: 2 });
  doc.y += 4;
  rule(doc);
  doc.y += 6;
}

function entries(doc: Doc, model: ReportModel): void {
  heading(doc, SECTION_TITLES.entries, 48);
  if (model.entries.length === 0) {
    paragraph(doc, 'No entries in this range.');
    return;
  }
  paragraph(doc, `${plural(model.entries.length, 'entry', 'entries')}, oldest first.`, { color: MUTED, size: 8.5, after: 8 });
  for (const e of model.entries) entry(doc, e);
}

const pen = (doc: Doc): PdfPen => ({ heading: (t, k) => heading(doc, t, k), paragraph: (t, s) => paragraph(doc, t, s), claim: (c) => claim(doc, c), table: (c, r) => table(doc, c, r), width: contentWidth(doc) });
const checkins = (doc: Doc, model: ReportModel) => drawCheckins({ heading: (t) => heading(doc, t, 48), subheading: (t) => paragraph(doc, t, { tag: 'H3', bold: true, after: 2 }), paragraph: (t, muted) => paragraph(doc, t, muted ? { color: MUTED, size: 8.5 } : {}), table: (head, rows) => table(doc, head.map((title, i) => ({ title, width: contentWidth(doc) / head.length, align: i === 0 ? 'left' : 'right' })), rows) }, model);
const DRAW: Record<ReportSection, (doc: Doc, model: ReportModel) => void> = { overview, timeline, supportMood, kinds, people, stress, help: (doc, model) => drawHelp(pen(doc), model), entries, checkins };

function title(doc: Doc, model: ReportModel): void {
  paragraph(doc, oneLine(model.title), { tag: 'H1', bold: true, size: 20, after: 4 });
  paragraph(doc, `${plainDate(model.from)} – ${plainDate(model.to)}`, { size: 11, after: 2 });
  const notes = model.sections.includes('entries') ? (model.includeNotes ? ' Notes and tags are included.' : ' Notes and tags are left out.') : '';
  paragraph(doc, `Made on ${plainDate(model.generatedOn)} with Hearth. ${NAME_SENTENCES[model.names]}${notes} Mood, felt support and stress are on a 0–10 scale.`, {
    color: MUTED,
    size: 8.5,
  });
  paragraph(doc, scopeSentences(model).join(' '), { size: 9.5 });
}


/**
 * The report as a PDF that opens only with `password` (AES-256, PDF 1.7 extension level 3). The
 * owner password is random and thrown away: nobody can lift the permissions, which allow the
 * reader to print and copy text but not to change the document.
 */
export async function renderReportPdf(model: ReportModel, password: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    pdfVersion: '1.7ext3',
    userPassword: password,
    ownerPassword: randomBytes(32).toString('base64url'),
    permissions: { printing: 'highResolution', copying: true, contentAccessibility: true },
    displayTitle: true,
    tagged: true,
    lang: 'en',
    bufferPages: true,
    font: FONTS.regular,
  });
  // pdfkit's XMP writer needs a CreationDate; the report's own date keeps the output reproducible
  // and says nothing the first page does not. Info and XMP are encrypted along with the rest.
  doc.info = { Title: 'Hearth report', CreationDate: new Date(`${model.generatedOn}T00:00:00Z`) };

  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  startTags(doc);
  title(doc, model);
  for (const section of REPORT_SECTIONS) {
    if (model.sections.includes(section)) tags(doc).group('Sect', () => DRAW[section](doc, model));
  }
  pageNumbers(doc);
  tags(doc).end();
  doc.end();
  return finished;
}

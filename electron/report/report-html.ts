// The therapy report's body as HTML: the markup that is encrypted into the report file and shown
// in the app's preview. It is injected under a CSP without 'unsafe-inline', so it carries no
// inline styles and no scripts: layout comes from REPORT_CSS classes and SVG presentation
// attributes. Every piece of text goes through escapeHtml.
import { KIND_LABELS } from '../../shared/labels';
import { SUPPORT_KINDS } from '../../shared/domain';
import { dateParts, fixed, MINUS, MONTHS, MONTHS_LONG, plainDate, plainDay, plural, signed as signedFigure, usedOf } from '../../shared/format';
import type { ReportSection } from '../../shared/exchange';
import { STRESS_DAY_THRESHOLD, SUPPORTIVE_FELT, type Granularity, type SeriesBucket } from '../../shared/insights';
import { correlationClaim, personMoodClaim, stressClaim, type Claim } from '../../shared/insights-text';
import type { ReportEntry, ReportModel } from './report-types';
import type { Span } from './redact';
import { NAME_SENTENCES, scopeSentences, SECTION_TITLES } from './report-words';
import { checkinsHtml } from './report-checkins';
import { barChart, escapeHtml, lineChart, scatterChart } from './svg-charts';
import { helpBody, supportKeyHtml } from './report-html-help';

/** Ids in the report carry this prefix: the preview shares its page with the app. */
const ID = 'hearth-report';

const e = escapeHtml;
const fmt1 = (n: number) => fixed(n, 1, MINUS);
/** Felt runs −2 … +2: the sign is part of the meaning. */
const signed = (n: number) => signedFigure(n, 1, MINUS);
const MISSING = '<span class="hr-missing">not recorded</span>';

function cell(value: number | null, format = fmt1): string {
  return `<td class="hr-num">${value === null ? MISSING : e(format(value))}</td>`;
}



function section(id: ReportSection, body: string): string {
  return `<section class="hr-section" aria-labelledby="${ID}-${id}"><h2 id="${ID}-${id}">${e(SECTION_TITLES[id])}</h2>${body}</section>`;
}

function para(text: string, cls = ''): string {
  return `<p${cls ? ` class="${cls}"` : ''}>${e(text)}</p>`;
}

/** The shared words of a claim, then its figures (r, CI, n or the difference) on a smaller second line. */
function claim(c: Claim): string {
  return para(c.words) + (c.figures === null ? '' : para(c.figures, 'hr-stat'));
}

/** A chart with its numbers as a table for screen readers and for anyone who prefers to read them. */
function figure(svg: string, caption: string, head: readonly string[], rows: readonly string[]): string {
  const th = head.map((h, i) => `<th scope="col"${i > 0 ? ' class="hr-num"' : ''}>${e(h)}</th>`).join('');
  return (
    `<figure class="hr-figure">${svg}</figure>` +
    `<details class="hr-data"><summary>Table of this chart</summary><table><caption>${e(caption)}</caption>` +
    `<thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table></details>`
  );
}

function overview(m: ReportModel): string {
  const i = m.insights;
  const scale = (s: { mean: number | null; days: number }) => (s.mean === null ? 'not recorded' : `${fmt1(s.mean)} / 10`);
  const over = (days: number) => (days > 0 ? `over ${plural(days, 'day')}` : '');
  const figures: [string, string, string][] = [
    ['Days with entries', String(i.days), i.range ? `of ${plural(i.range.calendarDays, 'day')} in the range` : ''],
    ['Entries', String(i.entries), ''],
    ['Interactions', String(i.interactions), `with ${plural(i.people.length, 'person', 'people')}`],
    ['Average mood', scale(i.mood), over(i.mood.days)],
    ['Average felt support', scale(i.support), over(i.support.days)],
    ['Average stress', i.stress.mean === null ? 'not recorded' : `${fmt1(i.stress.mean)} / 10`, over(i.stress.days)],
  ];
  const items = figures.map(([term, value, note]) => `<div><dt>${e(term)}</dt><dd>${e(value)}${note ? `<span class="hr-sub">${e(note)}</span>` : ''}</dd></div>`);
  return section(
    'overview',
    `<dl class="hr-figures">${items.join('')}</dl>` +
      para('Mood, felt support and stress are on a 0–10 scale; an average is taken over the days that have the value (not recorded is not zero).'),
  );
}

/** Axis labels: the year is added on a second line where it changes. */
function bucketLabels(buckets: readonly SeriesBucket[], granularity: Granularity): string[] {
  let year = '';
  return buckets.map((b) => {
    const { month, day } = dateParts(b.start);
    const y = b.start.slice(0, 4);
    const text = granularity === 'month' ? MONTHS[month - 1]! : `${day} ${MONTHS[month - 1]}`;
    const withYear = y !== year ? `${text}\n${y}` : text;
    year = y;
    return withYear;
  });
}

function bucketName(b: SeriesBucket, granularity: Granularity): string {
  if (granularity === 'day') return plainDay(b.start);
  if (granularity === 'week') return `Week of ${plainDate(b.start)}`;
  const { year, month } = dateParts(b.start);
  return `${MONTHS_LONG[month - 1]} ${year}`;
}

const MOOD_STYLE = { colour: '#1f5fa8', dash: '', marker: 'circle' } as const;
const SUPPORT_STYLE = { colour: '#a8460f', dash: '7 4', marker: 'square' } as const;

function timeline(m: ReportModel): string {
  const { granularity, buckets } = m.insights.series;
  if (!buckets.some((b) => b.mood !== null || b.support !== null)) return section('timeline', para('No mood or felt support was recorded in this range.'));
  const per = granularity === 'day' ? 'day' : granularity === 'week' ? 'week' : 'month';
  const svg = lineChart({
    id: `${ID}-timeline-chart`,
    title: `Mood and felt support per ${per}`,
    desc: `Average mood (solid line, circles) and felt support (dashed line, squares) per ${per}, from ${plainDate(m.from)} to ${plainDate(m.to)}, on a 0 to 10 scale. Gaps are ${per}s without a value.`,
    xLabels: bucketLabels(buckets, granularity),
    series: [
      { name: 'Mood', values: buckets.map((b) => b.mood), ...MOOD_STYLE },
      { name: 'Felt support', values: buckets.map((b) => b.support), ...SUPPORT_STYLE },
    ],
    min: 0,
    max: 10,
    step: 2,
  });
  const rows = buckets.map((b) => `<tr><th scope="row">${e(bucketName(b, granularity))}</th><td class="hr-num">${b.days}</td>${cell(b.mood)}${cell(b.support)}</tr>`);
  return section(
    'timeline',
    para(`Averages per ${per} on a 0–10 scale. A gap is a ${per} without a value: nothing is filled in.`) +
      figure(svg, `Mood and felt support per ${per}`, [granularity === 'month' ? 'Month' : granularity === 'week' ? 'Week' : 'Day', 'Days with entries', 'Mood', 'Felt support'], rows),
  );
}

function supportMood(m: ReportModel): string {
  const i = m.insights;
  const text = claim(correlationClaim(i.correlation)) + claim(correlationClaim(i.nextDay, true));
  const days = i.series.daily.filter((d): d is typeof d & { mood: number; support: number } => d.mood !== null && d.support !== null);
  if (days.length === 0) return section('supportMood', text);
  const svg = scatterChart({
    id: `${ID}-support-mood-chart`,
    title: 'Felt support and mood, day by day',
    desc: `Each dot is a day: felt support across (0 to 10), mood up (0 to 10); larger dots are several days on the same spot. ${plural(days.length, 'day')} with both values.`,
    points: days.map((d) => ({ x: d.support, y: d.mood })),
    xName: 'Felt support (0–10)',
    yName: 'Mood (0–10)',
    min: 0,
    max: 10,
    step: 2,
  });
  const rows = days.map((d) => `<tr><th scope="row">${e(plainDay(d.date))}</th>${cell(d.support)}${cell(d.mood)}</tr>`);
  return section('supportMood', text + figure(svg, 'Daily felt support and mood', ['Day', 'Felt support', 'Mood'], rows));
}

function kinds(m: ReportModel): string {
  const i = m.insights;
  if (i.interactions === 0) return section('kinds', para('No interactions were logged in this range.'));
  const bars = SUPPORT_KINDS.map((k) => ({ label: KIND_LABELS[k], value: i.kinds[k] }));
  const svg = barChart({
    id: `${ID}-kinds-chart`,
    title: 'Kinds of support',
    desc: `How many of the ${plural(i.interactions, 'interaction')} included each kind of support: ${bars.map((b) => `${b.label.toLowerCase()} ${b.value}`).join(', ')}.`,
    bars,
    format: String,
  });
  const rows = bars.map((b) => `<tr><th scope="row">${e(b.label)}</th><td class="hr-num">${b.value}</td></tr>`);
  return section(
    'kinds',
    para('Interactions that included each kind of support; one interaction can be several kinds.') + figure(svg, 'Interactions by kind of support', ['Kind', 'Interactions'], rows) + supportKeyHtml(),
  );
}

function people(m: ReportModel): string {
  const list = m.insights.people;
  if (list.length === 0) return section('people', para('No one appears in the entries of this range.'));
  const withRelationship = m.names !== 'relationship';
  const head = ['Person', ...(withRelationship ? ['Relationship'] : []), 'Interactions', 'Nourishing', 'Neutral', 'Draining', 'Felt (mean)', 'Cost (mean)', 'Received', 'Gave', 'Both'];
  const th = head.map((h, i) => `<th scope="col"${i >= (withRelationship ? 2 : 1) ? ' class="hr-num"' : ''}>${e(h)}</th>`).join('');
  const rows = list.map(
    (p) =>
      `<tr><th scope="row">${e(p.name)}</th>${withRelationship ? `<td>${e(p.relationship ?? 'not recorded')}</td>` : ''}<td class="hr-num">${p.interactions}</td>` +
      `<td class="hr-num">${p.feltSpread.nourishing}</td><td class="hr-num">${p.feltSpread.neutral}</td><td class="hr-num">${p.feltSpread.draining}</td>` +
      `${cell(p.meanFelt, (v) => signed(v) + usedOf(p.feltInteractions, p.interactions))}${cell(p.meanCost, (v) => fmt1(v) + usedOf(p.costInteractions, p.interactions))}<td class="hr-num">${p.received}</td><td class="hr-num">${p.gave}</td><td class="hr-num">${p.both}</td></tr>`,
  );
  return section(
    'people',
    para(
      'Felt runs from −2 (draining) to +2 (nourishing): nourishing, neutral and draining count the interactions that felt above, at and below 0, because a mean can hide a mix. Cost runs from 0 (none) to 3 (a lot: pressure, guilt, obligation). Received, gave and both count who supported whom. ' +
        'Each is over the interactions where it was recorded; “(3 of 5)” says how many those were.',
    ) +
      `<div class="hr-scroll" role="region" aria-label="People table" tabindex="0"><table><caption>People, most interactions first</caption><thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table></div>` +
      `<h3>Mood on days with each person</h3>` +
      para('Days with someone can differ in other ways too: a pattern, not a cause.') +
      `<ul class="hr-claims">${list.map((p) => `<li>${claim(personMoodClaim(p))}</li>`).join('')}</ul>`,
  );
}

function stress(m: ReportModel): string {
  const s = m.insights.stress;
  if (s.mean === null) return section('stress', para('No stress was recorded in this range.'));
  const intro = para(`Average stress ${fmt1(s.mean)} / 10 over ${plural(s.days, 'day')} with a stress value.`);
  if (s.daysSupported + s.daysUnsupported + s.daysSupportNotRecorded === 0) {
    return section('stress', intro + para(`No day with a mood had stress of ${STRESS_DAY_THRESHOLD} or more.`));
  }
  const explain = para(
    `Stress days are days with stress of ${STRESS_DAY_THRESHOLD} or more. “With support” means at least one interaction that day where you received support (or it went both ways) and it felt +${SUPPORTIVE_FELT} or better.`,
  );
  const open =
    s.daysSupportNotRecorded === 0
      ? ''
      : para(`${plural(s.daysSupportNotRecorded, 'stress day')} left out: how an interaction felt or who supported whom was not recorded.`);
  // Below MIN_GROUP_DAYS a side there is no comparison to draw: the words say so with both counts.
  if (s.moodDifference.verdict === 'not-enough-days') return section('stress', intro + explain + claim(stressClaim(s)) + open);
  const bars = [
    { label: `With support (${plural(s.daysSupported, 'day')})`, value: s.moodSupported },
    { label: `Without (${plural(s.daysUnsupported, 'day')})`, value: s.moodUnsupported },
  ];
  const svg = barChart({
    id: `${ID}-stress-chart`,
    title: 'Mood on stress days, with and without support',
    desc: `Average mood (0 to 10) on stress days with support: ${s.moodSupported === null ? 'no such days' : fmt1(s.moodSupported)} over ${plural(s.daysSupported, 'day')}; without: ${s.moodUnsupported === null ? 'no such days' : fmt1(s.moodUnsupported)} over ${plural(s.daysUnsupported, 'day')}.`,
    bars,
    max: 10,
    format: (v) => `${fmt1(v)} / 10`,
  });
  const rows = [
    `<tr><th scope="row">With support</th><td class="hr-num">${s.daysSupported}</td>${cell(s.moodSupported)}</tr>`,
    `<tr><th scope="row">Without</th><td class="hr-num">${s.daysUnsupported}</td>${cell(s.moodUnsupported)}</tr>`,
  ];
  return section('stress', intro + explain + claim(stressClaim(s)) + open + figure(svg, 'Mood on stress days', ['Stress days', 'Days', 'Average mood'], rows));
}

const DIRECTION_TEXT = { received: 'received', gave: 'gave', both: 'both ways' } as const;

/** Escaped text; in the preview, each replaced name or hidden word is marked so the person can check it. */
function replacedText(text: string, marks: readonly Span[] | undefined, mark: boolean): string {
  if (!mark || !marks || marks.length === 0) return e(text);
  let html = '';
  let last = 0;
  for (const [start, end] of marks) {
    html += `${e(text.slice(last, start))}<mark class="hr-replaced">${e(text.slice(start, end))}</mark>`;
    last = end;
  }
  return html + e(text.slice(last));
}

/** An entry as a short block, not a table row: notes run to paragraphs and must read (and print) as such. */
function entryBlock(en: ReportEntry, includeNotes: boolean, mark: boolean): string {
  const score = (term: string, value: number | null) => `<div><dt>${e(term)}</dt><dd>${value === null ? MISSING : e(String(value))}</dd></div>`;
  const who =
    en.interactions.length === 0
      ? para('No one logged.', 'hr-missing')
      : `<ul class="hr-people">${en.interactions
          .map((i) => {
            const kinds = i.kinds.length > 0 ? i.kinds.map((k) => KIND_LABELS[k].toLowerCase()).join(', ') : 'no kind given';
            const direction = i.direction === null ? 'direction not recorded' : DIRECTION_TEXT[i.direction];
            const felt = i.felt === null ? 'felt not recorded' : `felt ${signed(i.felt)}`;
            const cost = i.cost === null ? 'cost not recorded' : `cost ${i.cost}`;
            return `<li>${e(`${i.person}: ${kinds}; ${direction}; ${felt}, ${cost}`)}</li>`;
          })
          .join('')}</ul>`;
  const note = includeNotes && en.note ? `<p class="hr-note">${replacedText(en.note, en.marks?.note, mark)}</p>` : '';
  const tags =
    includeNotes && en.tags && en.tags.length > 0
      ? `<p class="hr-tags">Tags: ${en.tags.map((t, i) => replacedText(t, en.marks?.tags[i], mark)).join(', ')}</p>`
      : '';
  return (
    `<article class="hr-entry"><h3>${e(`${plainDay(en.date)}, ${en.time}`)}</h3>` +
    `<dl class="hr-scores">${score('Mood', en.mood)}${score('Felt support', en.support)}${score('Stress', en.stress)}</dl>${who}${note}${tags}</article>`
  );
}

function entries(m: ReportModel, mark: boolean): string {
  if (m.entries.length === 0) return section('entries', para('There are no entries in this range.'));
  return section(
    'entries',
    para(`${plural(m.entries.length, 'entry', 'entries')}, oldest first. Mood, felt support and stress are 0–10.${m.includeNotes ? '' : ' Notes and tags are not included.'}`) +
      m.entries.map((en) => entryBlock(en, m.includeNotes, mark)).join(''),
  );
}

const help = (m: ReportModel) => section('help', helpBody(m));

const RENDER: Record<ReportSection, (m: ReportModel, mark: boolean) => string> = { overview, timeline, supportMood, kinds, people, stress, help, entries, checkins: checkinsHtml };

export interface BodyOptions {
  /** Mark each replaced name and hidden word: for the app's preview only, never the file. */
  markReplacements?: boolean;
}

export function renderReportBody(model: ReportModel, opts: BodyOptions = {}): string {
  const head =
    `<header class="hr-header"><h1 id="${ID}-title" tabindex="-1">${e(model.title)}</h1>` +
    `<p class="hr-meta">${e(`${plainDate(model.from)} – ${plainDate(model.to)}`)}</p>` +
    para(`Made on ${plainDate(model.generatedOn)} with Hearth, from a personal journal. ${NAME_SENTENCES[model.names]}`) +
    para(scopeSentences(model).join(' '), 'hr-scope') +
    `</header>`;
  const body = (Object.keys(RENDER) as ReportSection[])
    .filter((s) => model.sections.includes(s))
    .map((s) => RENDER[s](model, opts.markReplacements ?? false))
    .join('');
  return `<article class="hearth-report" aria-labelledby="${ID}-title">${head}${body}</article>`;
}

export const REPORT_CSS = `
.hearth-report{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1.5rem}
.hearth-report h1{font-size:1.75rem;line-height:1.2;margin:0 0 .25rem}
.hearth-report h2{font-size:1.35rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid #bdbdbd}
.hearth-report p{margin:.5rem 0;max-width:44rem}
.hearth-report .hr-meta{font-size:1.1rem;font-weight:600;margin:0}
.hearth-report .hr-figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem;margin:0 0 1rem;padding:0}
.hearth-report .hr-figures div{border:1px solid #bdbdbd;border-radius:.5rem;padding:.5rem .75rem}
.hearth-report .hr-figures dt{font-size:.9rem;color:#3d3d3d}
.hearth-report .hr-figures dd{margin:0;font-size:1.4rem;font-weight:600}
.hearth-report .hr-stat{margin-top:0;font-size:.9rem;color:#3d3d3d;font-variant-numeric:tabular-nums}
.hearth-report .hr-claims{margin:.25rem 0;padding-left:1.25rem}
.hearth-report h3{font-size:1.05rem;margin:1rem 0 .25rem}
.hearth-report .hr-sub{display:block;font-size:.85rem;font-weight:400;color:#3d3d3d}
.hearth-report .hr-figure{margin:1rem 0}
.hearth-report svg.hr-chart{display:block;width:100%;max-width:44rem;height:auto}
.hearth-report svg.hr-chart text{font-family:inherit}
.hearth-report .hr-scroll{overflow-x:auto}
.hearth-report table{border-collapse:collapse;width:100%;font-size:.95rem}
.hearth-report caption{text-align:left;font-weight:600;padding:.25rem 0}
.hearth-report th,.hearth-report td{border-bottom:1px solid #d6d6d6;padding:.3rem .5rem;text-align:left;vertical-align:top}
.hearth-report thead th{border-bottom:2px solid #1a1a1a}
.hearth-report .hr-num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.hearth-report .hr-missing{font-style:italic;color:#4d4d4d}
.hearth-report .hr-entry{border-top:1px solid #d6d6d6;padding:.6rem 0}
.hearth-report .hr-entry h3{font-size:1.05rem;margin:0}
.hearth-report .hr-scores{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:.25rem 0}
.hearth-report .hr-scores div{display:flex;gap:.4rem}
.hearth-report .hr-scores dt{color:#3d3d3d}
.hearth-report .hr-scores dd{margin:0;font-weight:600}
.hearth-report .hr-scores .hr-missing{font-weight:400}
.hearth-report .hr-people{margin:.25rem 0;padding-left:1.25rem}
.hearth-report .hr-key div{margin:.25rem 0}
.hearth-report .hr-key dt{font-weight:600}
.hearth-report .hr-key dd{margin:0 0 0 1rem}
.hearth-report .hr-note{white-space:pre-wrap;overflow-wrap:anywhere}
.hearth-report .hr-tags{font-size:.9rem;color:#3d3d3d}
.hearth-report mark.hr-replaced{background:#ffe58a;color:#1a1a1a;border-bottom:2px solid #8a6100;padding:0 .1em}
.hearth-report .hr-scope{font-weight:600}
.hearth-report details{margin:.5rem 0 1.5rem}
.hearth-report summary{cursor:pointer;padding:.25rem 0}
.hearth-report summary:focus-visible,.hearth-report h1:focus-visible{outline:3px solid #1f5fa8;outline-offset:2px}
.hearth-report h1:focus:not(:focus-visible){outline:none}
@media print{
.hearth-report{max-width:none;padding:0;font-size:11pt}
.hearth-report,.hearth-report *{color:#000;background:#fff}
.hearth-report .hr-section+.hr-section{break-before:page}
.hearth-report h2{break-after:avoid}
.hearth-report .hr-figure,.hearth-report tr,.hearth-report .hr-figures div,.hearth-report .hr-entry{break-inside:avoid}
.hearth-report h3{break-after:avoid}
.hearth-report thead{display:table-header-group}
.hearth-report .hr-scroll{overflow:visible}
.hearth-report details.hr-data{display:none}
}
`;

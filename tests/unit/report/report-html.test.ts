// The report body: chosen sections in order, every chart an accessible inline SVG with a table,
// all text escaped, and nothing a strict CSP would block (no inline styles, no scripts).
import { Window, type Element } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/report/build-report';
import { REPORT_CSS, renderReportBody } from '../../../electron/report/report-html';
import { escapeHtml } from '../../../electron/report/svg-charts';
import { REPORT_SECTIONS, reportOptionsSchema, type ReportOptionsInput } from '../../../shared/exchange';
import { correlationClaim, personMoodClaim, stressClaim } from '../../../shared/insights-text';
import { entry, generatedYear, interaction, person } from './journal';

const ctx = { today: '2026-11-25', weekStartsOn: 1 as const };
const year = generatedYear();
const options = (extra: Partial<ReportOptionsInput> = {}) =>
  reportOptionsSchema.parse({ from: '2025-11-25', to: '2026-11-24', sections: [...REPORT_SECTIONS], includeNotes: true, ...extra });

const window = new Window();

function parse(html: string): Element {
  const article = new window.DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
  expect(article?.outerHTML.length).toBeGreaterThan(0);
  return article!;
}

const ALLOWED_TAGS = new Set(
  'article header h1 h2 h3 p span section dl dt dd div ul li figure details summary table caption thead tbody tr th td svg title desc line text path circle rect'.split(' '),
);

describe('renderReportBody', () => {
  const model = buildReport(year.entries, year.people, options(), ctx);
  const html = renderReportBody(model);
  const article = parse(html);

  it('is one article with the title, the range and every chosen section in report order', () => {
    expect(article.tagName).toBe('ARTICLE');
    expect(article.className).toBe('hearth-report');
    expect(article.querySelector('h1')!.textContent).toBe(model.title);
    expect(article.textContent).toContain('25 Nov 2025 – 24 Nov 2026');
    expect([...article.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Overview',
      'Mood and felt support over time',
      'Support and mood together',
      'Kinds of support',
      'People',
      'Support under stress',
      'Help received and feeling supported',
      'Chosen entries',
      'Check-ins',
    ]);
    const some = parse(renderReportBody(buildReport(year.entries, year.people, options({ sections: ['entries', 'kinds'] }), ctx)));
    expect([...some.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Kinds of support', 'Chosen entries']);
  });

  it('has no inline style, no script and no event handler, only plain report markup', () => {
    expect(html).not.toMatch(/\sstyle=|<script|\son[a-z]+=|javascript:/i);
    const tags = new Set([...article.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
    expect([...tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
  });

  it('draws every chart as an accessible SVG followed by a table of its numbers', () => {
    const svgs = [...article.querySelectorAll('svg')];
    expect(svgs).toHaveLength(4); // timeline, support and mood, kinds, stress
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(svg.querySelector('title')!.id).toBe(titleId);
      expect(svg.querySelector('desc')!.id).toBe(descId);
      expect(svg.querySelector('desc')!.textContent!.length).toBeGreaterThan(20);
      const details = svg.closest('figure')!.nextElementSibling!;
      expect(details.tagName).toBe('DETAILS');
      expect(details.querySelector('summary')!.textContent).toBe('Table of this chart');
      expect(details.querySelectorAll('th[scope="col"]').length).toBeGreaterThan(1);
      expect(details.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    }
    const ids = [...article.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('hearth-report'))).toBe(true);
  });

  it('tells mood and felt support apart without colour: dash pattern, marker shape, direct labels', () => {
    const svg = article.querySelector('#hearth-report-timeline')!.closest('section')!.querySelector('svg')!;
    const paths = [...svg.querySelectorAll('path[fill="none"]')];
    expect(paths.map((p) => p.getAttribute('stroke-dasharray'))).toEqual([null, '7 4']);
    expect(svg.querySelectorAll('circle').length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('rect').length).toBeGreaterThan(0);
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('Mood');
    expect(labels).toContain('Felt support');
  });

  it('says how support and mood moved together in the shared words, with the figures on their own smaller line', () => {
    const section = article.querySelector('#hearth-report-supportMood')!.closest('section')!;
    const lines = [...section.querySelectorAll(':scope > p')].map((p) => [p.textContent, p.className]);
    for (const c of [correlationClaim(model.insights.correlation), correlationClaim(model.insights.nextDay, true)]) {
      expect(lines).toContainEqual([c.words, '']);
      expect(lines).toContainEqual([c.figures, 'hr-stat']);
    }
  });

  it('gives each person’s felt spread and mood comparison in the shared words', () => {
    const section = article.querySelector('#hearth-report-people')!.closest('section')!;
    const heads = [...section.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads.slice(3, 6)).toEqual(['Nourishing', 'Neutral', 'Draining']);
    const first = model.insights.people[0]!;
    const cells = [...section.querySelector('tbody tr')!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells.slice(2, 5)).toEqual([first.feltSpread.nourishing, first.feltSpread.neutral, first.feltSpread.draining].map(String));
    const items = [...section.querySelectorAll('.hr-claims li')];
    expect(items).toHaveLength(model.insights.people.length);
    const claim = personMoodClaim(first);
    expect(items[0]!.querySelector('p')!.textContent).toBe(claim.words);
    expect(items[0]!.textContent).toBe(claim.words + (claim.figures ?? ''));
  });

  it('gives every table header a scope', () => {
    for (const th of article.querySelectorAll('th')) expect(['col', 'row']).toContain(th.getAttribute('scope'));
  });

  it('ships a stylesheet scoped to the report, with print rules', () => {
    const selectors = REPORT_CSS.replace(/@media print\{/, '').match(/[^{}]+(?=\{)/g)!.map((s) => s.trim()).filter((s) => s !== '');
    for (const s of selectors) for (const part of s.split(',')) expect(part.trim()).toMatch(/^\.hearth-report\b/);
    expect(REPORT_CSS).toMatch(/@media print\{[^]*break-before:page/);
  });
});

describe('renderReportBody, hostile and missing values', () => {
  const evil = person(1, '<img src=x onerror=alert(1)> & "Sam" O\'Neil', 'friend');
  const journal = [
    entry('2026-03-01T09:00:00+01:00', {
      mood: undefined,
      support: 6,
      note: '</article><script>alert("note")</script>',
      tags: ['<b>tag</b>'],
      interactions: [interaction(evil, { kinds: ['emotional'] })],
    }),
    entry('2026-03-02T09:00:00+01:00', { mood: 5, support: undefined, stress: 9, interactions: [interaction(evil, { felt: 2 })] }),
    entry('2026-03-09T09:00:00+01:00', { mood: 7, support: 8 }),
  ];
  const model = buildReport(journal, [evil], reportOptionsSchema.parse({ from: '2026-03-01', to: '2026-03-31', sections: [...REPORT_SECTIONS], includeNotes: true, names: 'full' }), ctx);
  const html = renderReportBody(model);
  const article = parse(html);

  it('escapes every piece of text', () => {
    expect(html).not.toMatch(/<img|<script|<b>|<\/article><script/);
    expect(html).toContain(escapeHtml(evil.name));
    expect(article.textContent).toContain(evil.name);
    expect(article.textContent).toContain('</article><script>alert("note")</script>');
    expect(article.textContent).toContain('Tags: <b>tag</b>');
    expect(article.querySelectorAll('script, img, b')).toHaveLength(0);
  });

  it('writes "not recorded" for a missing value and never draws it as zero', () => {
    const first = article.querySelector('.hr-entry')!;
    expect(first.querySelector('.hr-scores')!.textContent).toBe('Moodnot recordedFelt support6Stressnot recorded');
    // Daily points lacking a value are left out of the scatter: only 9 March has both.
    const scatter = article.querySelector('#hearth-report-supportMood')!.closest('section')!;
    expect(scatter.querySelectorAll('svg circle')).toHaveLength(1);
    expect(scatter.querySelectorAll('details tbody tr')).toHaveLength(1);
  });

  it('counts how each interaction felt, and compares no groups of a day or two', () => {
    const people = article.querySelector('#hearth-report-people')!.closest('section')!;
    // Relationship, interactions, then nourishing, neutral, draining: both interactions felt +1 or +2.
    const row = [...people.querySelector('tbody tr')!.querySelectorAll('td')].map((td) => td.textContent);
    expect(row.slice(1, 5)).toEqual(['2', '2', '0', '0']);
    expect(people.textContent).toContain(personMoodClaim(model.insights.people[0]!).words);
    expect(people.textContent).toContain('Not enough days yet to compare your mood on days with');
    const stress = article.querySelector('#hearth-report-stress')!.closest('section')!;
    expect(stress.textContent).toContain(stressClaim(model.insights.stress).words);
    expect(stress.textContent).toContain('(1 day with, 0 without; at least 5 of each are needed)');
    expect(stress.querySelectorAll('svg')).toHaveLength(0);
  });

  it('writes "not recorded" for an interaction left untouched, and says how many interactions each mean used', () => {
    const robin = person(2, 'Robin');
    const untouched = interaction(robin, { kinds: [] });
    delete untouched.direction;
    delete untouched.felt;
    delete untouched.cost;
    const days = [
      entry('2026-04-01T09:00:00+01:00', { stress: 8, interactions: [untouched] }),
      entry('2026-04-02T09:00:00+01:00', { interactions: [interaction(robin, { felt: -1, cost: 2, direction: 'gave' })] }),
    ];
    const a = parse(renderReportBody(buildReport(days, [robin], reportOptionsSchema.parse({ from: '2026-04-01', to: '2026-04-30', sections: ['people', 'stress', 'entries'], names: 'full' }), ctx)));
    const first = a.querySelector('.hr-entry ul')!;
    expect(first.textContent).toBe('Robin: no kind given; direction not recorded; felt not recorded, cost not recorded');
    const row = [...a.querySelectorAll('#hearth-report-people ~ div tbody tr')][0]!;
    // Felt −1 and cost 2 from the one interaction of two that has them, so the spread counts one
    // draining interaction and nothing for the untouched one; one gave, one not recorded.
    expect([...row.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual(['Robin', 'friend', '2', '0', '0', '1', '−1.0 (1 of 2)', '2.0 (1 of 2)', '0', '1', '0']);
    // The stress day's only interaction says neither how it felt nor which way: left out of both groups.
    expect(a.textContent).toContain('1 stress day left out: how an interaction felt or who supported whom was not recorded.');
  });

  it('says so, instead of drawing an empty chart, when a range has nothing to show', () => {
    const empty = renderReportBody(buildReport([], [], reportOptionsSchema.parse({ from: '2026-01-01', to: '2026-01-31', sections: [...REPORT_SECTIONS] }), ctx));
    const a = parse(empty);
    expect(a.querySelectorAll('svg')).toHaveLength(0);
    expect(a.textContent).toContain('No mood or felt support was recorded in this range.');
    expect(a.textContent).toContain('No interactions were logged in this range.');
    expect(a.textContent).toContain('There are no entries in this range.');
    expect(a.querySelectorAll('h2')).toHaveLength(REPORT_SECTIONS.length);
  });
});

// The report's section on help received and feeling supported, in HTML and in the PDF (read back
// with pdftotext): figures worked out by hand from the chosen entries only, names hidden as chosen,
// the section only when it is chosen, and the key to the kinds of support and cost.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/report/build-report';
import { renderReportBody } from '../../../electron/report/report-html';
import { renderReportPdf } from '../../../electron/report/report-pdf';
import { reportOptionsSchema, type ReportOptionsInput } from '../../../shared/exchange';
import { COST_EXPLAINED, KIND_MEANINGS } from '../../../shared/support-words';
import { entry, interaction, person } from './journal';

const sam = person(1, 'Sam Rivera');
const lee = person(2, 'Lee Park', 'colleague');
const ana = person(3, 'Ana Cruz', 'family');
const at = (day: number) => `2026-03-0${day}T19:00:00+01:00`;
const left = entry(at(9), { support: 3, interactions: [interaction(sam, { direction: 'received' })] });
const entries = [
  entry(at(2), { support: 2, interactions: [interaction(sam, { direction: 'received', felt: 2, cost: 0, askedForHelp: true, channel: 'call' })] }),
  entry(at(3), { support: 8 }),
  entry(at(4), { support: 5, interactions: [interaction(lee, { direction: 'gave', felt: -1, cost: 2, channel: 'message' })] }),
  entry(at(5), { support: 6, interactions: [interaction(sam, { direction: 'received', felt: 1, cost: 2, channel: 'call' })] }),
  entry(at(6), { support: 4, interactions: [interaction(sam, { direction: 'both', felt: -2, cost: 0 })] }),
  entry(at(7), { support: 7, interactions: [interaction(lee, { direction: 'gave', felt: 1, cost: 3, channel: 'message' })] }),
  // Which way it went was not recorded with Ana.
  entry(at(8), { support: 5, interactions: [(({ direction: _, ...rest }) => rest)(interaction(ana, { felt: 0 }))] }),
  // Unticked by the person: counts in nothing.
  left,
];
const ctx = { today: '2026-03-31', weekStartsOn: 1 as const };
const options = (extra: Partial<ReportOptionsInput> = {}) =>
  reportOptionsSchema.parse({ from: '2026-03-01', to: '2026-03-31', sections: ['help'], names: 'initials', excludeEntryIds: [left.id], ...extra });
const model = buildReport(entries, [sam, lee, ana], options(), ctx);
const flat = (text: string) => text.replace(/\s+/g, ' ');

// With help: 2 Mar (2), 5 Mar (6), 6 Mar (4). Without: 3 Mar (8), 4 Mar (5), 7 Mar (7). 8 Mar is open.
const SAID = [
  'On 3 days with help received, felt support averaged 4.0; on 3 days without, 6.7.',
  'Not enough days yet to compare how supported you felt on days you received help and on days you did not (3 days with help, 3 without; at least 5 of each are needed).',
  '1 day left out: which way support went was not recorded.',
  'Helped, but felt alone: 1 day',
  'Mon 2 Mar 2026 (felt support 2.0)',
  'Felt supported without help: 2 days',
  'Tue 3 Mar 2026 (felt support 8.0)',
  'Sat 7 Mar 2026 (felt support 7.0)',
  'When they asked for help: 1 interaction, mean felt +2.0.',
  // −1, +1, −2, +1 and 0.
  'When they did not ask: 5 interactions, mean felt −0.2.',
  'they received support in 2, gave it in 2, and it went both ways in 1.',
  'People you turn to (1)',
  'S. R. (received 2, gave 0, both ways 1): sometimes nourishing, sometimes draining',
  'People who turn to you (1)',
  'L. P. (received 0, gave 2, both ways 0)',
  'Both ways (0)',
  'Which way support went was not recorded with A. C.',
  KIND_MEANINGS.emotional,
  COST_EXPLAINED.long,
];
const NAMES = ['Sam', 'Rivera', 'Lee', 'Park', 'Ana', 'Cruz'];

describe('the help section in HTML', () => {
  const html = renderReportBody(model);
  const text = flat(html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));

  it('says the figures of the chosen entries, with the counts behind them', () => {
    for (const s of SAID) expect(text).toContain(s);
    expect(text).not.toContain('Mon 9 Mar 2026');
  });

  it('lists every channel with its interactions and mean felt', () => {
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td class="hr-num">(\d+)<\/td><td class="hr-num">([^<]+)<\/td><\/tr>/g)].map((m) => m.slice(1));
    expect(rows).toEqual([
      ['In person', '2', '−1.0'],
      ['Call', '2', '+1.5'],
      ['Video', '0', 'not recorded'],
      ['Message', '2', '0.0'],
      ['Online', '0', 'not recorded'],
      ['Other', '0', 'not recorded'],
    ]);
  });

  it('names nobody when names are hidden, and appears only when chosen', () => {
    for (const name of NAMES) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
    const other = renderReportBody(buildReport(entries, [sam, lee, ana], options({ sections: ['overview'] }), ctx));
    expect(other).not.toContain('Help received and feeling supported');
    expect(other).not.toContain('People you turn to');
  });
});

describe('the help section in the PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-help-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says the same, and names nobody', async () => {
    const password = 'orbit-velvet-marsh-quill';
    const file = join(dir, 'report.pdf');
    writeFileSync(file, await renderReportPdf(model, password));
    const r = spawnSync('pdftotext', ['-upw', password, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (r.error) throw new Error(`pdftotext is not installed: apt-get install poppler-utils (${r.error.message})`);
    expect(r.status).toBe(0);
    const text = flat(r.stdout);
    for (const s of SAID) expect(text).toContain(s);
    for (const name of NAMES) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
  });
});

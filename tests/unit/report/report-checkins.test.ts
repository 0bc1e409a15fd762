// The report's "Check-ins" section, chosen only when asked for: in the HTML and in the PDF (read back
// with poppler's pdftotext), each instrument's name, ranges and "a self-report, not a diagnosis",
// and only the check-ins of the range.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/report/build-report';
import { renderReportBody } from '../../../electron/report/report-html';
import { renderReportPdf } from '../../../electron/report/report-pdf';
import { checkinResult } from '../../../shared/checkins';
import { DEFAULT_REPORT_SECTIONS, REPORT_SECTIONS, reportOptionsSchema } from '../../../shared/exchange';

const checkins = [
  checkinResult('a', { instrument: 'who5', date: '2026-03-02', answers: [3, 2, 4, 1, 2], createdAt: '2026-03-02T10:00:00.000Z' }),
  checkinResult('b', { instrument: 'mspss', date: '2026-03-10', answers: [7, 6, 1, 2, 5, 3, 4, 1, 3, 6, 2, 2], createdAt: '2026-03-10T10:00:00.000Z' }),
  // Outside the range: left out.
  checkinResult('c', { instrument: 'ucla3', date: '2026-04-02', answers: [3, 3, 3, 5], createdAt: '2026-04-02T10:00:00.000Z' }),
];
const ctx = { today: '2026-04-05', weekStartsOn: 1 as const, checkins };
const options = (sections: readonly string[]) => reportOptionsSchema.parse({ from: '2026-03-01', to: '2026-03-31', sections: [...sections] });

describe('the Check-ins section', () => {
  it('is not among the sections chosen by default', () => {
    expect(REPORT_SECTIONS).toContain('checkins');
    expect(DEFAULT_REPORT_SECTIONS).not.toContain('checkins');
    const html = renderReportBody(buildReport([], [], options(DEFAULT_REPORT_SECTIONS), ctx));
    expect(html).not.toContain('Check-ins');
    expect(html).not.toContain('WHO-5');
  });

  it('shows in HTML each instrument of the range with its name, ranges, scores and the words "a self-report, not a diagnosis"', () => {
    const model = buildReport([], [], options(['checkins']), ctx);
    expect(model.checkins!.map((c) => c.id)).toEqual(['a', 'b']);
    const html = renderReportBody(model);
    expect(html).toContain('<h2 id="hearth-report-checkins">Check-ins</h2>');
    expect(html).toContain('WHO-5 Well-Being Index');
    expect(html).toContain('Multidimensional Scale of Perceived Social Support');
    expect(html).not.toContain('Three-Item Loneliness Scale');
    expect(html).toContain('score 0 to 100; raw score 0 to 25');
    expect(html).toContain('total 1 to 7');
    expect(html).toContain('a self-report, not a diagnosis');
    // WHO-5: raw 12, score 48; MSPSS total 3.50, significant other 6, family 1.50, friends 3.
    expect(html).toContain('<td class="hr-num">48</td><td class="hr-num">12</td>');
    expect(html).toContain('<td class="hr-num">3.50</td><td class="hr-num">6</td><td class="hr-num">1.50</td><td class="hr-num">3</td>');
  });

  it('says so when no check-in was answered in the range', () => {
    const html = renderReportBody(buildReport([], [], reportOptionsSchema.parse({ from: '2026-01-01', to: '2026-01-31', sections: ['checkins'] }), ctx));
    expect(html).toContain('No check-ins were answered in this range.');
  });

  it('shows the same in the PDF', async () => {
    const password = 'cedar4panda9drift2crane7lunar';
    const dir = mkdtempSync(join(tmpdir(), 'hearth-checkins-pdf-'));
    try {
      const file = join(dir, 'report.pdf');
      writeFileSync(file, await renderReportPdf(buildReport([], [], options(['overview', 'checkins']), ctx), password));
      const out = spawnSync('pdftotext', ['-upw', password, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(out.status).toBe(0);
      const text = out.stdout.replace(/\s+/g, ' ');
      expect(text).toContain('Check-ins');
      expect(text).toContain('WHO-5 Well-Being Index');
      expect(text).toContain('Multidimensional Scale of Perceived Social Support');
      expect(text).toContain('score 0 to 100');
      expect(text).toContain('a self-report, not a diagnosis');
      expect(text).not.toContain('Three-Item Loneliness Scale');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

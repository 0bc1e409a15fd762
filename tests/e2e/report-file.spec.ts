// The encrypted report file in real Chromium, opened from disk like an e-mail attachment: no
// request but the file itself, the strict CSP holds, a wrong passphrase is refused in words, the
// right one shows the report with its charts, by keyboard only, and axe finds nothing serious.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { generateJournal, generatePeople, type JournalShape } from '../../bench/generate-journal';
import { buildReport } from '../../electron/report/build-report';
import type { ReportModel } from '../../electron/report/report-types';
import { renderReportFile } from '../../electron/report/report-file';
import { generateSharePassphrase } from '../../electron/report/share-passphrase';
import type { Entry, Person } from '../../shared/domain';
import { REPORT_SECTIONS, reportOptionsSchema } from '../../shared/exchange';
import { expectAccessible, watchProblems } from './page-checks';

const WRONG = 'That passphrase does not open this report. Check it and try again.';
const STAMP = '2026-01-01T00:00:00.000Z';

/** A generated year as stored entries and people (ids made up, UUID-shaped). */
function journal(): { entries: Entry[]; people: Person[] } {
  const shape: JournalShape = { entries: 365, people: 20, years: 1, endDate: '2026-11-24', seed: 42 };
  const id = (kind: number, n: number) => `${String(kind).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const people = generatePeople(shape).map((p, i): Person => ({ id: id(2, i), ...p, aliases: [], archived: false, createdAt: STAMP, updatedAt: STAMP }));
  const byName = new Map(people.map((p) => [p.name, p]));
  const entries = generateJournal(shape).map(
    (e, i): Entry => ({
      ...e,
      occurredAt: e.occurredAt!,
      id: id(1, i),
      createdAt: STAMP,
      updatedAt: STAMP,
      interactions: e.interactions.map((x) => ({ ...x, personId: byName.get(x.person)!.id, relationship: byName.get(x.person)!.relationship })),
    }),
  );
  return { entries, people };
}

const dir = mkdtempSync(join(tmpdir(), 'hearth-report-e2e-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A report of `from` to the journal's last day; the default work factor unless one is given. */
async function writeReport(name: string, passphrase: string, from: string, scryptWorkFactor?: number): Promise<{ url: string; model: ReportModel }> {
  const { entries, people } = journal();
  const options = reportOptionsSchema.parse({ from, to: '2026-11-24', sections: [...REPORT_SECTIONS], includeNotes: true, names: 'initials' });
  const model = buildReport(entries, people, options, { today: '2026-11-25', weekStartsOn: 1 });
  const path = join(dir, name);
  writeFileSync(path, await renderReportFile(model, passphrase, scryptWorkFactor === undefined ? {} : { scryptWorkFactor }));
  return { url: pathToFileURL(path).href, model };
}

/** Every request the page makes, seen twice: by the page and by a context-wide route that lets only the file through. */
async function recordRequests(page: Page, fileUrl: string): Promise<string[]> {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    seen.push(url);
    return url === fileUrl ? route.continue() : route.abort();
  });
  return seen;
}

/** CSP violations as the page reports them, collected from before the first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('opens offline with the passphrase, by keyboard, and asks for nothing else', async ({ page }) => {
  const { passphrase } = generateSharePassphrase();
  // Under three months (drawn by day): axe takes half a minute over a whole year's markup.
  const { url: fileUrl, model } = await writeReport('report.html', passphrase, '2026-09-01', 10);
  const problems = watchProblems(page);
  const requests = await recordRequests(page, fileUrl);
  const violations = await watchCsp(page);
  await page.goto(fileUrl);

  await expect(page).toHaveTitle('Hearth report — enter the passphrase you were given');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/);
  await expect(page.getByRole('heading', { name: 'Hearth report', level: 1 })).toBeVisible();
  const field = page.getByLabel('Passphrase', { exact: true });
  await expect(field).toBeFocused();
  await expectAccessible(page, 'passphrase form');

  // A wrong passphrase: a clear message, the field keeps focus and what was typed.
  await page.keyboard.type('not-the-right-passphrase');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(WRONG);
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('not-the-right-passphrase');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Open report' })).toBeEnabled();

  // The right one, typed with spaces as if read out loud, opened from the button by keyboard.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(passphrase.replaceAll('-', ' '));
  await page.keyboard.press('Tab'); // "Show passphrase"
  await page.keyboard.press('Space');
  await expect(field).toHaveAttribute('type', 'text');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Open report' })).toBeFocused();
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { name: 'Support and mood report', level: 1 });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole('img', { name: /Mood and felt support per day/ })).toBeVisible();
  // Timeline, scatter and kinds. These ten weeks have too few stress days on one side to compare
  // (5 a side), so the stress section says so in words and draws no bars.
  expect(model.insights.stress.moodDifference.verdict).toBe('not-enough-days');
  expect(await page.locator('svg[role="img"]').count()).toBe(3);
  await expect(page.getByText(/Not enough days yet/i).first()).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.locator('#hearth-age')).toHaveCount(0);

  // A chart's numbers open as a table from the keyboard.
  const summary = page.getByText('Table of this chart').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Mood and felt support per day' })).toBeVisible();
  await expectAccessible(page, 'decrypted report');

  // Printed: each section after the first starts a page, black on white.
  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => {
    const sections = [...document.querySelectorAll('.hearth-report .hr-section')];
    return { second: getComputedStyle(sections[1]!).breakBefore, colour: getComputedStyle(document.querySelector('.hearth-report p')!).color };
  });
  expect(print).toEqual({ second: 'page', colour: 'rgb(0, 0, 0)' });

  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
  expect(new Set(requests)).toEqual(new Set([fileUrl]));
});

test('a file at the default work factor says it is opening, and opens in a few seconds', async ({ page }) => {
  const { passphrase } = generateSharePassphrase();
  const { url: fileUrl } = await writeReport('default.html', passphrase, '2025-11-25');
  const problems = watchProblems(page);
  const requests = await recordRequests(page, fileUrl);
  await page.goto(fileUrl);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  // scrypt holds the page's thread while it works, so the page records what it showed meanwhile.
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __seen: string[] }).__seen = seen;
    const status = document.getElementById('hearth-status')!;
    const button = document.getElementById('hearth-open') as HTMLButtonElement;
    new MutationObserver(() => seen.push(`${status.textContent}|${button.disabled ? 'disabled' : 'enabled'}`)).observe(status, { childList: true, characterData: true, subtree: true });
  });
  const started = Date.now();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Support and mood report', level: 1 })).toBeVisible({ timeout: 45_000 });
  console.log(`report file at scrypt work factor 18 opened in Chromium in ${Date.now() - started} ms`);
  expect(await page.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen)).toEqual(['Opening…|disabled']);
  expect(problems).toEqual([]);
  expect(new Set(requests)).toEqual(new Set([fileUrl]));
});

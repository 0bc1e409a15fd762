// The Insights screen in real Chromium against the real service (test bridge): a generated year of
// entries, every chart drawn, table views with the same numbers as window.hearth.insights, axe in
// light and dark, and (printed, not asserted) the time from clicking "Insights" to every chart drawn.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import type { Insights } from '../../shared/insights';
import { correlationClaim, stressClaim, type Claim } from '../../shared/insights-text';
import type { EntryInput } from '../../shared/schemas';
import { prng } from '../../bench/generate-journal';
import { expect, test } from './fixtures';

const PASSPHRASE = 'correct horse battery staple';
const CHARTS = ['mood-over-time', 'support-mood', 'kinds-over-time', 'kinds-total', 'help-felt', 'people-felt-cost', 'people-reciprocity', 'people-mood', 'stress', 'circle', 'calendar'];
const PEOPLE = ['Sam', 'Ana', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kit', 'Lou', 'Mo'];
const KINDS = ['emotional', 'practical', 'informational', 'financial', 'companionship', 'esteem'] as const;
const DIRECTIONS = ['received', 'received', 'received', 'gave', 'both'] as const;


const pad = (n: number) => String(n).padStart(2, '0');

/** Local ISO date-time with its offset, as the journal stores it. */
function localIso(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

const localDate = (d: Date) => localIso(d).slice(0, 10);

/** ~400 entries over the last year; the last 10 days without anyone, so the quiet note shows. */
function generateJournal(count = 400): EntryInput[] {
  const rand = prng(20260315);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const now = new Date();
  const entries: EntryInput[] = [];
  for (let i = 0; i < count; i++) {
    const daysAgo = Math.floor(((count - 1 - i) * 364) / count);
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, i % 2 ? 20 : 9, int(0, 59));
    const support = int(0, 10);
    const mood = Math.max(0, Math.min(10, Math.round(support * 0.5 + int(0, 5))));
    const interactions =
      daysAgo < 10
        ? []
        : Array.from({ length: int(0, 3) }, () => {
            const person = PEOPLE[Math.min(PEOPLE.length - 1, Math.floor(rand() * rand() * PEOPLE.length))]!;
            const kinds = KINDS.filter(() => rand() < 0.3);
            const direction = DIRECTIONS[int(0, DIRECTIONS.length - 1)]!;
            const felt = int(-2, 2);
            const cost = int(0, 3);
            // Every fifth entry's interactions leave how it felt and what it cost not recorded.
            return { person, relationship: 'friend' as const, kinds, direction, ...(i % 5 === 0 ? {} : { felt, cost }) };
          });
    const uniq = interactions.filter((x, j) => interactions.findIndex((y) => y.person === x.person) === j);
    entries.push({ occurredAt: localIso(at), mood, support, stress: rand() < 0.7 ? int(0, 10) : undefined, note: `Day ${i}`, interactions: uniq });
  }
  return entries;
}


async function seed(page: Page): Promise<void> {
  const entries = generateJournal();
  await page.evaluate(
    async ({ passphrase, entries }) => {
      const h = (globalThis as unknown as { hearth: HearthBridge }).hearth;
      await h.create({ passphrase });
      for (const e of entries) await h.addEntry(e);
    },
    { passphrase: PASSPHRASE, entries },
  );
  await page.reload();
}

/** Past whatever the shell shows after the reload: the journal, or the unlock screen. */
async function pastUnlock(page: Page): Promise<void> {
  const link = page.getByRole('link', { name: 'Insights', exact: true });
  const unlock = page.getByRole('button', { name: 'Unlock' });
  await expect(link.or(unlock)).toBeVisible();
  if (await unlock.isVisible()) {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await unlock.click();
    await expect(link).toBeVisible();
  }
}

async function allDrawn(page: Page): Promise<void> {
  // Complete: every section drawn, and every one with the range's figures (those below the first
  // screenful take a new range's figures a moment after it).
  await page.waitForFunction((n) => {
    const charts = document.querySelectorAll('[data-chart]');
    const complete = document.querySelector('.insights-sections[data-complete="true"]') !== null;
    return complete && charts.length === n && [...charts].every((c) => c.getAttribute('data-ready') === 'true');
  }, CHARTS.length);
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

const fmt1 = (n: number | null) => (n === null ? '–' : n.toFixed(1) === '-0.0' ? '0.0' : n.toFixed(1));
const signed = (n: number) => (Number(fmt1(n)) > 0 ? `+${fmt1(n)}` : fmt1(n));
const r2 = (n: number | null) => (n === null ? '–' : n.toFixed(2).replace('-0.00', '0.00'));

function region(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

async function openTable(page: Page, name: string): Promise<Locator> {
  const r = region(page, name);
  const toggle = r.getByRole('button', { name: 'View as table' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  return r.locator('table').last();
}

async function rows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
}

async function fetchInsights(page: Page, query: { from?: string; to?: string }): Promise<Insights> {
  return page.evaluate((q) => (globalThis as unknown as { hearth: HearthBridge }).hearth.insights(q), query);
}

/** The numbers on screen are the numbers window.hearth.insights gives for the same range. */
async function expectSameNumbers(page: Page, ins: Insights): Promise<void> {
  const main = page.getByTestId('insights');
  const claims: Claim[] = [correlationClaim(ins.correlation), correlationClaim(ins.nextDay, true)];
  await expect(main.getByTestId('correlation-sentences').locator('p')).toHaveText(claims.flatMap((c) => (c.figures === null ? [c.words] : [c.words, c.figures])));

  const corr = await rows(await openTable(page, 'Felt support and mood together'));
  expect(corr.map((r) => r.slice(1, 3))).toEqual([
    [String(ins.correlation.n), r2(ins.correlation.pearson)],
    [String(ins.nextDay.n), r2(ins.nextDay.pearson)],
  ]);

  const people = await rows(await openTable(page, 'How it felt and what it cost'));
  const usedOf = (text: string, used: number, of: number) => (used < of ? `${text} (${used} of ${of})` : text);
  expect(ins.people.some((p) => p.feltInteractions < p.interactions)).toBe(true);
  expect(people).toEqual(
    ins.people
      .slice(0, 10)
      .map((p) => [
        p.name,
        String(p.interactions),
        String(p.feltSpread.nourishing),
        String(p.feltSpread.neutral),
        String(p.feltSpread.draining),
        p.meanFelt === null ? 'not recorded' : usedOf(signed(p.meanFelt), p.feltInteractions, p.interactions),
        p.meanCost === null ? 'not recorded' : usedOf(fmt1(p.meanCost), p.costInteractions, p.interactions),
      ]),
  );
  const recip = await rows(await openTable(page, 'Giving and receiving'));
  expect(recip).toEqual(ins.people.slice(0, 10).map((p) => [p.name, String(p.received), String(p.gave), String(p.both), '0']));
  const mood = await rows(await openTable(page, 'Mood with and without each person'));
  const difference = ({ difference: d, ciLow, ciHigh }: Insights['people'][number]['moodDifference']) =>
    d === null || ciLow === null || ciHigh === null ? 'not enough days' : `${signed(d)} (${fmt1(ciLow)} to ${fmt1(ciHigh)})`;
  expect(mood).toEqual(
    ins.people.slice(0, 10).map((p) => [p.name, fmt1(p.moodWith), String(p.daysWith), fmt1(p.moodWithout), String(p.daysWithout), difference(p.moodDifference)]),
  );

  if (ins.stress.moodDifference.verdict === 'not-enough-days') {
    await expect(page.getByRole('region', { name: 'Support under stress' })).toContainText(stressClaim(ins.stress).words);
  } else {
    const stress = await rows(await openTable(page, 'Support under stress'));
    expect(stress.map((r) => r.slice(1))).toEqual([
      [fmt1(ins.stress.moodSupported), String(ins.stress.daysSupported)],
      [fmt1(ins.stress.moodUnsupported), String(ins.stress.daysUnsupported)],
    ]);
  }

  const totals = await rows(await openTable(page, 'Kinds of support in total'));
  expect(totals.map((r) => r[1])).toEqual(KINDS.map((k) => String(ins.kinds[k])));

  const time = await rows(await openTable(page, 'Mood and felt support over time'));
  if (ins.series.granularity === 'day') {
    expect(time.map((r) => r.slice(1))).toEqual(ins.series.daily.map((d) => [fmt1(d.mood), fmt1(d.support), fmt1(d.mood7), fmt1(d.support7)]));
  } else {
    expect(time.map((r) => r.slice(1))).toEqual(ins.series.buckets.map((b) => [String(b.days), fmt1(b.mood), fmt1(b.support)]));
  }

  const circle = await rows(await openTable(page, 'Your circle, week by week'));
  expect(circle.map((r) => r[1])).toEqual(ins.circle.weeks.map((w) => String(w.people)));

  const pixels = await rows(await openTable(page, 'Year in pixels'));
  const shown = ins.calendar.slice(-365).filter((d) => d.entries > 0);
  expect(pixels.map((r) => r.slice(1))).toEqual(shown.map((d) => [String(d.entries), fmt1(d.mood), fmt1(d.support)]));
}

test('insights: a year of entries, every chart drawn, tables equal to the service, axe light and dark', async ({ page, bridge }) => {
  // Five axe runs over eleven charts: minutes on a loaded machine.
  test.setTimeout(360_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });

  await page.goto(bridge.url);
  await page.waitForFunction(() => 'hearth' in globalThis);
  await seed(page);
  await pastUnlock(page);

  const callMs = await page.evaluate(async () => {
    const t = performance.now();
    await (globalThis as unknown as { hearth: HearthBridge }).hearth.insights({});
    return Math.round(performance.now() - t);
  });
  console.log(`[insights] one window.hearth.insights call over the bridge: ${callMs} ms`);
  const started = Date.now();
  await page.getByRole('link', { name: 'Insights', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="insights"][aria-busy="false"] [data-chart]') !== null);
  const answered = Date.now() - started;
  await allDrawn(page);
  console.log(`[insights] click "Insights" to the numbers on screen: ${answered} ms`);
  console.log(`[insights] click "Insights" to every chart drawn: ${Date.now() - started} ms (400 entries, 90 days)`);

  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.getByText(/patterns in what you wrote, not causes/)).toBeVisible();
  await expect(page.getByRole('radio', { name: '90 days' })).toBeChecked();
  for (const name of CHARTS) {
    const chart = page.locator(`[data-chart="${name}"]`);
    await expect(chart.locator(':scope > [role="img"]')).toHaveAttribute('aria-label', /\w/);
    if (name === 'calendar') await expect(chart.locator('.pixel').first()).toBeVisible();
    else await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  }
  await expect(page.getByTestId('quiet-note')).toHaveText(/^It has been \d+ days since you logged time with someone\. Reaching out to one person can help\.$/);

  // Tooltips from the keyboard: focus the chart, arrow to a point.
  const surface = page.locator('[data-chart="circle"] .recharts-wrapper [tabindex="0"]').first();
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-chart="circle"] .recharts-tooltip-wrapper')).toContainText('People');

  // Same numbers as the service, for the same range.
  const today = localDate(new Date());
  const from90 = localDate(new Date(new Date().getFullYear(), new Date().getMonth(), new Date().getDate() - 89));
  const ins90 = await fetchInsights(page, { from: from90, to: today });
  expect(ins90.series.granularity).toBe('day');
  await expectSameNumbers(page, ins90);

  await expectAccessible(page, 'insights, tables open (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'insights, tables open (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  // A year: weekly buckets; the table view follows the new range.
  const yearStarted = Date.now();
  await page.getByRole('radio', { name: '1 year' }).check();
  await expect(page.getByRole('status').filter({ hasText: /days? with entries/ })).toContainText('with entries');
  const from365 = localDate(new Date(new Date().getFullYear(), new Date().getMonth(), new Date().getDate() - 364));
  const insYear = await fetchInsights(page, { from: from365, to: today });
  await expect(page.locator('[data-testid="insights"][aria-busy="false"]')).toBeVisible();
  await allDrawn(page);
  console.log(`[insights] switching to "1 year" to every chart drawn: ${Date.now() - yearStarted} ms`);
  expect(insYear.series.granularity).toBe('week');
  await expectSameNumbers(page, insYear);

  // Show all people: every one, in the same order as the service.
  await region(page, 'People').getByRole('button', { name: 'Show all' }).click();
  const everyone = await rows(region(page, 'How it felt and what it cost').locator('table').last());
  expect(everyone.map((r) => r[0])).toEqual(insYear.people.map((p) => p.name));
  expect(insYear.people.length).toBeGreaterThan(10);

  // Year in pixels, coloured by support.
  await region(page, 'Year in pixels').getByRole('button', { name: 'Show support' }).click();
  await expect(page.locator('[data-chart="calendar"] > [role="img"]')).toHaveAttribute('aria-label', /coloured by felt support/);
  await expect(page.locator('[data-chart="calendar"] .pixel.none').first()).toBeVisible();

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'insights, a year (dark)');
  if (process.env.INSIGHTS_SCREENSHOTS) {
    await page.setViewportSize({ width: 900, height: 600 });
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${process.env.INSIGHTS_SCREENSHOTS}/${scheme}-top.png` });
      const sections = page.locator('.insights-sections > section');
      for (let i = 0; i < (await sections.count()); i++) {
        await sections.nth(i).screenshot({ path: `${process.env.INSIGHTS_SCREENSHOTS}/${scheme}-${i}.png` });
      }
    }
  }
  expect(problems).toEqual([]);
});

test('insights: a new journal says how many days it needs', async ({ page, bridge }) => {
  await page.goto(bridge.url);
  await page.waitForFunction(() => 'hearth' in globalThis);
  await page.evaluate(async (passphrase) => {
    const h = (globalThis as unknown as { hearth: HearthBridge }).hearth;
    await h.create({ passphrase });
    await h.addEntry({ mood: 5, support: 6, interactions: [{ person: 'Sam' }] });
    await h.addEntry({ mood: 6, support: 7 });
  }, PASSPHRASE);
  await page.reload();
  await pastUnlock(page);
  await page.getByRole('link', { name: 'Insights', exact: true }).click();
  await allDrawn(page);
  await expect(region(page, 'Mood and felt support over time')).toContainText(
    'Insights need at least 10 days with entries; you have 1. Write on 9 more days to see this.',
  );
  await expectAccessible(page, 'insights, empty (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'insights, empty (dark)');
});

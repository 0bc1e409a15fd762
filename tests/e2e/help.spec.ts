// Help received and feeling supported, in real Chromium against the real service (test bridge):
// the figures are the service's, the weekly chart has a table view with the same numbers, a day that
// did not match opens its entry, and axe finds nothing serious.
import type { Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import type { Insights } from '../../shared/insights';
import type { EntryInput } from '../../shared/schemas';
import { expect, test } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';
const pad = (n: number) => String(n).padStart(2, '0');

/** Local date-time `daysAgo` days before today at `hour`, with its offset, as the journal stores it. */
function localIso(daysAgo: number, hour: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour, 0);
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00:00${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

const LOW_NOTE = 'Sam came round, and still I felt on my own.';
const HIGH_NOTE = 'A quiet day by myself, and I felt held.';

function journal(): EntryInput[] {
  const entries: EntryInput[] = [
    { occurredAt: localIso(20, 19), mood: 4, support: 2, note: LOW_NOTE, interactions: [{ person: 'Sam', direction: 'received', felt: 1, kinds: ['practical'] }] },
    { occurredAt: localIso(18, 19), mood: 7, support: 8, note: HIGH_NOTE },
    { occurredAt: localIso(16, 19), mood: 6, support: 6, note: 'Helped Ana with her move.', interactions: [{ person: 'Ana', direction: 'gave', felt: -1, cost: 2 }] },
  ];
  for (let k = 0; k < 12; k++) {
    entries.push({
      occurredAt: localIso(14 - k, 9),
      mood: 4 + (k % 4),
      support: 4 + (k % 3),
      note: `Day ${k}`,
      interactions: k % 2 === 0 ? [{ person: 'Sam', direction: 'received', felt: 2, cost: k % 4 === 0 ? 2 : 0 }] : [],
    });
  }
  return entries;
}

async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ passphrase, entries }) => {
      const h = (globalThis as unknown as { hearth: HearthBridge }).hearth;
      await h.create({ passphrase });
      for (const e of entries) await h.addEntry(e);
    },
    { passphrase: PASSPHRASE, entries: journal() },
  );
  await page.reload();
  const link = page.getByRole('link', { name: 'Insights', exact: true });
  const unlock = page.getByRole('button', { name: 'Unlock' });
  await expect(link.or(unlock)).toBeVisible();
  if (await unlock.isVisible()) {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await unlock.click();
    await expect(link).toBeVisible();
  }
}

/** As page-checks' expectAccessible, over the new section only: the whole screen's ten charts take axe minutes on a loaded machine. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('[data-testid="help-section"]').analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

const fmt1 = (n: number | null) => (n === null ? '–' : n.toFixed(1));

test('insights: help received against feeling supported, its table, and a day that did not match opened', async ({ page, bridge }) => {
  test.setTimeout(300_000);
  const problems = watchProblems(page);
  await page.goto(bridge.url);
  await page.waitForFunction(() => 'hearth' in globalThis);
  await seed(page);
  await page.getByRole('link', { name: 'Insights', exact: true }).click();
  await expect(page.locator('[data-testid="insights"][aria-busy="false"]')).toBeVisible();

  const now = new Date();
  const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const ins = await page.evaluate(
    (q) => (globalThis as unknown as { hearth: HearthBridge }).hearth.insights(q),
    { from: day(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 89)), to: day(now) },
  ) as Insights;
  const p = ins.perceivedVsReceived;
  // Help on 20 days ago and the six even days of the twelve; none on 18 and 16 days ago and the six odd ones.
  expect([p.daysWithHelp, p.daysWithoutHelp, p.helpedButLow, p.supportedWithoutHelp]).toEqual([7, 8, 1, 1]);

  const section = page.getByRole('region', { name: 'Help received and feeling supported', exact: true });
  await expect(section).toContainText(
    `On ${p.daysWithHelp} days with help received, felt support averaged ${fmt1(p.feltWithHelp)}; on ${p.daysWithoutHelp} days without, ${fmt1(p.feltWithoutHelp)} (0–10).`,
  );
  await expect(page.locator('[data-chart="help-felt"]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-chart="help-felt"] .recharts-wrapper > svg.recharts-surface')).toBeVisible();

  // The table view: one row per week, the service's numbers.
  const panel = page.getByRole('region', { name: 'Felt support and help received, week by week', exact: true });
  await panel.getByRole('button', { name: 'View as table' }).click();
  const rows = await panel.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((c) => c.textContent ?? '')));
  expect(rows).toEqual(ins.helpOverTime.weeks.map((w) => [fmt1(w.support), String(w.supportDays), String(w.daysWithHelp)]));

  await expect(section.getByRole('heading', { name: 'Helped, but felt alone (1 day)' })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Felt supported without help (1 day)' })).toBeVisible();
  await expectAccessible(page, 'insights, help section with its table (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'insights, help section with its table (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  // A day that did not match opens its entry.
  await page.getByTestId('mismatch-helped-but-low').getByRole('link').click();
  await expect(page.getByLabel('Note')).toHaveValue(LOW_NOTE);
  expect(problems).toEqual([]);
});

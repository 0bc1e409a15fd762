// A whole check-in with the keyboard only, in real Chromium against the real service (test bridge):
// the Journal's quiet card, each item a radio group named by its question with nothing chosen in
// advance, the missing items named, the scores with their ranges, the Insights chart and its table,
// "later" and the Settings section; axe finds nothing serious on any of them.
import type { Locator, Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import { expect, test } from './fixtures';
import { expectAccessible, watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';
// Several axe runs and a chart each: slow on a machine short of cores.
test.describe.configure({ timeout: 240_000 });
type Hearth = { hearth: HearthBridge };

async function openNewJournal(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'hearth' in globalThis);
  await page.evaluate((passphrase) => (globalThis as unknown as Hearth).hearth.create({ passphrase }).then(() => undefined), PASSPHRASE);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
}

/** Presses Tab until `target` has the focus: how a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

test('a check-in answered with the keyboard only, then charted beside mood', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openNewJournal(page, bridge.url);
  // Nothing is suggested until the person turns a check-in on.
  await expect(page.getByRole('region', { name: /^Check-in:/ })).toHaveCount(0);
  await page.evaluate(async () => {
    const { hearth } = globalThis as unknown as Hearth;
    await hearth.addEntry({ mood: 6, support: 7, note: 'Tea with Sam' });
    await hearth.setCheckin({ instrument: 'ucla3', change: 'on' });
  });
  await page.reload();

  const card = page.getByRole('region', { name: 'Check-in: Three-Item Loneliness Scale' });
  await expect(card).toBeVisible();
  await expectAccessible(page, 'journal with a check-in due');
  await tabTo(page, card.getByRole('button', { name: 'Do it now' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Three-Item Loneliness Scale', level: 1 })).toBeVisible();
  await expect(page.getByText('Hughes, M. E., Waite, L. J., Hawkley, L. C., & Cacioppo, J. T. (2004)')).toBeVisible();
  await expect(page.getByText('Items 1–3: 1 Hardly ever, 2 Some of the time, 3 Often')).toBeVisible();
  await expect(page.getByText('None: how often you feel this way, these days.')).toBeVisible();
  const groups = ['How often do you feel that you lack companionship?', 'How often do you feel left out?', 'How often do you feel isolated from others?', 'How often do you feel lonely?'].map(
    (question) => page.getByRole('radiogroup', { name: question }),
  );
  for (const group of groups) {
    await expect(group).toBeVisible();
    for (const radio of await group.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  }
  await expect(groups[3]!.getByRole('radio')).toHaveCount(5);
  await expectAccessible(page, 'check-in form');

  const save = page.getByRole('button', { name: 'Save check-in' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Items 1, 2, 3, 4 are not answered yet.' })).toBeFocused();

  // Space chooses the focused option; the arrow keys move along the group's options.
  await tabTo(page, groups[0]!.getByRole('radio').first());
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(groups[0]!.getByRole('radio', { name: '2 Some of the time' })).toBeChecked();
  await expect(groups[1]!.getByRole('radio', { name: '3 Often' })).toBeChecked();
  await expect(groups[2]!.getByRole('radio', { name: '1 Hardly ever' })).toBeChecked();

  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Item 4 is not answered yet.' })).toBeFocused();
  await expect(groups[3]!).toHaveAttribute('aria-invalid', 'true');
  await tabTo(page, groups[3]!.getByRole('radio').first());
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(groups[3]!.getByRole('radio', { name: '3 Occasionally' })).toBeChecked();
  await tabTo(page, save);
  await page.keyboard.press('Enter');

  // 2 + 3 + 1 = 6 of 3 to 9; the direct question apart, 3 of 1 to 5.
  const done = page.getByRole('heading', { name: 'Three-Item Loneliness Scale: saved' });
  await expect(done).toBeFocused();
  await expect(page.getByText('6 (from 3 to 9)')).toBeVisible();
  await expect(page.getByText('3 (from 1 to 5)')).toBeVisible();
  await expect(page.getByText('These scores are a self-report, not a diagnosis.')).toBeVisible();
  await expectAccessible(page, 'saved check-in');
  const saved = await page.evaluate(() => (globalThis as unknown as Hearth).hearth.listCheckins());
  expect(saved.map((c) => [c.instrument, c.answers])).toEqual([['ucla3', [2, 3, 1, 3]]]);

  await tabTo(page, page.getByRole('button', { name: 'Back to the journal' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(card).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  const panel = page.getByRole('region', { name: 'Check-in: Three-Item Loneliness Scale' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-ready="true"]')).toHaveCount(1);
  await panel.getByRole('button', { name: 'View as table' }).click();
  const table = panel.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Total (items 1–3) (3 to 9)' })).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('6');
  await expect(panel.getByText('A self-report, not a diagnosis.')).toBeVisible();
  await expectAccessible(page, 'insights with check-ins');
  expect(problems).toEqual([]);
});

test('a low WHO-5 brings the gentle line; "later" hides a card until tomorrow; Settings turns check-ins on and off', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openNewJournal(page, bridge.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const who5 = page.getByRole('checkbox', { name: /^WHO-5 Well-Being Index/ });
  await expect(who5).not.toBeChecked();
  await tabTo(page, who5);
  await page.keyboard.press('Space');
  await expect(who5).toBeChecked();
  await expectAccessible(page, 'settings with check-ins');
  expect((await page.evaluate(() => (globalThis as unknown as Hearth).hearth.getSettings())).checkins).toEqual({ who5: { on: true } });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  const card = page.getByRole('region', { name: 'Check-in: WHO-5 Well-Being Index' });
  await tabTo(page, card.getByRole('button', { name: 'Do it now' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Over the last two weeks.', { exact: true })).toBeVisible();
  // "Some of the time" (1) for each: raw 5, score 20.
  for (let item = 0; item < 5; item++) {
    const group = page.getByRole('radiogroup').nth(item);
    await tabTo(page, group.getByRole('radio').first());
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
  }
  await tabTo(page, page.getByRole('button', { name: 'Save check-in' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('20 (from 0 to 100)')).toBeVisible();
  await expect(page.getByText(/it may help to talk it over with a professional/)).toBeVisible();

  // Another check-in turned on and due: "later" hides it for today.
  await page.evaluate(() => (globalThis as unknown as Hearth).hearth.setCheckin({ instrument: 'mspss', change: 'on' }));
  await tabTo(page, page.getByRole('button', { name: 'Back to the journal' }));
  await page.keyboard.press('Enter');
  const mspss = page.getByRole('region', { name: 'Check-in: Multidimensional Scale of Perceived Social Support' });
  await expect(mspss).toBeVisible();
  await tabTo(page, mspss.getByRole('button', { name: 'Later' }));
  await page.keyboard.press('Enter');
  await expect(mspss).toHaveCount(0);
  const settings = await page.evaluate(() => (globalThis as unknown as Hearth).hearth.getSettings());
  expect(settings.checkins?.mspss?.laterUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(problems).toEqual([]);
});

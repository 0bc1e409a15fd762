// Care in real Chromium, through the test bridge and the real service: the gentle check-in after
// hard days, reach-out suggestions and their dismissal, a thank-you in two clicks, and the helpline
// dialog by keyboard, each checked with axe.
import type { Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import { toLocalOffsetIso } from '../../shared/local-time';
import type { EntryInput } from '../../shared/schemas';
import { expect, test } from './fixtures';
import { expectAccessible, watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';

// axe over a whole page is slow on a loaded machine.
test.describe.configure({ timeout: 240_000 });

/** Noon, `days` days before today, as a local date-time with its offset (the bridge runs on this clock). */
function daysAgo(days: number): string {
  const now = new Date();
  return toLocalOffsetIso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, 12));
}

async function openWith(page: Page, url: string, entries: EntryInput[], care?: { reachOut: boolean }): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'hearth' in globalThis);
  await page.evaluate(
    async ({ passphrase, entries, care }) => {
      const hearth = (globalThis as unknown as { hearth: HearthBridge }).hearth;
      await hearth.create({ passphrase });
      for (const entry of entries) await hearth.addEntry(entry);
      if (care) await hearth.setCare(care);
    },
    { passphrase: PASSPHRASE, entries, care },
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
}

const warm = (person: string) => ({ person, kinds: ['emotional' as const], felt: 2, cost: 0 });

test('care: a gentle check-in after 3 hard days names who helps and offers a helpline; dismissed, it stays away', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openWith(page, bridge.url, [
    { occurredAt: daysAgo(2), mood: 1, interactions: [warm('Sam')] },
    { occurredAt: daysAgo(1), mood: 2, interactions: [warm('Sam')] },
    { occurredAt: daysAgo(0), mood: 0, interactions: [warm('Sam')] },
  ]);

  const card = page.getByRole('region', { name: 'A gentle check-in' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Sam usually leave');
  await expect(card).toContainText('professional');
  await expectAccessible(page, 'journal with the gentle check-in');

  await card.getByRole('button', { name: 'Find a helpline' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find a helpline' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Country').selectOption('GB');
  await expect(dialog).toContainText('Samaritans');
  await expect(dialog).toContainText('Call 116 123');
  await dialog.getByRole('button', { name: 'Open www.samaritans.org' }).click();
  // The test bridge cannot open a browser: it says where to go instead.
  await expect(dialog).toContainText('Open https://www.samaritans.org in your browser.');
  await expectAccessible(page, 'the helpline dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await card.getByRole('button', { name: 'Not now' }).click();
  await expect(card).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'A gentle check-in' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('care: reach-out suggestions are off until turned on, dismissed per person, and turned off', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  const weekly = (person: string, start: number) => [start, start - 7, start - 14].map((d) => ({ occurredAt: daysAgo(d), mood: 6, interactions: [warm(person)] }));
  await openWith(page, bridge.url, [...weekly('Sam', 70), ...weekly('Ana', 60), { occurredAt: daysAgo(0), mood: 6 }]);
  await expect(page.getByRole('region', { name: 'Reach out' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Suggest people to reach out to' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
  await expect(page.getByLabel('Helpline country')).toHaveValue('');
  await expectAccessible(page, 'settings with reaching out and helplines');
  await page.getByRole('link', { name: 'Journal', exact: true }).click();

  const card = page.getByRole('region', { name: 'Reach out' });
  await expect(card).toContainText('Sam');
  await expect(card).toContainText('Ana');
  await expectAccessible(page, 'journal with reach-out suggestions');

  await card.getByRole('button', { name: 'Not now: Sam' }).click();
  await expect(card).not.toContainText('Sam');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Reach out' })).toContainText('Ana');
  await expect(page.getByRole('region', { name: 'Reach out' })).not.toContainText('Sam');

  await page.getByRole('region', { name: 'Reach out' }).getByRole('button', { name: 'Turn off these suggestions' }).click();
  await expect(page.getByRole('region', { name: 'Reach out' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reach out' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('care: a thank-you in two clicks from a person page, recorded on a new entry for today', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openWith(page, bridge.url, [
    { occurredAt: daysAgo(3), mood: 4, note: 'Sam drove me to the clinic.', interactions: [{ person: 'Sam', kinds: ['practical'], felt: 2 }] },
  ]);
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('link', { name: 'Sam', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sam', level: 1 })).toBeVisible();

  // From the interaction: the draft quotes what the entry says.
  await page.locator('.person-interaction').getByRole('button', { name: 'Write a thank-you' }).click();
  let dialog = page.getByRole('dialog', { name: 'A thank-you to Sam' });
  await expect(dialog.getByRole('textbox', { name: 'Thank-you note' })).toHaveValue(/^Hi Sam,\n\nThank you for your help on .+\.\n\(Sam drove me to the clinic\.\)/);
  await expectAccessible(page, 'the thank-you draft');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // From the page: click one, the draft; click two, saved.
  await page.getByRole('button', { name: 'Write a thank-you' }).first().click();
  dialog = page.getByRole('dialog', { name: 'A thank-you to Sam' });
  await expect(dialog.getByRole('textbox', { name: 'Thank-you note' })).not.toHaveValue(/clinic/);
  await dialog.getByRole('button', { name: 'Save to journal' }).click();
  await expect(dialog).toBeHidden();

  const today = daysAgo(0).slice(0, 10);
  const saved = await page.evaluate(async (day) => {
    const hearth = (globalThis as unknown as { hearth: HearthBridge }).hearth;
    return (await hearth.listEntries({ from: day, to: day })).entries;
  }, today);
  expect(saved).toHaveLength(1);
  expect(saved[0]).not.toHaveProperty('mood');
  expect(saved[0]!.note).toMatch(/^Hi Sam,/);
  expect(saved[0]!.interactions).toMatchObject([{ person: 'Sam', kinds: ['esteem'], direction: 'gave' }]);
  expect(problems).toEqual([]);
});

test('care: the helpline dialog from Help works with the keyboard alone', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openWith(page, bridge.url, []);
  await page.getByRole('link', { name: 'Help', exact: true }).click();
  const open = page.getByRole('button', { name: 'Find a helpline' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Find a helpline' });
  await expect(dialog).toBeVisible();

  // Focus moves into the dialog and stays there; the country is chosen from the keyboard.
  const country = dialog.getByLabel('Country');
  await country.focus();
  await page.keyboard.type('Ireland');
  await expect(country).toHaveValue('IE');
  await expect(dialog).toContainText('Samaritans Ireland');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Open www.samaritans.org' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('Open https://www.samaritans.org/ireland/ in your browser.');
  await expectAccessible(page, 'the helpline dialog on Help');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  expect(problems).toEqual([]);
});

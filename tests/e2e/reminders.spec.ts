// Reminders, writing prompts and "On this day" in real Chromium against the real service (test
// bridge): each Settings control by its accessible name, the prompt line (another one, hide), and
// the On this day cards opening their entry; axe on each screen.
import type { Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import type { Settings } from '../../shared/domain';
import { WRITING_PROMPTS } from '../../shared/writing-prompts';
import { expect, test } from './fixtures';
import { expectAccessible, watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';

async function openNewJournal(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'hearth' in globalThis);
  await page.evaluate((passphrase) => (globalThis as unknown as { hearth: HearthBridge }).hearth.create({ passphrase }).then(() => undefined), PASSPHRASE);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
}

// Three pages and a service on a machine others share: give each test the slow allowance.
test.beforeEach(() => test.slow());

const settingsNow = (page: Page): Promise<Settings> => page.evaluate(() => (globalThis as unknown as { hearth: HearthBridge }).hearth.getSettings());

test('each reminder and writing setting is saved by its control', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openNewJournal(page, bridge.url);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();

  const remind = page.getByRole('checkbox', { name: 'Remind me to write' });
  await expect(remind).not.toBeChecked();
  await remind.check();
  await expect.poll(async () => (await settingsNow(page)).reminders.enabled).toBe(true);

  const times = page.getByLabel('Reminder time', { exact: true });
  await expect(times).toHaveCount(1);
  await times.first().fill('07:30');
  await expect.poll(async () => (await settingsNow(page)).reminders.times).toEqual(['07:30']);
  await page.getByRole('button', { name: 'Add a time' }).click();
  await expect(times).toHaveCount(2);
  await times.nth(1).fill('21:15');
  await expect.poll(async () => (await settingsNow(page)).reminders.times).toEqual(['07:30', '21:15']);
  await page.getByRole('button', { name: 'Remove reminder time 07:30' }).click();
  await expect(times).toHaveCount(1);
  await expect(times.first()).toHaveValue('21:15');
  await expect.poll(async () => (await settingsNow(page)).reminders.times).toEqual(['21:15']);

  await page.getByRole('checkbox', { name: 'Sunday' }).uncheck();
  await expect.poll(async () => (await settingsNow(page)).reminders.days).toEqual([1, 2, 3, 4, 5, 6]);

  for (const [name, key] of [
    ['Keep Hearth running when the window is closed', 'keepRunning'],
    ['Open Hearth at login', 'openAtLogin'],
  ] as const) {
    const box = page.getByRole('checkbox', { name });
    await expect(box).not.toBeChecked();
    await box.check();
    await expect.poll(async () => (await settingsNow(page))[key]).toBe(true);
  }

  const prompts = page.getByRole('checkbox', { name: 'Show writing prompts' });
  await expect(prompts).toBeChecked();
  await prompts.uncheck();
  await expect.poll(async () => (await settingsNow(page)).writingPrompts).toBe(false);

  await expectAccessible(page, 'settings with reminders');
  await page.reload();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Remind me to write' })).toBeChecked();
  await expect(page.getByLabel('Reminder time', { exact: true })).toHaveValue('21:15');
  await expect(page.getByRole('checkbox', { name: 'Open Hearth at login' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Show writing prompts' })).not.toBeChecked();
  expect(problems).toEqual([]);
});

test('a new entry offers a prompt: another one never repeats, hide turns prompts off, and none is saved', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openNewJournal(page, bridge.url);
  await page.getByRole('button', { name: 'New entry' }).first().click();
  const prompt = page.getByRole('region', { name: 'Writing prompt' });
  await expect(prompt).toBeVisible();
  const text = prompt.locator('p');
  let previous = (await text.textContent()) ?? '';
  expect(WRITING_PROMPTS).toContain(previous);
  for (let i = 0; i < 5; i++) {
    await prompt.getByRole('button', { name: 'Another one' }).click();
    await expect(text).not.toHaveText(previous);
    const shown = (await text.textContent()) ?? '';
    expect(WRITING_PROMPTS).toContain(shown);
    previous = shown;
  }
  await expectAccessible(page, 'entry form with a prompt');

  const form = page.getByRole('form', { name: 'New entry' });
  await form.getByRole('textbox', { name: 'Note' }).fill('Tea with a neighbour');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  const notes = await page.evaluate(async () => (await (globalThis as unknown as { hearth: HearthBridge }).hearth.listEntries()).entries.map((e) => e.note));
  expect(notes).toEqual(['Tea with a neighbour']);

  await page.getByRole('button', { name: 'New entry' }).first().click();
  await page.getByRole('region', { name: 'Writing prompt' }).getByRole('button', { name: 'Hide prompts' }).click();
  await expect(page.getByRole('region', { name: 'Writing prompt' })).toHaveCount(0);
  await expect(page.getByText('Prompts hidden. Settings can show them again.')).toBeVisible();
  expect((await settingsNow(page)).writingPrompts).toBe(false);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Show writing prompts' }).check();
  await expect.poll(async () => (await settingsNow(page)).writingPrompts).toBe(true);
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await page.getByRole('button', { name: 'New entry' }).first().click();
  await expect(page.getByRole('region', { name: 'Writing prompt' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('On this day shows a month ago and a year ago, with who was there, and opens the entry', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  // The renderer's today: 15 June 2026 (the service's clock is not involved).
  await page.clock.setFixedTime(new Date(2026, 5, 15, 12, 0));
  await openNewJournal(page, bridge.url);
  await expect(page.getByRole('region', { name: 'On this day' })).toHaveCount(0);
  await page.evaluate(async () => {
    const hearth = (globalThis as unknown as { hearth: HearthBridge }).hearth;
    await hearth.addEntry({ occurredAt: '2026-05-15T18:00:00+02:00', mood: 7, note: 'Picnic in the park', interactions: [{ person: 'Sam', kinds: ['companionship'] }] });
    await hearth.addEntry({ occurredAt: '2025-06-15T09:00:00+02:00', mood: 4, note: 'Moving day', interactions: [{ person: 'Ana', kinds: ['practical'] }, { person: 'Lee', kinds: ['practical'] }] });
    await hearth.addEntry({ occurredAt: '2026-05-14T18:00:00+02:00', mood: 5, note: 'Not this day' });
  });
  await page.reload();
  const region = page.getByRole('region', { name: 'On this day' });
  await expect(region).toBeVisible();
  await expect(region.getByRole('button')).toHaveCount(2);
  await expect(region.getByRole('button', { name: /Picnic in the park/ })).toContainText('With Sam');
  await expect(region.getByRole('button', { name: /Moving day/ })).toContainText('With Ana, Lee');
  await expect(region).not.toContainText('Not this day');
  await expectAccessible(page, 'journal with On this day');

  await region.getByRole('button', { name: /Moving day/ }).click();
  const form = page.getByRole('form', { name: 'Edit entry' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Note' })).toHaveValue('Moving day');
  expect(problems).toEqual([]);
});

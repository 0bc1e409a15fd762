// The built renderer in real Chromium, talking to the real service through the test bridge.
import type { Page } from '@playwright/test';
import { HearthError } from '../../shared/errors';
import { METHODS } from '../../shared/schemas';
import { expect, test } from './fixtures';

const PASSPHRASE = 'correct horse battery staple';
const NOTE = 'Walked by the river with Sam and talked about the new job.';

/** Collects what would show a broken page: uncaught errors, failed requests, console errors (CSP violations among them). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return problems;
}

async function createJournal(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create journal' }).click();
  const key = page.getByRole('figure', { name: 'Recovery key' }).locator('code');
  // 32 bytes as base32 in 13 groups of four.
  await expect(key).toHaveText(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){12}$/);
  const text = await key.innerText();
  await page.getByRole('button', { name: 'Continue' }).click();
  return text;
}

async function addEntry(page: Page, entry: { mood: string; support: string; person: string; note: string }): Promise<void> {
  await page.getByLabel('Mood').fill(entry.mood);
  await page.getByLabel('Felt supported').fill(entry.support);
  await page.getByLabel('Person').fill(entry.person);
  await page.getByLabel('Note').fill(entry.note);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
}

const entryItems = (page: Page) => page.getByRole('list', { name: 'Entries' }).getByRole('listitem');

test('create a journal, write an entry, lock, and unlock it again', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await page.goto(bridge.url);

  await createJournal(page);
  await expect(page.getByText('No entries yet.')).toBeVisible();
  await addEntry(page, { mood: '7', support: '8', person: 'Sam', note: NOTE });

  await expect(entryItems(page)).toHaveCount(1);
  const item = entryItems(page).first();
  await expect(item.locator('time')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await expect(item).toContainText('Mood 7');
  await expect(item).toContainText('Felt supported 8');
  await expect(item).toContainText('With Sam');
  await expect(item).toContainText(NOTE);
  // The form is ready for the next entry.
  await expect(page.getByLabel('Note')).toHaveValue('');

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Hearth is locked' })).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);

  await page.getByLabel('Passphrase').fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(new HearthError('WRONG_PASSPHRASE').message);
  await expect(page.getByLabel('Passphrase')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: 'Hearth is locked' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Entries' })).toHaveCount(0);

  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(entryItems(page)).toHaveCount(1);
  await expect(entryItems(page).first()).toContainText('With Sam');
  await expect(entryItems(page).first()).toContainText(NOTE);

  expect(problems).toEqual([]);
});

test('form errors from the service are shown next to the form', async ({ page, bridge }) => {
  await page.goto(bridge.url);
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Repeat passphrase').fill('short');
  await page.getByRole('button', { name: 'Create journal' }).click();
  await expect(page.getByRole('alert')).toHaveText('A passphrase needs at least 8 characters');

  await page.getByLabel('Repeat passphrase').fill('shorter');
  await page.getByRole('button', { name: 'Create journal' }).click();
  await expect(page.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  await expect(page.getByLabel('Repeat passphrase')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create journal' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Mood').fill('11');
  await page.getByRole('button', { name: 'Save entry' }).click();
  const entryForm = page.getByRole('form', { name: 'New entry' });
  await expect(entryForm.getByRole('alert')).toHaveText('Mood must be from 0 to 10');
  await expect(page.getByLabel('Mood')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('No entries yet.')).toBeVisible();
});

test('a lock from outside the page drops the journal from the screen', async ({ page, bridge }) => {
  await page.goto(bridge.url);
  await createJournal(page);
  await addEntry(page, { mood: '4', support: '6', person: 'Ana', note: 'A call with Ana.' });
  await expect(entryItems(page)).toHaveCount(1);

  expect(await bridge.lockFromOutside()).toBe(1);
  await expect(page.getByRole('heading', { name: 'Hearth is locked' })).toBeVisible();
  await expect(page.getByText('A call with Ana.')).toHaveCount(0);
});

test('the page has no Node, and the bridge refuses calls without the token', async ({ page, bridge }) => {
  await page.goto(bridge.url);
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();

  const globals = await page.evaluate(() => {
    const g = globalThis as Record<string, unknown>;
    return { require: typeof g.require, process: typeof g.process, module: typeof g.module, hearth: Object.keys(g.hearth as object) };
  });
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', hearth: [...METHODS, 'onEvent'] });

  const statuses = await page.evaluate(async (token) => {
    const call = (headers: Record<string, string>) =>
      fetch('/__bridge/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ method: 'status' }),
      }).then((r) => r.status);
    return {
      right: await call({ 'x-hearth-token': token }),
      none: await call({}),
      wrong: await call({ 'x-hearth-token': token.replace(/^./, (c) => (c === '0' ? '1' : '0')) }),
    };
  }, bridge.token);
  expect(statuses).toEqual({ right: 200, none: 403, wrong: 403 });

  const withoutToken = await page.request.get(`${bridge.origin}/`);
  expect(withoutToken.status()).toBe(403);
  const traversal = await page.request.get(`${bridge.origin}/%2e%2e/%2e%2e/package.json`);
  expect(traversal.status()).toBe(404);
});

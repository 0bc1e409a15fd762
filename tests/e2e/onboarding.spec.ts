// First run, recovery key, lock, unlock, the recovery path and Settings, in real Chromium against
// the real service (test bridge), with axe checks of each of these screens in light and dark.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { HearthError } from '../../shared/errors';
import { expect, test } from './fixtures';
import { expectAccessible, watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'lantern orchard velvet cobalt';

const passphraseBox = (page: Page) => page.getByRole('textbox', { name: 'Passphrase', exact: true });
const repeatBox = (page: Page) => page.getByRole('textbox', { name: 'Repeat passphrase', exact: true });
const lockedHeading = (page: Page) => page.getByRole('heading', { name: 'Hearth is locked' });

async function createJournal(page: Page, axeLabel?: string, filesDir?: string): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  if (axeLabel) await expectAccessible(page, `create (${axeLabel})`);
  await passphraseBox(page).fill(PASSPHRASE);
  await repeatBox(page).fill(PASSPHRASE);
  await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuetext', /strong/i);
  await page.getByRole('button', { name: 'Create journal' }).click();

  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const key = page.getByRole('figure', { name: 'Recovery key' }).locator('code');
  await expect(key).toHaveText(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){12}$/);
  const text = await key.innerText();
  if (axeLabel) await expectAccessible(page, `recovery key (${axeLabel})`);

  if (filesDir !== undefined) {
    // Save as file: the main process asks where (the bridge's stand-in saves into filesDir under the
    // suggested name), writes exactly this key, and only then does the page say it saved.
    await page.getByRole('button', { name: 'Save as file' }).click();
    await expect(page.getByText('Saved as hearth-recovery-key.txt. Move it somewhere safe, away from this computer.')).toBeVisible();
    expect(await readFile(join(filesDir, 'hearth-recovery-key.txt'), 'utf8')).toContain(text);
  }

  const cont = page.getByRole('button', { name: 'Continue' });
  await expect(cont).toBeDisabled();
  // Typed back in lower case with spaces instead of dashes: still the same key.
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(text.toLowerCase().replaceAll('-', ' '));
  await expect(cont).toBeEnabled();
  await cont.click();
  await expect(page.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
  return text;
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await expect(lockedHeading(page)).toBeVisible();
  await passphraseBox(page).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

test('first run: a weak passphrase is refused, the recovery key is typed back, Ctrl+L locks, a wrong passphrase is refused', async ({
  page,
  bridge,
}) => {
  const problems = watchProblems(page);
  await page.goto(bridge.url);

  await passphraseBox(page).fill('sunflower1');
  await repeatBox(page).fill('sunflower1');
  await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuetext', /weak/i);
  await page.getByRole('button', { name: 'Create journal' }).click();
  await expect(page.getByRole('alert')).toContainText('too easy to guess');
  await expect(passphraseBox(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();

  await createJournal(page, 'light', bridge.filesDir);

  await page.keyboard.press('Control+l');
  await expect(lockedHeading(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectAccessible(page, 'unlock (light)');

  await passphraseBox(page).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(new HearthError('WRONG_PASSPHRASE').message);
  await expect(passphraseBox(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(lockedHeading(page)).toBeVisible();
  await expectAccessible(page, 'unlock with an error (light)');

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');

  // The Lock button does the same as Ctrl+L, and a lock from outside too.
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page, PASSPHRASE);
  expect(await bridge.lockFromOutside()).toBe(1);
  await expect(lockedHeading(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  expect(problems).toEqual([]);
});

test('the recovery key sets a new passphrase and unlocks', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await page.goto(bridge.url);
  const key = await createJournal(page);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(lockedHeading(page)).toBeVisible();

  await page.getByRole('button', { name: 'Use recovery key' }).click();
  await expect(page.getByRole('heading', { name: 'Open with your recovery key' })).toBeVisible();
  await expectAccessible(page, 'recovery unlock (light)');

  await page.getByRole('textbox', { name: 'Recovery key' }).fill('AAAA-BBBB-CCCC');
  await passphraseBox(page).fill(NEW_PASSPHRASE);
  await repeatBox(page).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Set new passphrase and unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(new HearthError('WRONG_RECOVERY_KEY').message);

  await page.getByRole('textbox', { name: 'Recovery key' }).fill(key.toLowerCase());
  await page.getByRole('button', { name: 'Set new passphrase and unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // The old passphrase no longer opens the journal; the new one does.
  await page.keyboard.press('Control+l');
  await passphraseBox(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(new HearthError('WRONG_PASSPHRASE').message);
  await unlock(page, NEW_PASSPHRASE);

  expect(problems).toEqual([]);
});

test('settings: theme and auto-lock are saved and survive a lock; settings and help pass axe in light and dark', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await page.goto(bridge.url);
  await createJournal(page);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  const autoLock = page.getByLabel('Lock automatically after');
  await expect(autoLock).toHaveValue('5');

  await autoLock.selectOption('15');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expectAccessible(page, 'settings (light)');
  await page.getByRole('link', { name: 'Help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();
  await expect(page.getByText(/not a medical or emergency service/)).toBeVisible();
  await expectAccessible(page, 'help (light)');

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(27, 25, 23)');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expectAccessible(page, 'settings (dark)');
  await page.getByRole('link', { name: 'Help' }).click();
  await expectAccessible(page, 'help (dark)');

  await page.keyboard.press('Control+l');
  await expectAccessible(page, 'unlock (dark theme setting)');
  await unlock(page, PASSPHRASE);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Lock automatically after')).toHaveValue('15');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  // Reloading the page (a new renderer, the service still unlocked) reads the same settings back.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Lock automatically after')).toHaveValue('15');

  expect(problems).toEqual([]);
});

test('create, recovery key and unlock pass axe with a dark system theme', async ({ page, bridge }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(bridge.url);
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(27, 25, 23)');
  await createJournal(page, 'dark system');
  await page.keyboard.press('Control+l');
  await expect(lockedHeading(page)).toBeVisible();
  await expectAccessible(page, 'unlock (dark system)');
  await page.getByRole('button', { name: 'Use recovery key' }).click();
  await expectAccessible(page, 'recovery unlock (dark system)');
});

test('Ctrl+N opens a new entry, Ctrl+F focuses the journal search, and the shell fits 900×600', async ({ page, bridge }) => {
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(bridge.url);
  await createJournal(page);
  // One entry, so that the journal shows its search box (an empty journal has none).
  await page.evaluate(async () => {
    await (window as unknown as { hearth: { addEntry(e: object): Promise<unknown> } }).hearth.addEntry({ mood: 6, support: 7 });
  });
  await page.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('button', { name: 'Save entry' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search journal' }).or(page.getByRole('textbox', { name: 'Search journal' }))).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});

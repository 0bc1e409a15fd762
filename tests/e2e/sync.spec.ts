// Two computers in real Chromium, each a test bridge on its own vault, sharing one sync folder
// (the stand-in dialogs of both answer from the same files folder). The laptop sets sync up in
// Settings; the desk joins from the folder on first run; what each writes reaches the other
// through the scheduler (writes, the folder watcher), and the status line says from whom.
// Settings → Sync and the join form pass axe in light and dark.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import { startBridge, type RunningBridge } from '../bridge/launch';
import { expect, test } from './fixtures';
import { expectAccessible, watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';

const line = (page: Page) => page.locator('.sidebar .sync-line');

async function addEntry(page: Page, note: string): Promise<void> {
  await page.evaluate((text) => (globalThis as unknown as { hearth: HearthBridge }).hearth.addEntry({ mood: 6, note: text }).then(() => undefined), note);
}

async function openSyncSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sync' })).toBeVisible();
}

async function rename(page: Page, name: string): Promise<void> {
  const box = page.getByLabel('Name of this computer');
  await box.fill(name);
  await box.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

test('two computers share one sync folder: set up, join on first run, and each sees what the other writes', async ({ page, context }) => {
  // Two bridges and five axe runs on a machine shared with other work.
  test.setTimeout(240_000);
  const root = await mkdtemp(join(tmpdir(), 'hearth-sync-e2e-'));
  const bridges: RunningBridge[] = [];
  try {
    // root/laptop and root/desk: both bridges' stand-in dialogs answer from root/files.
    const laptop = await startBridge({ vaultDir: join(root, 'laptop'), fastKdf: true });
    bridges.push(laptop);
    const desk = await startBridge({ vaultDir: join(root, 'desk'), fastKdf: true });
    bridges.push(desk);
    expect(desk.filesDir).toBe(laptop.filesDir);

    const problems = watchProblems(page);
    await page.goto(laptop.url);
    await page.waitForFunction(() => 'hearth' in globalThis);
    await page.evaluate((passphrase) => (globalThis as unknown as { hearth: HearthBridge }).hearth.create({ passphrase }).then(() => undefined), PASSPHRASE);
    await addEntry(page, 'written on the laptop');
    await page.reload();
    await openSyncSettings(page);
    await expect(page.getByText(/only encrypted files: nobody without your passphrase can read them/)).toBeVisible();
    await expectAccessible(page, 'settings, sync off (light)');
    // Merging into another journal's folder asks for both passphrases (not needed here).
    await page.getByRole('radio', { name: 'A folder another computer made for its own journal' }).check();
    await expect(page.getByLabel('This journal’s passphrase')).toBeVisible();
    await expect(page.getByLabel('Passphrase of the journal in that folder')).toBeVisible();
    await expectAccessible(page, 'settings, merging into another journal’s folder (light)');
    await page.getByRole('radio', { name: 'An empty folder, or the one this journal already syncs through' }).check();

    await page.getByRole('button', { name: 'Choose the folder…' }).click();
    await expect(page.getByText(join(laptop.filesDir, 'sync'), { exact: true })).toBeVisible();
    await expect(line(page)).toHaveText(/^Up to date · last synced \d\d:\d\d$/);
    await expect(line(page)).toHaveAttribute('aria-live', 'polite');
    await rename(page, 'Laptop');

    // The desk has no journal yet: it joins the laptop's from the folder and lands unlocked.
    const deskPage = await context.newPage();
    const deskProblems = watchProblems(deskPage);
    await deskPage.goto(desk.url);
    await deskPage.getByRole('button', { name: 'Join a journal from a sync folder' }).click();
    await expect(deskPage.getByRole('heading', { name: 'Join a journal from a sync folder' })).toBeVisible();
    await expectAccessible(deskPage, 'join from a sync folder (light)');
    await deskPage.getByLabel('Passphrase of the journal in the sync folder').fill(PASSPHRASE);
    await deskPage.getByRole('button', { name: 'Choose the sync folder…' }).click();
    // The first unlock of a bridge bundles its workers: allow for that on a busy machine.
    await expect(deskPage.getByRole('heading', { name: 'Journal', level: 1, exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(deskPage.getByText('written on the laptop')).toBeVisible();

    await openSyncSettings(deskPage);
    await rename(deskPage, 'Desk');
    await expect(deskPage.getByRole('row', { name: /Laptop/ })).toBeVisible();

    // Written at the desk: synced two seconds later; the laptop's watcher sees the file arrive.
    await addEntry(deskPage, 'written at the desk');
    await expect(line(page)).toHaveText(/^1 change from Desk · last synced \d\d:\d\d$/, { timeout: 30_000 });
    await page.getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByText('written at the desk')).toBeVisible();

    // And back: the laptop writes, the desk's journal shows it.
    await addEntry(page, 'the laptop answers');
    await expect(line(deskPage)).toHaveText(/^1 change from Laptop · last synced \d\d:\d\d$/, { timeout: 30_000 });
    await deskPage.getByRole('link', { name: 'Journal' }).click();
    await expect(deskPage.getByText('the laptop answers')).toBeVisible();

    // Settings → Sync, on, in light and dark.
    await openSyncSettings(page);
    await expect(page.getByRole('row', { name: /Desk/ })).toBeVisible();
    await expectAccessible(page, 'settings, sync on (light)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'settings, sync on (dark)');
    await deskPage.emulateMedia({ colorScheme: 'dark' });
    await openSyncSettings(deskPage);
    await expectAccessible(deskPage, 'settings, sync on, the desk (dark)');

    expect(problems).toEqual([]);
    expect(deskProblems).toEqual([]);
  } finally {
    for (const bridge of bridges) await bridge.stop();
    await rm(root, { recursive: true, force: true });
  }
});

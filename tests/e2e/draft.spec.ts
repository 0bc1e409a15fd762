// A draft survives a lock, in real Chromium against the real service (test bridge): an entry being
// written when the journal locks (the idle lock's will-lock handshake, or Ctrl+L) is kept encrypted
// in the vault and offered back after unlock. No file in the vault folder ever holds its text.
import type { Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import { canariesIn } from '../support/canary';
import { expect, test } from './fixtures';
import { expectAccessible, watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';
const OFFER = 'You were writing an entry when Hearth locked:';

type Hearth = { hearth: HearthBridge };

async function openNewJournal(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'hearth' in globalThis);
  await page.evaluate((passphrase) => (globalThis as unknown as Hearth).hearth.create({ passphrase }).then(() => undefined), PASSPHRASE);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
}

async function unlock(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Hearth is locked' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Argon2 and the unlock worker: slow on a machine short of cores.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 30_000 });
}

const note = (page: Page) => page.getByRole('textbox', { name: 'Note' });

test('a draft typed just before the idle lock is kept encrypted, offered after unlock and continued', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  const canary = 'CanaryIdleDraftPelican';
  await openNewJournal(page, bridge.url);
  await page.keyboard.press('Control+n');
  await note(page).fill(`Walked with Sam, ${canary}`);
  // At once, well before the form's own save a second later: only the will-lock handshake saves it.
  expect(await bridge.lockFromOutside()).toBe(1);
  await expect(page.getByText('Hearth locked itself after a while without use.')).toBeVisible();
  expect(canariesIn(bridge.vaultDir, [canary])).toEqual({ files: ['hearth.db', 'hearth.mark', 'hearth.writer'], found: [] });

  await unlock(page);
  const offer = page.getByRole('region', { name: OFFER });
  await expect(offer).toBeVisible();
  await expect(offer.getByText(OFFER)).toBeFocused();
  await expectAccessible(page, 'draft offer');
  await page.keyboard.press('Tab');
  await expect(offer.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'New entry' })).toBeVisible();
  await expect(note(page)).toHaveValue(`Walked with Sam, ${canary}`);
  await expect(offer).toHaveCount(0);

  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Entries' }).getByRole('button', { name: new RegExp(canary) })).toBeVisible();
  // Saved as an entry: the draft is gone, so the next unlock offers nothing.
  await page.keyboard.press('Control+l');
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(page.getByText(OFFER)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the draft of an edited entry: never in plaintext on disk, kept by Ctrl+L, and Discard removes it', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  const canary = 'CanaryEditDraftWombat';
  await openNewJournal(page, bridge.url);
  await page.evaluate(() => (globalThis as unknown as Hearth).hearth.addEntry({ mood: 6, support: 7, note: 'As first written' }).then(() => undefined));
  await page.reload();
  await page.getByRole('region', { name: 'Entries' }).getByRole('button', { name: /As first written/ }).click();
  await expect(page.getByRole('form', { name: 'Edit entry' })).toBeVisible();
  await note(page).fill(`As first written, then ${canary}`);

  // The form's own save, a moment after the last change: sealed, in the database or its WAL.
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as Hearth).hearth.getDraft().then((d) => d?.note ?? null))).toContain(canary);
  const unlocked = canariesIn(bridge.vaultDir, [canary]);
  expect(unlocked.files).toContain('hearth.db-wal');
  expect(unlocked.found).toEqual([]);

  // Ctrl+L keeps the draft instead of asking to discard the changes.
  await page.keyboard.press('Control+l');
  await unlock(page);
  expect(canariesIn(bridge.vaultDir, [canary]).found).toEqual([]);
  const offer = page.getByRole('region', { name: OFFER });
  await offer.getByRole('button', { name: 'Discard' }).click();
  await expect(offer).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as unknown as Hearth).hearth.getDraft())).toBeNull();

  await page.getByRole('region', { name: 'Entries' }).getByRole('button', { name: /As first written/ }).click();
  await expect(note(page)).toHaveValue('As first written');
  expect(problems).toEqual([]);
});

// The Export screen in real Chromium against the real service (test bridge). The bridge stands in
// for native dialogs with one folder, bridge.filesDir: a save lands there under the suggested
// name, an open picks the newest file there with the right extension.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import type { EntryInput } from '../../shared/schemas';
import { expect, test } from './fixtures';
import { expectAccessible, watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';
const FILE_PASSPHRASE = 'lantern orchard velvet cobalt';

const pad = (n: number) => String(n).padStart(2, '0');

/** A local date-time with its offset, `day` days into the month before this one (the report's default range). */
function lastMonth(day: number, hour: number): string {
  const d = new Date();
  const at = new Date(d.getFullYear(), d.getMonth() - 1, day, hour, 15);
  const off = -at.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(hour)}:15:00${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

const ENTRIES: EntryInput[] = [
  {
    occurredAt: lastMonth(5, 9),
    mood: 6,
    support: 7,
    note: "Long call with sam about the move to Baker Street; Sam's idea.",
    interactions: [{ person: 'Sam Rivera', relationship: 'friend', kinds: ['emotional'], felt: 1 }],
  },
  {
    occurredAt: lastMonth(12, 20),
    mood: 8,
    support: 8,
    note: 'Secret dinner by the river.',
    interactions: [{ person: 'Ana Lopez', relationship: 'family', kinds: ['companionship'], felt: 2 }],
  },
  { occurredAt: lastMonth(20, 8), mood: 3, support: 2, note: 'Slow morning, nobody around.' },
];

/** A journal made through window.hearth with ENTRIES, then the app reloaded onto it. */
async function openJournal(page: Page, url: string, entries: EntryInput[] = ENTRIES): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'hearth' in globalThis);
  await page.evaluate(
    async ({ passphrase, entries }) => {
      const hearth = (globalThis as unknown as { hearth: HearthBridge }).hearth;
      await hearth.create({ passphrase });
      for (const e of entries) await hearth.addEntry(e);
    },
    { passphrase: PASSPHRASE, entries },
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
}

async function openExport(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
}

const part = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

test('a therapy report with initials, one entry left out, names and a hidden word replaced in notes, saved as an encrypted HTML file that opens offline', async ({ page, bridge, browser }) => {
  const problems = watchProblems(page);
  await openJournal(page, bridge.url);
  await openExport(page);
  const report = part(page, 'Therapy report');
  const entries = report.getByRole('group', { name: 'Entries in the report' });
  await expect(entries.getByText('3 of 3 entries ticked.')).toBeVisible();

  await entries.getByRole('checkbox', { name: /Secret dinner/ }).uncheck();
  await report.getByRole('radio', { name: 'Full names' }).check();
  await report.getByRole('radio', { name: 'Initials' }).check();
  await report.getByRole('checkbox', { name: 'Include notes and tags' }).check();
  await report.getByRole('textbox', { name: 'Words to hide in notes and tags' }).fill('Baker Street');
  await report.getByRole('button', { name: 'Preview report' }).click();

  const preview = report.getByRole('region', { name: 'Report preview' });
  await expect(report.getByText('2 entries, 1 person')).toBeVisible();
  await expect(preview).toContainText('S. R.');
  await expect(preview).toContainText("Long call with S. R. about the move to [hidden]; S. R.'s idea.");
  await expect(preview).toContainText('2 of 3 entries in this range are included, chosen by the person.');
  await expect(report.getByText(/^3 words in notes and tags replaced, marked in the preview/)).toBeVisible();
  await expect(preview.locator('mark.hr-replaced')).toHaveCount(3);
  await expect(preview).not.toContainText('Sam');
  await expect(preview).not.toContainText('Baker');
  await expect(preview).not.toContainText('Secret dinner');
  await expect(preview).not.toContainText('Ana');
  await expectAccessible(page, 'export screen with a preview');

  const passphrase = await report.getByLabel('Passphrase for this report').inputValue();
  expect(passphrase.length).toBeGreaterThanOrEqual(12);
  await report.getByRole('button', { name: 'Save report…' }).click();
  // The saved file keeps its passphrase in view; the field now holds a new one for the next report.
  await expect(report.getByRole('status').filter({ hasText: /^Saved / })).toHaveText(
    new RegExp(`^Saved .+\\.html\\. It opens with the passphrase ${passphrase}\\. The passphrase above is a new one, for the next report\\.$`),
    { timeout: 30_000 },
  );
  await expect(report.getByLabel('Passphrase for this report')).not.toHaveValue(passphrase);
  await expect(report.getByLabel('Passphrase for this report')).not.toHaveValue('');

  const saved = (await readdir(bridge.filesDir)).filter((name) => name.endsWith('.html'));
  expect(saved).toHaveLength(1);
  const file = await readFile(join(bridge.filesDir, saved[0]!), 'utf8');
  // The report is inside the file only encrypted.
  expect(file).not.toContain('Long call with');
  expect(file).not.toContain('S. R.');
  expect(problems).toEqual([]);

  // The therapist's side: another browser profile, the file alone, offline, with the passphrase.
  const therapist = await browser.newContext({ offline: true });
  try {
    const viewer = await therapist.newPage();
    const requests: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    const fileUrl = `file://${join(bridge.filesDir, saved[0]!)}`;
    await viewer.goto(fileUrl);
    await viewer.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await viewer.getByRole('button', { name: 'Open report' }).click();
    const opened = viewer.getByRole('article', { name: 'Support and mood report' });
    await expect(opened).toBeVisible({ timeout: 45_000 });
    await expect(opened).toContainText('S. R.');
    await expect(opened).toContainText("Long call with S. R. about the move to [hidden]; S. R.'s idea.");
    await expect(opened).toContainText('Slow morning, nobody around.');
    await expect(opened).toContainText('2 of 3 entries in this range are included, chosen by the person.');
    await expect(opened.locator('mark')).toHaveCount(0);
    for (const hidden of ['Sam', 'Rivera', 'Baker', 'Secret dinner', 'Ana']) await expect(opened).not.toContainText(hidden);
    expect(requests).toEqual([fileUrl]);
  } finally {
    await therapist.close();
  }
});

test('a PDF report gets its own short passphrase, which poppler opens the saved file with', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openJournal(page, bridge.url);
  await openExport(page);
  const report = part(page, 'Therapy report');
  await expect(report.getByText('3 of 3 entries ticked.')).toBeVisible();
  const field = report.getByLabel('Passphrase for this report');
  await expect(field).toHaveValue(/^[a-z]+(-[a-z]+){5}$/);
  await report.getByRole('radio', { name: 'PDF (opens in any PDF reader)' }).check();
  await expect(field).toHaveValue(/^[a-z]+(\d[a-z]+){4}$/);
  const passphrase = await field.inputValue();
  expect(Buffer.byteLength(passphrase)).toBeLessThanOrEqual(32);

  await report.getByRole('button', { name: 'Save report…' }).click();
  await expect(report.getByRole('status').filter({ hasText: /^Saved .+\.pdf\./ })).toContainText(passphrase, { timeout: 30_000 });
  const saved = (await readdir(bridge.filesDir)).filter((name) => name.endsWith('.pdf'));
  expect(saved).toHaveLength(1);
  const text = spawnSync('pdftotext', ['-upw', passphrase, join(bridge.filesDir, saved[0]!), '-'], { encoding: 'utf8' });
  expect(text.status, text.stderr).toBe(0);
  expect(text.stdout).toContain('S. R.');
  await expect(field).not.toHaveValue(passphrase);
  await expectAccessible(page, 'export screen after a PDF report is saved');
  expect(problems).toEqual([]);
});

test('a backup, restored by merge into the same journal, adds nothing', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openJournal(page, bridge.url);
  await openExport(page);
  const backup = part(page, 'Backup and restore');

  await backup.getByLabel('Passphrase for the backup', { exact: true }).fill(FILE_PASSPHRASE);
  await backup.getByLabel('Repeat the passphrase for the backup').fill(FILE_PASSPHRASE);
  await backup.getByRole('button', { name: 'Back up now…' }).click();
  await expect(backup.getByText(/^Saved hearth-backup-.+\.hearthbackup\.$/)).toBeVisible();
  expect((await readdir(bridge.filesDir)).filter((name) => name.endsWith('.hearthbackup'))).toHaveLength(1);

  // A wrong passphrase is a sentence at the passphrase box.
  await backup.getByLabel('Passphrase of the backup').fill('not the right passphrase');
  await backup.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(backup.getByRole('alert').filter({ hasText: /cannot be opened/ })).toBeVisible();
  await expect(backup.getByLabel('Passphrase of the backup')).toHaveAttribute('aria-invalid', 'true');

  await backup.getByLabel('Passphrase of the backup').fill(FILE_PASSPHRASE);
  await backup.getByRole('button', { name: 'Restore from a backup…' }).click();
  const review = backup.getByRole('form', { name: 'What the backup holds' });
  await expect(review).toBeVisible();
  await expect(review.getByRole('radio', { name: 'Merge' })).toBeChecked();
  await expect(review.getByRole('radio', { name: 'Replace' })).toBeDisabled();
  await expectAccessible(page, 'restore summary');
  await review.getByRole('button', { name: 'Restore' }).click();
  await expect(backup.getByText('Restored: 0 added, 0 updated, 3 unchanged.')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a Daylio export with a mood of its own, mapped and imported into the journal', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openJournal(page, bridge.url, []);
  await writeFile(
    join(bridge.filesDir, 'daylio_export.csv'),
    [
      'full_date,date,weekday,time,mood,activities,note_title,note',
      '2024-03-01,March 1,Friday,9:15 pm,good,friends | walk,Dinner,Imported dinner with friends',
      '2024-03-02,March 2,Saturday,8:00 am,tired,,,Imported tired morning',
      '2024-03-03,March 3,Sunday,10:30 am,rad,,,Imported bright Sunday',
      '',
    ].join('\n'),
  );
  await openExport(page);
  const imports = part(page, 'Import from another journal');
  await expect(imports.getByLabel('Format')).toHaveValue('daylio-csv');
  await imports.getByRole('button', { name: 'Choose file…' }).click();

  const review = imports.getByRole('form', { name: 'What the file holds' });
  await expect(review).toBeVisible();
  const moods = review.getByRole('table', { name: 'Moods' });
  await expect(moods.getByLabel('Mood in Hearth for "good"')).not.toHaveValue('');
  await expect(moods.getByLabel('Mood in Hearth for "tired"')).toHaveValue('');
  await expectAccessible(page, 'import summary');

  await review.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(review.getByText('Choose a mood from 0 to 10 for "tired".')).toBeVisible();
  await moods.getByLabel('Mood in Hearth for "tired"').fill('3');
  await review.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(imports.getByText('Imported 3 entries (0 already there).')).toBeVisible();

  const tired = await page.evaluate(() =>
    (globalThis as unknown as { hearth: HearthBridge }).hearth.listEntries({ search: 'tired morning' }).then((l) => l.entries.map((e) => e.mood)),
  );
  expect(tired).toEqual([3]);
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  const list = page.getByRole('region', { name: 'Entries' });
  await expect(list.getByText('Imported tired morning')).toBeVisible();
  await expect(list.getByText('Imported bright Sunday')).toBeVisible();
  expect(problems).toEqual([]);
});

test('the Export screen passes axe in light and dark', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openJournal(page, bridge.url);
  await openExport(page);
  await expect(part(page, 'Therapy report').getByText('3 of 3 entries ticked.')).toBeVisible();
  await expect(part(page, 'Therapy report').getByLabel('Passphrase for this report')).not.toHaveValue('');
  await expect(part(page, 'Automatic backups').getByRole('form', { name: 'Turn on automatic backups' })).toBeVisible();
  await expectAccessible(page, 'export screen (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'export screen (dark)');
  expect(problems).toEqual([]);
});

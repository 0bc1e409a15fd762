// The People and Person screens in real Chromium, through the test bridge and the real service.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import type { EntryInput } from '../../shared/schemas';
import { expect, test } from './fixtures';

const PASSPHRASE = 'correct horse battery staple';

/** Ana 2, Sam 2, Samuel 1 (to be merged into Sam), Bo 0 (added by hand, never contacted). */
const ENTRIES: EntryInput[] = [
  {
    occurredAt: '2026-01-10T09:30:00+01:00',
    mood: 6,
    support: 7,
    note: 'Breakfast with Sam and Ana before the appointment.',
    interactions: [
      { person: 'Sam', relationship: 'friend', kinds: ['emotional'], felt: 2, cost: 0 },
      { person: 'Ana', relationship: 'family', kinds: ['practical'], felt: 1, cost: 1 },
    ],
  },
  {
    occurredAt: '2026-02-01T18:00:00+01:00',
    mood: 5,
    support: 5,
    note: 'Helped Sam move flat.',
    interactions: [{ person: 'Sam', kinds: ['companionship', 'practical'], direction: 'gave', felt: 0, cost: 2 }],
  },
  {
    occurredAt: '2026-02-15T20:00:00+01:00',
    mood: 7,
    support: 8,
    note: 'Long call, Samuel listened.',
    interactions: [{ person: 'Samuel', relationship: 'friend', kinds: ['emotional'], felt: 1, cost: 0 }],
  },
  {
    occurredAt: '2026-03-01T12:00:00+01:00',
    mood: 4,
    support: 4,
    note: 'Tense lunch with Ana.',
    interactions: [{ person: 'Ana', kinds: ['emotional'], felt: -1, cost: 3 }],
  },
];

async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ passphrase, entries }) => {
      // The page's window.hearth (this file is compiled without the DOM library).
      const hearth = (globalThis as unknown as { hearth: HearthBridge }).hearth;
      await hearth.create({ passphrase });
      for (const entry of entries) await hearth.addEntry(entry);
      await hearth.addPerson({ name: 'Bo', relationship: 'neighbour' });
    },
    { passphrase: PASSPHRASE, entries: ENTRIES },
  );
  await page.reload();
}

/** Gets past whatever the shell shows after a reload (unlocked already, or the unlock screen). */
async function openPeople(page: Page): Promise<void> {
  const people = page.getByRole('link', { name: 'People', exact: true });
  const unlock = page.getByRole('button', { name: 'Unlock' });
  await expect(people.or(unlock)).toBeVisible();
  if (await unlock.isVisible()) {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await unlock.click();
  }
  await people.click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: /People you have written about/ });
const row = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('people: counts, rename, merge, archive — and no serious accessibility problems', async ({ page, bridge }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });

  await page.goto(bridge.url);
  await seed(page);
  await openPeople(page);

  // The list: right counts, relationships and last contact; sorted by name.
  await expect(table(page).getByRole('row')).toHaveCount(5);
  await expect(row(page, 'Ana').getByRole('cell')).toHaveText(['Family', '1 Mar 2026', '2']);
  await expect(row(page, 'Bo').getByRole('cell')).toHaveText(['Neighbour', 'No interactions yet', '0']);
  await expect(row(page, 'Sam').getByRole('cell')).toHaveText(['Friend', '1 Feb 2026', '2']);
  await expect(row(page, 'Samuel').getByRole('cell')).toHaveText(['Friend', '15 Feb 2026', '1']);
  await expectNoSeriousViolations(page);

  // Sorting by interactions from the header button.
  await page.getByRole('button', { name: 'Interactions' }).click();
  await expect(page.getByRole('columnheader', { name: 'Interactions' })).toHaveAttribute('aria-sort', 'descending');
  await expect(table(page).getByRole('rowheader')).toHaveText(['Ana', 'Sam', 'Samuel', 'Bo']);

  // Open Samuel; a rename to a name already used is refused next to the field.
  await row(page, 'Samuel').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samuel' })).toBeVisible();
  await expect(page.getByText('Average felt: +1.0 (a bit nourishing)')).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('ana');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const nameForm = page.getByRole('form', { name: 'Rename' });
  await expect(nameForm.getByRole('alert')).toHaveText('There is already someone called Ana; merge them instead.');
  const describedBy = await name.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(/already someone called Ana/);

  await name.fill('Sammy');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sammy' })).toBeVisible();
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page);

  // Merge Sammy into Sam: a modal asks first; Escape closes it without merging.
  await page.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Sam' });
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge Sammy into Sam?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('The one interaction with Sammy will move to Sam');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Sammy' })).toBeVisible();

  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Yes, merge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam' })).toBeVisible();
  await expect(page.getByText('3 interactions', { exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Interactions over time' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('list', { name: 'Interactions over time' }).getByRole('listitem').first()).toContainText('Long call');

  await page.getByRole('link', { name: /Back to people/ }).click();
  await expect(row(page, 'Sam').getByRole('cell')).toHaveText(['Friend', '15 Feb 2026', '3']);
  await expect(row(page, 'Sammy')).toHaveCount(0);
  await expect(table(page).getByRole('row')).toHaveCount(4);

  // Archive Bo: hidden from the list, back with "Show archived".
  await row(page, 'Bo').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bo' })).toBeVisible();
  await expect(page.getByText(/hidden from your lists, but their history is kept/)).toBeVisible();
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();
  await page.getByRole('link', { name: /Back to people/ }).click();
  await expect(table(page).getByRole('row')).toHaveCount(3);
  await expect(row(page, 'Bo')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  await expect(row(page, 'Bo')).toContainText('(archived)');
  await expect(table(page).getByRole('row')).toHaveCount(4);
  await expectNoSeriousViolations(page);

  expect(problems).toEqual([]);
});

test('people: the empty list offers ways to build support', async ({ page, bridge }) => {
  await page.goto(bridge.url);
  await page.evaluate(
    (passphrase) => (globalThis as unknown as { hearth: HearthBridge }).hearth.create({ passphrase }).then(() => undefined),
    PASSPHRASE,
  );
  await page.reload();
  await openPeople(page);
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible();
  await expect(page.getByText(/Reach out to one person who matters/)).toBeVisible();
  await expect(page.getByText(/support group/)).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('people: a person added without choosing a relationship has none, and a chosen one can be taken back', async ({ page, bridge }) => {
  await page.goto(bridge.url);
  await page.evaluate(
    (passphrase) => (globalThis as unknown as { hearth: HearthBridge }).hearth.create({ passphrase }).then(() => undefined),
    PASSPHRASE,
  );
  await page.reload();
  await openPeople(page);

  // The form starts at "Not recorded", and creating the person leaves it so: never "Friend".
  const form = page.getByRole('form', { name: 'New person' });
  const relationship = form.getByRole('combobox', { name: 'Relationship' });
  await expect(relationship.locator('option:checked')).toHaveText('Not recorded');
  await form.getByRole('textbox', { name: 'Name' }).fill('Cleo');
  await form.getByRole('button', { name: 'Create person' }).click();
  await expect(form.getByRole('status')).toHaveText('Added Cleo.');
  await expect(row(page, 'Cleo').getByRole('cell')).toHaveText(['Not recorded', 'No interactions yet', '0']);
  const stored = await page.evaluate(async () => (await (globalThis as unknown as { hearth: HearthBridge }).hearth.listPeople(undefined))[0]);
  expect(stored).not.toHaveProperty('relationship');

  // On the person's page: neutral words, then a chosen relationship, then back to not recorded.
  await row(page, 'Cleo').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cleo' })).toBeVisible();
  const header = page.locator('.person-relationship');
  await expect(header).toHaveText('Relationship not recorded');
  const manage = page.getByRole('form', { name: 'Relationship' });
  await manage.getByRole('combobox', { name: 'Relationship' }).selectOption({ label: 'Friend' });
  await manage.getByRole('button', { name: 'Save relationship' }).click();
  await expect(header).toHaveText('Friend');
  await manage.getByRole('combobox', { name: 'Relationship' }).selectOption({ label: 'Not recorded' });
  await manage.getByRole('button', { name: 'Save relationship' }).click();
  await expect(header).toHaveText('Relationship not recorded');
  await expectNoSeriousViolations(page);

  await page.getByRole('link', { name: /Back to people/ }).click();
  await expect(row(page, 'Cleo').getByRole('cell')).toHaveText(['Not recorded', 'No interactions yet', '0']);
});

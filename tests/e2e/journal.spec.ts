// The journal and the entry editor in real Chromium against the real service (test bridge): writing
// entries with interactions, search and filters, editing, delete with Undo, a keyboard-only entry,
// axe checks, and a large journal that still scrolls.
import type { Locator, Page } from '@playwright/test';
import type { HearthBridge } from '../../shared/api';
import type { EntryInput } from '../../shared/schemas';
import { expect, test } from './fixtures';
import { expectAccessible, watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';

/** A journal made through window.hearth (not the onboarding screens), then the app reloaded onto it. */
async function openNewJournal(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'hearth' in globalThis);
  await page.evaluate((passphrase) => (globalThis as unknown as { hearth: HearthBridge }).hearth.create({ passphrase }).then(() => undefined), PASSPHRASE);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
}

async function addPeople(page: Page, people: { name: string; relationship: 'friend' | 'family' }[]): Promise<void> {
  await page.evaluate(async (list) => {
    const hearth = (globalThis as unknown as { hearth: HearthBridge }).hearth;
    for (const p of list) await hearth.addPerson(p);
  }, people);
}

const count = (page: Page) => page.locator('.journal-count');
const rowsRegion = (page: Page) => page.getByRole('region', { name: 'Entries' });
const row = (page: Page, text: string | RegExp) => rowsRegion(page).getByRole('button', { name: text });

interface UiEntry {
  when: string;
  mood: string;
  support: string;
  note: string;
  tags?: string[];
  people: { name: string; relationship?: string; kinds: string[]; felt?: string }[];
}

async function writeEntry(page: Page, e: UiEntry): Promise<void> {
  await page.getByRole('button', { name: 'New entry' }).first().click();
  const form = page.getByRole('form', { name: 'New entry' });
  await expect(form).toBeVisible();
  // When: the date in the app's style (British figures in these tests), then the time.
  const [date, time] = e.when.split('T') as [string, string];
  await form.getByLabel('Date', { exact: true }).fill(date.split('-').reverse().join('/'));
  await form.getByLabel('Time', { exact: true }).fill(time);
  await form.getByRole('slider', { name: 'Mood' }).fill(e.mood);
  await form.getByRole('slider', { name: 'Felt supported' }).fill(e.support);
  await form.getByRole('textbox', { name: 'Note' }).fill(e.note);
  for (const tag of e.tags ?? []) {
    await form.getByRole('textbox', { name: 'Tags' }).fill(tag);
    await form.getByRole('textbox', { name: 'Tags' }).press('Enter');
  }
  for (const [i, p] of e.people.entries()) {
    await form.getByRole('button', { name: 'Add person' }).click();
    const group = form.getByRole('group', { name: `Interaction ${i + 1}` });
    await group.getByRole('combobox', { name: 'Person' }).fill(p.name);
    if (p.relationship) await group.getByRole('combobox', { name: 'Relationship' }).selectOption({ label: p.relationship });
    for (const kind of p.kinds) await group.getByRole('checkbox', { name: kind }).check();
    if (p.felt) await group.getByRole('radio', { name: p.felt, exact: true }).check();
  }
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
}

test('entries with interactions, search and filters, edit, delete and undo', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openNewJournal(page, bridge.url);
  await expect(page.getByRole('heading', { name: /journal is empty/ })).toBeVisible();
  await expectAccessible(page, 'empty journal');

  await writeEntry(page, {
    when: '2026-03-03T12:30',
    mood: '6',
    support: '7',
    note: 'Long call with mum about the move.',
    tags: ['family'],
    people: [{ name: 'Mum', relationship: 'Family', kinds: ['Emotional', 'Practical'], felt: 'A bit nourishing' }],
  });
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await writeEntry(page, {
    when: '2026-03-05T08:00',
    mood: '3',
    support: '2',
    note: 'Slow morning, nobody around.',
    people: [],
  });
  await writeEntry(page, {
    when: '2026-03-05T21:10',
    mood: '8',
    support: '9',
    note: 'Dinner with Ana by the river.',
    tags: ['friends'],
    people: [
      { name: 'Ana', relationship: 'Friend', kinds: ['Companionship'], felt: 'Nourishing' },
      { name: 'Mum', kinds: ['Informational'], felt: 'Draining' },
    ],
  });

  await expect(count(page)).toHaveText('3 entries');
  // Grouped by day, newest first.
  await expect(rowsRegion(page).getByRole('heading', { level: 2 })).toHaveText(['Thursday, 5 March 2026', 'Tuesday, 3 March 2026']);
  await expect(rowsRegion(page).locator('.entry-time')).toHaveText(['21:10', '08:00', '12:30']);
  await expect(row(page, /Dinner with Ana/)).toContainText('With Ana, Mum');
  await expectAccessible(page, 'journal');

  // Search: notes, people and tags.
  const search = page.getByRole('searchbox', { name: 'Search journal' });
  await search.fill('river');
  await expect(count(page)).toHaveText('1 matching entry');
  await search.fill('mum');
  await expect(count(page)).toHaveText('2 matching entries');
  await search.fill('friends');
  await expect(count(page)).toHaveText('1 matching entry');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText('3 entries');

  // Filters.
  await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Mum' });
  await expect(count(page)).toHaveText('2 matching entries');
  await page.getByRole('combobox', { name: 'Kind of support' }).selectOption({ label: 'Practical' });
  await expect(count(page)).toHaveText('1 matching entry');
  await expect(row(page, /call with mum/)).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Lowest mood' }).selectOption('5');
  await expect(count(page)).toHaveText('2 matching entries');
  await page.getByRole('combobox', { name: 'Highest mood' }).selectOption('7');
  await expect(count(page)).toHaveText('1 matching entry');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('From').fill('04/03/2026');
  await expect(count(page)).toHaveText('2 matching entries');
  await page.getByLabel('To').fill('04/03/2026');
  await expect(count(page)).toHaveText('0 matching entries');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText('3 entries');

  // Edit: open with the keyboard, change the note, save.
  await row(page, /Slow morning/).focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('form', { name: 'Edit entry' });
  await expect(edit.getByRole('textbox', { name: 'Note' })).toHaveValue('Slow morning, nobody around.');
  await expectAccessible(page, 'edit entry');
  await edit.getByRole('textbox', { name: 'Note' }).fill('Slow morning, then a message from Ana.');
  await edit.getByRole('button', { name: 'Save entry' }).click();
  await expect(row(page, /then a message from Ana/)).toBeVisible();
  await expect(rowsRegion(page).locator('.entry-time')).toHaveText(['21:10', '08:00', '12:30']);

  // Delete and undo.
  await rowsRegion(page).getByRole('button', { name: /^Delete entry of .* at 08:00$/ }).click();
  await expect(row(page, /then a message from Ana/)).toHaveCount(0);
  await expect(count(page)).toHaveText('2 entries');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row(page, /then a message from Ana/)).toBeVisible();
  await expect(count(page)).toHaveText('3 entries');

  // Delete for real: from the entry screen, and wait out the undo window.
  await row(page, /call with mum/).click();
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await expect(count(page)).toHaveText('2 entries');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0, { timeout: 10_000 });
  const stored = await page.evaluate(() => (globalThis as unknown as { hearth: HearthBridge }).hearth.listEntries().then((l) => l.entries.map((e) => e.note)));
  expect(stored).toEqual(['Dinner with Ana by the river.', 'Slow morning, then a message from Ana.']);
  expect(problems).toEqual([]);
});

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('an entry written with the keyboard only', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openNewJournal(page, bridge.url);
  await addPeople(page, [
    { name: 'Sam', relationship: 'friend' },
    { name: 'Sasha', relationship: 'family' },
  ]);

  await page.keyboard.press('Control+n');
  const form = page.getByRole('form', { name: 'New entry' });
  await expect(form).toBeVisible();

  const mood = form.getByRole('slider', { name: 'Mood' });
  await tabTo(page, mood);
  await expect(mood).toHaveAttribute('aria-valuetext', 'Not recorded');
  // The first arrow sets the middle, the next ones move from there.
  await page.keyboard.press('ArrowRight');
  await expect(mood).toHaveAttribute('aria-valuetext', '5, okay');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(mood).toHaveAttribute('aria-valuetext', '7, good');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('slider', { name: 'Felt supported' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('slider', { name: 'Stress' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Sasha helped me carry the boxes.');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Tags' })).toBeFocused();
  await page.keyboard.type('moving');
  await page.keyboard.press('Enter');

  await tabTo(page, form.getByRole('button', { name: 'Add person' }));
  await page.keyboard.press('Enter');
  const person = form.getByRole('combobox', { name: 'Person' });
  await expect(person).toBeFocused();
  await page.keyboard.type('sa');
  await expect(form.getByRole('listbox').getByRole('option')).toHaveText(['Sam', 'Sasha']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(person).toHaveValue('Sasha');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('checkbox', { name: 'Emotional' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(form.getByRole('checkbox', { name: 'Practical' })).toBeChecked();
  // Each choice starts at Not recorded; the arrows move through the rest.
  await tabTo(page, form.getByRole('group', { name: 'Direction' }).getByRole('radio', { name: 'Not recorded' }));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: 'Both' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('group', { name: 'How it felt' }).getByRole('radio', { name: 'Not recorded' })).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: 'Nourishing', exact: true })).toBeChecked();
  const asked = form.getByRole('group', { name: 'Did you ask for help?' });
  await tabTo(page, asked.getByRole('radio', { name: 'Not recorded' }));
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  await expect(asked.getByRole('radio', { name: 'I did not ask' })).toBeChecked();
  await expectAccessible(page, 'new entry');

  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(count(page)).toHaveText('1 entry');
  const saved = await page.evaluate(() => (globalThis as unknown as { hearth: HearthBridge }).hearth.listEntries().then((l) => l.entries[0]!));
  expect(saved).toMatchObject({
    mood: 7,
    support: 4,
    stress: 6,
    note: 'Sasha helped me carry the boxes.',
    tags: ['moving'],
    interactions: [{ person: 'Sasha', kinds: ['practical'], direction: 'both', felt: 2, askedForHelp: false }],
  });
  // What it cost and the channel were left alone: not recorded.
  expect(saved.interactions[0]).not.toHaveProperty('cost');
  expect(saved.interactions[0]).not.toHaveProperty('channel');
  expect(problems).toEqual([]);
});

test('an entry saved without touching a slider or a choice records none of them, and says so', async ({ page, bridge }) => {
  const problems = watchProblems(page);
  await openNewJournal(page, bridge.url);
  await page.getByRole('button', { name: 'New entry' }).first().click();
  const form = page.getByRole('form', { name: 'New entry' });
  for (const name of ['Mood', 'Felt supported', 'Stress']) await expect(form.getByRole('slider', { name })).toHaveAttribute('aria-valuetext', 'Not recorded');
  await form.getByRole('textbox', { name: 'Note' }).fill('Tea with Robin.');
  await form.getByRole('button', { name: 'Add person' }).click();
  await form.getByRole('combobox', { name: 'Person' }).fill('Robin');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();

  const saved = await page.evaluate(() => (globalThis as unknown as { hearth: HearthBridge }).hearth.listEntries().then((l) => l.entries[0]!));
  for (const key of ['mood', 'support', 'stress']) expect(saved).not.toHaveProperty(key);
  expect(saved.interactions).toHaveLength(1);
  for (const key of ['direction', 'felt', 'cost']) expect(saved.interactions[0]).not.toHaveProperty(key);
  const insights = await page.evaluate(() => (globalThis as unknown as { hearth: HearthBridge }).hearth.insights({}));
  expect(insights.mood).toEqual({ mean: null, days: 0 });
  expect(insights.people[0]).toMatchObject({ interactions: 1, meanFelt: null, feltInteractions: 0, meanCost: null, received: 0, gave: 0, both: 0 });

  // The journal says so, and so does the entry when opened again.
  const saidRow = row(page, /Tea with Robin/);
  await expect(saidRow).toContainText('Mood not recorded');
  await expect(saidRow).toContainText('Support not recorded');
  await saidRow.click();
  const edit = page.getByRole('form', { name: 'Edit entry' });
  for (const name of ['Mood', 'Felt supported', 'Stress']) await expect(edit.getByRole('slider', { name })).toHaveAttribute('aria-valuetext', 'Not recorded');
  for (const legend of ['Direction', 'How it felt', 'What it cost'])
    await expect(edit.getByRole('group', { name: legend }).getByRole('radio', { name: 'Not recorded' })).toBeChecked();
  await expectAccessible(page, 'entry with nothing recorded');
  expect(problems).toEqual([]);
});

test('a large journal loads once and scrolls, rendering only what is in view', async ({ page, bridge }) => {
  test.setTimeout(240_000);
  await openNewJournal(page, bridge.url);
  const total = Number(process.env.HEARTH_E2E_ENTRIES ?? 11_000);
  await page.evaluate(async (n) => {
    const hearth = (globalThis as unknown as { hearth: HearthBridge }).hearth;
    const start = Date.UTC(2000, 0, 1);
    const batch = 250;
    for (let i = 0; i < n; i += batch) {
      const calls: Promise<unknown>[] = [];
      for (let j = i; j < Math.min(n, i + batch); j++) {
        const at = new Date(start + j * 3 * 3600 * 1000).toISOString().slice(0, 19);
        const input: EntryInput = {
          occurredAt: `${at}+00:00`,
          mood: j % 11,
          support: (j * 7) % 11,
          note: `Entry number ${j}`,
          tags: j % 5 === 0 ? ['walk'] : [],
          interactions: j % 3 === 0 ? [{ person: `Friend ${j % 7}`, kinds: ['emotional'] }] : [],
        };
        calls.push(hearth.addEntry(input));
      }
      await Promise.all(calls);
    }
  }, total);

  await page.reload();
  await expect(count(page)).toHaveText(`${total.toLocaleString('en-GB')} entries`, { timeout: 30_000 });
  const region = rowsRegion(page);
  await expect(row(page, new RegExp(`Entry number ${total - 1}$`))).toBeVisible();
  // Only a window of rows is in the page.
  const rendered = await region.locator('.entry-open').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(80);

  // Scroll to the very end: the oldest entry is rendered.
  await region.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(row(page, /Entry number 0(?!\d)/)).toBeVisible();
  expect(await region.locator('.entry-open').count()).toBeLessThan(80);

  // Search over all of them.
  await page.getByRole('searchbox', { name: 'Search journal' }).fill('number 1234');
  await expect(count(page)).toHaveText(/^\d+ matching entr(y|ies)$/);
  await expect(row(page, /Entry number 1234$/)).toBeVisible();
});

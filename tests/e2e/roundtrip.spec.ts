// The whole journey of the issue, through the UI only, in real Chromium against the real service
// (test bridge): first run with the recovery key typed back, entries with interactions, search and a
// filter, edit, delete and Undo, People (rename, merge), Lock, a wrong passphrase, unlock, and the
// recovery-key path to a new passphrase. window.hearth is only read, for assertions.
import type { Page } from '@playwright/test';
import { HearthError } from '../../shared/errors';
import { METHODS } from '../../shared/schemas';
import { expect, test } from './fixtures';
import { watchProblems } from './page-checks';

const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'lantern orchard velvet cobalt';

const passphraseBox = (page: Page) => page.getByRole('textbox', { name: 'Passphrase', exact: true });
const repeatBox = (page: Page) => page.getByRole('textbox', { name: 'Repeat passphrase', exact: true });
const lockedHeading = (page: Page) => page.getByRole('heading', { name: 'Hearth is locked' });
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const journalHeading = (page: Page) => page.getByRole('heading', { name: 'Journal', level: 1 });
const count = (page: Page) => page.locator('.journal-count');
const rowsRegion = (page: Page) => page.getByRole('region', { name: 'Entries' });
const row = (page: Page, text: string | RegExp) => rowsRegion(page).getByRole('button', { name: text });
const peopleTable = (page: Page) => page.getByRole('table', { name: /People you have written about/ });
const personRow = (page: Page, name: string) =>
  peopleTable(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

/** Stored notes, newest first (read through window.hearth, for assertions only). */
const storedNotes = (page: Page) => page.evaluate(() => window.hearth.listEntries().then((l) => l.entries.map((e) => e.note)));

/** First run through the screens; returns the recovery key as shown. */
async function createJournal(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  await passphraseBox(page).fill(PASSPHRASE);
  await repeatBox(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create journal' }).click();

  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const key = page.getByRole('figure', { name: 'Recovery key' }).locator('code');
  // 32 bytes as base32 in 13 groups of four.
  await expect(key).toHaveText(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){12}$/);
  const text = await key.innerText();
  const cont = page.getByRole('button', { name: 'Continue' });
  await expect(cont).toBeDisabled();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(text);
  await expect(cont).toBeEnabled();
  await cont.click();
  await expect(mainNav(page)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
  return text;
}

interface UiPerson {
  name: string;
  /** Only for someone new (the Relationship field shows for new names). */
  relationship?: string;
  kinds: string[];
  felt: string;
  cost: string;
}

interface UiEntry {
  when: string;
  mood: string;
  support: string;
  note: string;
  people: UiPerson[];
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
  for (const [i, p] of e.people.entries()) {
    await form.getByRole('button', { name: 'Add person' }).click();
    const group = form.getByRole('group', { name: `Interaction ${i + 1}` });
    await group.getByRole('combobox', { name: 'Person' }).fill(p.name);
    if (p.relationship) await group.getByRole('combobox', { name: 'Relationship' }).selectOption({ label: p.relationship });
    for (const kind of p.kinds) {
      await group.getByRole('checkbox', { name: kind, exact: true }).check();
      await expect(group.getByRole('checkbox', { name: kind, exact: true })).toBeChecked();
    }
    await group.getByRole('group', { name: 'How it felt' }).getByRole('radio', { name: p.felt, exact: true }).check();
    await group.getByRole('group', { name: 'What it cost' }).getByRole('radio', { name: p.cost, exact: true }).check();
  }
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(journalHeading(page)).toBeVisible();
  await expect(row(page, e.note)).toBeVisible();
}

async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await expect(lockedHeading(page)).toBeVisible();
  await passphraseBox(page).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(mainNav(page)).toBeVisible();
}

async function openJournal(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(journalHeading(page)).toBeVisible();
}

async function openPeople(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
}

const NOTES = {
  first: 'Long call with Mum and Sam about the move.',
  second: 'Dinner with Ana and Sam by the river.',
  third: 'Slow morning, a short message from Samuel.',
  thirdEdited: 'Slow morning, then Samuel came by with soup.',
};

test('the whole journey: first run, entries, search, edit, undo, people, lock, unlock, recovery', async ({ page, bridge }) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page, { failedResponses: true });
  await page.goto(bridge.url);

  // First run: passphrase twice, the recovery key shown and typed back.
  const recoveryKey = await createJournal(page);
  await expect(page.getByRole('heading', { name: /journal is empty/ })).toBeVisible();

  // Three entries with interactions through the entry form.
  await writeEntry(page, {
    when: '2026-03-03T12:30',
    mood: '6',
    support: '7',
    note: NOTES.first,
    people: [
      { name: 'Mum', relationship: 'Family', kinds: ['Emotional', 'Practical'], felt: 'A bit nourishing', cost: 'None' },
      { name: 'Sam', relationship: 'Friend', kinds: ['Companionship'], felt: 'Nourishing', cost: 'A little' },
    ],
  });
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await writeEntry(page, {
    when: '2026-03-05T21:10',
    mood: '8',
    support: '9',
    note: NOTES.second,
    people: [
      { name: 'Ana', relationship: 'Friend', kinds: ['Companionship', 'Esteem'], felt: 'Nourishing', cost: 'None' },
      // Sam is known by now: no Relationship field.
      { name: 'Sam', kinds: ['Informational'], felt: 'Draining', cost: 'A lot' },
    ],
  });
  await writeEntry(page, {
    when: '2026-03-06T08:00',
    mood: '3',
    support: '2',
    note: NOTES.third,
    people: [{ name: 'Samuel', relationship: 'Friend', kinds: ['Emotional'], felt: 'Neutral', cost: 'Some' }],
  });
  await expect(count(page)).toHaveText('3 entries');
  await expect(row(page, NOTES.second)).toContainText('With Ana, Sam');

  // What was ticked and chosen is what was stored.
  const second = await page.evaluate(() => window.hearth.listEntries().then((l) => l.entries.find((e) => e.note?.includes('river'))));
  expect(second).toMatchObject({
    mood: 8,
    support: 9,
    interactions: [
      { person: 'Ana', kinds: ['companionship', 'esteem'], felt: 2, cost: 0 },
      { person: 'Sam', kinds: ['informational'], felt: -2, cost: 3 },
    ],
  });

  // Search, then one filter.
  const search = page.getByRole('searchbox', { name: 'Search journal' });
  await search.fill('river');
  await expect(count(page)).toHaveText('1 matching entry');
  await expect(row(page, NOTES.second)).toBeVisible();
  await expect(row(page, NOTES.first)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText('3 entries');
  await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Sam' });
  await expect(count(page)).toHaveText('2 matching entries');
  await expect(row(page, NOTES.third)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText('3 entries');

  // Edit: change the note.
  await row(page, NOTES.third).click();
  const edit = page.getByRole('form', { name: 'Edit entry' });
  await expect(edit.getByRole('textbox', { name: 'Note' })).toHaveValue(NOTES.third);
  await edit.getByRole('textbox', { name: 'Note' }).fill(NOTES.thirdEdited);
  await edit.getByRole('button', { name: 'Save entry' }).click();
  await expect(journalHeading(page)).toBeVisible();
  await expect(row(page, NOTES.thirdEdited)).toBeVisible();
  await expect(row(page, NOTES.third)).toHaveCount(0);
  await expect(count(page)).toHaveText('3 entries');

  // Delete one and Undo: it comes back.
  await rowsRegion(page).getByRole('button', { name: /^Delete entry of .* at 12:30$/ }).click();
  await expect(row(page, NOTES.first)).toHaveCount(0);
  await expect(count(page)).toHaveText('2 entries');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, NOTES.first)).toBeVisible();
  await expect(count(page)).toHaveText('3 entries');
  expect(await storedNotes(page)).toEqual([NOTES.thirdEdited, NOTES.second, NOTES.first]);

  // People: Mum 1, Sam 2, Samuel 1, Ana 1.
  await openPeople(page);
  await expect(peopleTable(page).getByRole('row')).toHaveCount(5);
  await expect(personRow(page, 'Sam').getByRole('cell').last()).toHaveText('2');
  await expect(personRow(page, 'Samuel').getByRole('cell').last()).toHaveText('1');

  // Rename Ana.
  await personRow(page, 'Ana').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('Anna');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anna' })).toBeVisible();
  await page.getByRole('link', { name: /Back to people/ }).click();
  await expect(personRow(page, 'Anna').getByRole('cell').last()).toHaveText('1');
  await expect(personRow(page, 'Ana')).toHaveCount(0);

  // Merge Samuel into Sam: 1 + 2 = 3.
  await personRow(page, 'Samuel').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samuel' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Sam' });
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge Samuel into Sam?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Yes, merge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam' })).toBeVisible();
  await expect(page.getByText('3 interactions', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: /Back to people/ }).click();
  await expect(personRow(page, 'Sam').getByRole('cell').last()).toHaveText('3');
  await expect(personRow(page, 'Samuel')).toHaveCount(0);
  await expect(peopleTable(page).getByRole('row')).toHaveCount(4);
  const people = await page.evaluate(() =>
    window.hearth.listPeople().then((l) => Object.fromEntries(l.map((p) => [p.name, p.interactionCount]))),
  );
  expect(people).toEqual({ Anna: 1, Mum: 1, Sam: 3 });

  // The journal shows the new names.
  await openJournal(page);
  await expect(row(page, NOTES.second)).toContainText('With Anna, Sam');
  await expect(row(page, NOTES.thirdEdited)).toContainText('With Sam');

  // Lock with the button: the journal leaves the screen.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(lockedHeading(page)).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);
  await expect(page.getByText(NOTES.second)).toHaveCount(0);

  // A wrong passphrase: a plain message, still locked.
  await passphraseBox(page).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(new HearthError('WRONG_PASSPHRASE').message);
  await expect(passphraseBox(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(lockedHeading(page)).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);

  // The right one: the entries are there.
  await passphraseBox(page).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(mainNav(page)).toBeVisible();
  await openJournal(page);
  await expect(count(page)).toHaveText('3 entries');
  await expect(row(page, NOTES.thirdEdited)).toBeVisible();

  // Lock again, and open with the recovery key captured at first run, setting a new passphrase.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(lockedHeading(page)).toBeVisible();
  await page.getByRole('button', { name: 'Use recovery key' }).click();
  await expect(page.getByRole('heading', { name: 'Open with your recovery key' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey);
  await passphraseBox(page).fill(NEW_PASSPHRASE);
  await repeatBox(page).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Set new passphrase and unlock' }).click();
  await expect(mainNav(page)).toBeVisible();
  await openJournal(page);
  await expect(count(page)).toHaveText('3 entries');
  await expect(row(page, NOTES.first)).toBeVisible();
  await expect(row(page, NOTES.second)).toContainText('With Anna, Sam');
  await expect(row(page, NOTES.thirdEdited)).toBeVisible();
  expect(await storedNotes(page)).toEqual([NOTES.thirdEdited, NOTES.second, NOTES.first]);

  // The new passphrase is the one that opens it now.
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlockWith(page, NEW_PASSPHRASE);

  expect(problems).toEqual([]);
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

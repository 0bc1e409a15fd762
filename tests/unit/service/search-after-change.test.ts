// Through the service, on a real journal: a search right after an edit, a delete, a rename, a merge,
// an import or another process's write answers from the journal as it now is.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

let v: Awaited<ReturnType<typeof freshService>>;
beforeAll(async () => {
  v = await freshService();
});
afterAll(() => v.cleanup());

const notes = async (search: string) => (await v.service.listEntries({ search })).entries.map((e) => e.note).sort();

it('finds an edit, forgets a delete, and follows a rename and a merge at once', async () => {
  const walk = await v.service.addEntry(entry({ mood: 5, support: 5, note: 'A long walk by the canal', interactions: [{ person: 'Rosa', relationship: 'friend', kinds: [], channel: 'in-person', askedForHelp: false }] }));
  const tea = await v.service.addEntry(entry({ mood: 6, support: 6, note: 'Tea and biscuits' }));
  expect(await notes('canal')).toEqual(['A long walk by the canal']);

  await v.service.updateEntry({ id: walk.id, entry: entry({ mood: 5, support: 5, note: 'A long walk by the river', interactions: [{ person: 'Rosa', relationship: 'friend', kinds: [], channel: 'in-person', askedForHelp: false }] }) });
  expect(await notes('canal')).toEqual([]);
  expect(await notes('walk by the river')).toEqual(['A long walk by the river']);

  const rosa = (await v.service.listPeople(undefined)).find((p) => p.name === 'Rosa')!;
  await v.service.updatePerson({ id: rosa.id, name: 'Rosalind' });
  expect(await notes('rosalind')).toEqual(['A long walk by the river']);

  const tom = await v.service.addPerson({ name: 'Tomasz', relationship: 'family' });
  await v.service.mergePeople({ sourceId: (await v.service.listPeople(undefined)).find((p) => p.name === 'Rosalind')!.id, targetId: tom.id });
  expect(await notes('rosalind')).toEqual([]);
  expect(await notes('tomasz')).toEqual(['A long walk by the river']);

  await v.service.deleteEntry({ id: tea.id });
  expect(await notes('biscuits')).toEqual([]);
  await v.service.addEntries([entry({ mood: 4, support: 4, note: 'Biscuits again' }), entry({ mood: 4, support: 4, note: 'No more biscuits' })]);
  expect(await notes('biscuits')).toEqual(['Biscuits again', 'No more biscuits']);
});

it('finds what another process wrote, and forgets what it deleted', async () => {
  const other = v.reopen();
  try {
    await other.unlock({ passphrase: PASSPHRASE });
    const added = await other.addEntry(entry({ mood: 5, support: 5, note: 'Written from the command line' }));
    expect(await notes('command line')).toEqual(['Written from the command line']);
    await other.deleteEntry({ id: added.id });
    expect(await notes('command line')).toEqual([]);
  } finally {
    other.close();
  }
});

// Tags are shown as "#moving": searching for that finds them, as does the bare word.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { entry, freshService } from '../../support/vault';

let v: Awaited<ReturnType<typeof freshService>>;
let tagged: string;
let noted: string;
beforeAll(async () => {
  v = await freshService();
  tagged = (await v.service.addEntry(entry({ mood: 5, support: 5, note: 'Boxes everywhere', tags: ['moving', 'family'] }))).id;
  noted = (await v.service.addEntry(entry({ mood: 6, support: 6, note: 'Thinking about #Moving next year', tags: [] }))).id;
  await v.service.addEntry(entry({ mood: 4, support: 4, note: 'A quiet day', tags: ['rest'] }));
});
afterAll(() => v.cleanup());

const ids = async (search: string) => (await v.service.listEntries({ search })).entries.map((e) => e.id).sort();

it('finds a tag by its shown form, in any case', async () => {
  expect(await ids('#moving')).toEqual([tagged, noted].sort());
  expect(await ids('#MOVING')).toEqual([tagged, noted].sort());
  expect(await ids('#family')).toEqual([tagged]);
});

it('still finds a tag by the bare word, and a # query does not reach into the next tag', async () => {
  expect(await ids('moving')).toEqual([tagged, noted].sort());
  expect(await ids('#rest')).toHaveLength(1);
  expect(await ids('#everywhere')).toEqual([]);
});

// add with an id chosen by the caller: a retry after a crash adds nothing twice, and an id that
// already names something else is refused, saying why.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { HearthError } from '../../../shared/errors';
import { argSchemas } from '../../../shared/schemas';
import { entry, freshService } from '../../support/vault';

const cleanups = cleanupAfterEach();

async function setup() {
  const v = await freshService();
  cleanups.push(v.cleanup);
  return v.service;
}

const withId = (id: string, input: Parameters<typeof entry>[0]) => argSchemas.addEntry.parse({ ...input, id });

it('stores the entry under the given id, and the same add again is that entry, not a second one', async () => {
  const service = await setup();
  const id = randomUUID();
  const input = { mood: 6, support: 7, note: 'walk', tags: ['out', 'out'], interactions: [{ person: 'Sam', kinds: ['companionship' as const] }] };
  const first = await service.addEntry(withId(id, input));
  expect(first.id).toBe(id);
  // The retry omits nothing but its time, which the first attempt took as "now".
  const again = await service.addEntry(withId(id, { ...input, interactions: [{ person: 'sam', kinds: ['companionship'] }] }));
  expect(again).toEqual(first);
  expect((await service.listEntries(undefined)).total).toBe(1);
  expect((await service.listPeople(undefined)).map((p) => p.name)).toEqual(['Sam']);
});

it('refuses the id with different content, or of another record, or twice in one batch', async () => {
  const service = await setup();
  const id = randomUUID();
  await service.addEntry(withId(id, { mood: 6, support: 7, note: 'walk', occurredAt: '2026-03-01T10:00:00+01:00' }));
  for (const other of [{ mood: 5, support: 7, note: 'walk' }, { mood: 6, support: 7, note: 'walk', occurredAt: '2026-03-02T10:00:00+01:00' }, { mood: 6, support: 7, note: 'run' }]) {
    const error = await service.addEntry(withId(id, other)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HearthError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
    expect((error as Error).message).toContain('different content');
  }
  const person = await service.addPerson({ name: 'Ana', relationship: 'friend' });
  await expect(service.addEntry(withId(person.id, { mood: 1, support: 1 }))).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('another record') });
  const twice = randomUUID();
  await expect(service.addEntries([withId(twice, { mood: 1, support: 1 }), withId(twice, { mood: 1, support: 1 })])).rejects.toMatchObject({ field: 'id' });
  expect((await service.listEntries(undefined)).total).toBe(1);
});

it('accepts only a UUID as the id', () => {
  expect(argSchemas.addEntry.safeParse({ id: 'entry-1' }).success).toBe(false);
  expect(argSchemas.addEntry.safeParse({ id: randomUUID() }).success).toBe(true);
  // Edits name the entry outside; the entry itself takes no id there.
  expect(argSchemas.updateEntry.safeParse({ id: randomUUID(), entry: { id: randomUUID() } }).success).toBe(false);
});

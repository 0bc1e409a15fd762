// A name already taken: a rename may suggest merging (both people exist), adding a new person may not
// (there is nobody yet to merge).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HearthError } from '../../../shared/errors';
import { freshService } from '../../support/vault';

let v: Awaited<ReturnType<typeof freshService>>;
beforeAll(async () => {
  v = await freshService();
});
afterAll(() => v.cleanup());

async function messageOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HearthError);
    return (e as HearthError).message;
  }
  throw new Error('expected a refusal');
}

it('adding someone whose name is taken says so, without suggesting a merge', async () => {
  await v.service.addPerson({ name: 'Ana', relationship: 'friend' });
  expect(await messageOf(v.service.addPerson({ name: 'ana', relationship: 'other' }))).toBe('There is already someone called Ana.');
});

it('renaming someone to a taken name suggests merging the two', async () => {
  const bo = await v.service.addPerson({ name: 'Bo', relationship: 'friend' });
  expect(await messageOf(v.service.updatePerson({ id: bo.id, name: 'ANA' }))).toBe('There is already someone called Ana; merge them instead.');
});

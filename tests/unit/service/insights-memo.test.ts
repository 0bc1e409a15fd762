// The Journal remembers its last insights answer: asked the same again it answers at once, and after
// any change (an entry, a person, the settings, another process's write, a new day) the answer is
// what a journal opened afresh works out.
import { expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { argSchemas } from '../../../shared/schemas';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const cleanups = cleanupAfterEach();

it('answers a repeated question at once and never gives an answer a change made stale', async () => {
  let clock = new Date('2026-03-10T12:00:00Z');
  const now = () => clock;
  const v = await freshService({ now });
  cleanups.push(v.cleanup);
  const { service } = v;
  const query = { from: '2026-03-01', to: '2026-03-31' };
  const freshly = async () => {
    const other = v.reopen({ now });
    try {
      await other.unlock({ passphrase: PASSPHRASE });
      return await other.insights(query);
    } finally {
      other.close();
    }
  };
  const expectCurrent = async () => expect(await service.insights(query)).toEqual(await freshly());

  const first = await service.addEntry(entry({ occurredAt: '2026-03-02T09:00:00+01:00', mood: 4, support: 6, interactions: [{ person: 'Robin' }] }));
  await service.addEntry(entry({ occurredAt: '2026-03-03T09:00:00+01:00', mood: 7, support: 8, interactions: [{ person: 'Ana' }] }));
  const asked = await service.insights(query);
  expect(await service.insights(query)).toBe(asked);
  await expectCurrent();

  await service.updateEntry({ id: first.id, entry: entry({ occurredAt: '2026-03-02T09:00:00+01:00', mood: 9, support: 2, interactions: [{ person: 'Robin' }] }) });
  await expectCurrent();

  const robin = (await service.listPeople(undefined)).find((p) => p.name === 'Robin')!;
  await service.updatePerson(argSchemas.updatePerson.parse({ id: robin.id, name: 'Robin Hart' }));
  await expectCurrent();

  await service.updateSettings(argSchemas.updateSettings.parse({ weekStartsOn: 0 }));
  await expectCurrent();

  // Another process (the CLI) writes; this service takes it in at its next call.
  const cli = v.reopen({ now });
  await cli.unlock({ passphrase: PASSPHRASE });
  await cli.addEntry(entry({ occurredAt: '2026-03-05T09:00:00+01:00', mood: 2, support: 3, interactions: [{ person: 'Sol' }] }));
  cli.close();
  await expectCurrent();

  await service.deleteEntry({ id: first.id });
  await expectCurrent();

  clock = new Date('2026-04-20T12:00:00Z');
  await expectCurrent();
});

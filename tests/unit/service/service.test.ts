// Round trips of every service method on a real vault.
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { HearthError } from '../../../shared/errors';
import { argSchemas } from '../../../shared/schemas';
import { entry, freshService, PASSPHRASE, tempDir } from '../../support/vault';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { join } from 'node:path';
import { storedEntrySchema } from '../../../electron/service/stored-records';

const cleanups = cleanupAfterEach();

async function setup(now?: () => Date) {
  const v = await freshService(now ? { now } : {});
  cleanups.push(v.cleanup);
  return v;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HearthError) return e.code;
    throw e;
  }
  throw new Error('expected the call to fail');
}

describe('not recorded', () => {
  it('stores an untouched entry and interaction without invented values, through lock and unlock', async () => {
    const { service } = await setup();
    const added = await service.addEntry(entry({ occurredAt: '2026-03-01T09:00:00+01:00', interactions: [{ person: 'Robin' }] }));
    const absent = (o: object, keys: string[]) => keys.filter((k) => k in o);
    expect(absent(added, ['mood', 'support', 'stress'])).toEqual([]);
    expect(absent(added.interactions[0]!, ['direction', 'felt', 'cost', 'channel', 'askedForHelp'])).toEqual([]);
    expect(added.interactions[0]).toMatchObject({ person: 'Robin', kinds: [] });
    await service.lock();
    await service.unlock({ passphrase: PASSPHRASE });
    const read = await service.getEntry({ id: added.id });
    expect(absent(read, ['mood', 'support', 'stress'])).toEqual([]);
    expect(absent(read.interactions[0]!, ['direction', 'felt', 'cost', 'channel', 'askedForHelp'])).toEqual([]);
    const stats = await service.insights({ from: '2026-03-01', to: '2026-03-01' });
    expect(stats.people.map((p) => [p.name, p.interactions])).toEqual([['Robin', 1]]);
    expect([stats.asked.asked.interactions, stats.asked.offered.interactions]).toEqual([0, 0]);
    expect(Object.values(stats.channels).every((c) => c.interactions === 0)).toBe(true);
  });

  it('accepts a sealed record written before not-recorded existed, with its values, and one without them', () => {
    const base = { occurredAt: '2026-03-01T09:00:00+01:00', note: '', tags: [], createdAt: 'x', updatedAt: 'x' };
    const interaction = { personId: '11111111-1111-4111-8111-111111111111', kinds: [], channel: 'call', askedForHelp: false };
    const old = storedEntrySchema.parse({ ...base, mood: 5, support: 5, interactions: [{ ...interaction, direction: 'received', felt: 0, cost: 0 }] });
    expect(old.interactions[0]).toMatchObject({ direction: 'received', felt: 0, cost: 0 });
    const untouched = storedEntrySchema.parse({ ...base, interactions: [interaction] });
    expect(Object.keys(untouched.interactions[0]!).sort()).toEqual(['askedForHelp', 'channel', 'kinds', 'personId']);
    expect(storedEntrySchema.safeParse({ ...base, interactions: [{ ...interaction, felt: 3 }] }).success).toBe(false);
  });
});

describe('vault lifecycle', () => {
  it('reports status through create, lock and unlock', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const service = new HearthService({ vaultDir: join(dir, 'v'), kdf: TEST_KDF });
    cleanups.push(() => service.close());
    expect(await service.status()).toEqual({ exists: false, unlocked: false });
    expect(await codeOf(service.unlock({ passphrase: PASSPHRASE }))).toBe('NO_VAULT');
    const { recoveryKey } = await service.create({ passphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
    expect(await service.status()).toEqual({ exists: true, unlocked: true });
    expect(await codeOf(service.create({ passphrase: PASSPHRASE }))).toBe('VAULT_EXISTS');
    await service.lock();
    expect(await service.status()).toEqual({ exists: true, unlocked: false });
    expect(await codeOf(service.create({ passphrase: PASSPHRASE }))).toBe('VAULT_EXISTS');
    expect(await codeOf(service.listEntries(undefined))).toBe('LOCKED');
    await service.unlock({ passphrase: PASSPHRASE });
    expect(await service.status()).toEqual({ exists: true, unlocked: true });
  });

  it('refuses a wrong passphrase even while unlocked, and stays unlocked', async () => {
    const { service } = await setup();
    expect(await codeOf(service.unlock({ passphrase: 'not the passphrase' }))).toBe('WRONG_PASSPHRASE');
    expect((await service.status()).unlocked).toBe(true);
  });

  it('every data method refuses while locked', async () => {
    const { service } = await setup();
    await service.lock();
    const id = '6f1d3c1e-8a52-4d0b-9b43-7b7a3c1f2e10';
    const calls: Array<Promise<unknown>> = [
      service.addEntry(entry({ mood: 1, support: 1 })),
      service.updateEntry({ id, entry: entry({ mood: 1, support: 1 }) }),
      service.deleteEntry({ id }),
      service.getEntry({ id }),
      service.listEntries(undefined),
      service.listTags(),
      service.listPeople(undefined),
      service.addPerson({ name: 'A', relationship: 'friend' }),
      service.updatePerson({ id, name: 'B' }),
      service.archivePerson({ id, archived: true }),
      service.mergePeople({ sourceId: id, targetId: '7f1d3c1e-8a52-4d0b-9b43-7b7a3c1f2e10' }),
      service.getSettings(),
      service.updateSettings({ theme: 'dark' }),
      service.verify(),
      service.insights(undefined),
      service.newRecoveryKey({ passphrase: PASSPHRASE }),
    ];
    for (const call of calls) expect(await codeOf(call)).toBe('LOCKED');
  });
});

describe('entries', () => {
  it('adds, gets, updates and deletes an entry, and it survives lock and unlock', async () => {
    let clock = new Date('2026-03-01T10:00:00Z');
    const { service } = await setup(() => clock);
    const added = await service.addEntry(
      entry({
        occurredAt: '2026-02-28T21:15:00+01:00',
        mood: 4,
        support: 8,
        stress: 7,
        note: 'Called my sister after the interview.',
        tags: ['work', 'family', 'work'],
        interactions: [
          { person: 'Ana', relationship: 'family', kinds: ['emotional', 'esteem'], direction: 'received', felt: 2, cost: 1, channel: 'call', askedForHelp: true },
        ],
      }),
    );
    expect(added).toMatchObject({
      occurredAt: '2026-02-28T21:15:00+01:00',
      mood: 4,
      support: 8,
      stress: 7,
      tags: ['work', 'family'],
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(added.interactions).toEqual([
      expect.objectContaining({ person: 'Ana', relationship: 'family', kinds: ['emotional', 'esteem'], felt: 2, cost: 1, channel: 'call', askedForHelp: true }),
    ]);
    expect(await service.getEntry({ id: added.id })).toEqual(added);

    clock = new Date('2026-03-02T08:00:00Z');
    const updated = await service.updateEntry({ id: added.id, entry: entry({ mood: 6, support: 8, note: 'Better today.', interactions: [{ person: 'ana' }] }) });
    expect(updated.occurredAt).toBe('2026-02-28T21:15:00+01:00');
    expect(updated.createdAt).toBe('2026-03-01T10:00:00.000Z');
    expect(updated.updatedAt).toBe('2026-03-02T08:00:00.000Z');
    expect(updated.stress).toBeUndefined();
    expect(updated.interactions[0]!.personId).toBe(added.interactions[0]!.personId);

    await service.lock();
    await service.unlock({ passphrase: PASSPHRASE });
    expect(await service.getEntry({ id: added.id })).toEqual(updated);

    await service.deleteEntry({ id: added.id });
    expect(await codeOf(service.getEntry({ id: added.id }))).toBe('NOT_FOUND');
    expect(await codeOf(service.deleteEntry({ id: added.id }))).toBe('NOT_FOUND');
    expect(await codeOf(service.updateEntry({ id: added.id, entry: entry({ mood: 1, support: 1 }) }))).toBe('NOT_FOUND');
    await service.lock();
    await service.unlock({ passphrase: PASSPHRASE });
    expect((await service.listEntries(undefined)).total).toBe(0);
  });

  it('defaults occurredAt to the local time with its offset', async () => {
    const { service } = await setup(() => new Date('2026-05-05T12:34:56Z'));
    const e = await service.addEntry(entry({ mood: 5, support: 5 }));
    expect(Date.parse(e.occurredAt)).toBe(Date.parse('2026-05-05T12:34:56Z'));
    expect(e.occurredAt).toMatch(/[+-]\d{2}:\d{2}$/);
  });

  it('lists newest first and filters by range, search, person, kind and mood', async () => {
    const { service } = await setup();
    const add = (occurredAt: string, mood: number, note: string, people: Array<[string, 'emotional' | 'practical']>, tags: string[] = []) =>
      service.addEntry(entry({ occurredAt, mood, support: 5, note, tags, interactions: people.map(([person, kind]) => ({ person, kinds: [kind] })) }));
    const a = await add('2026-01-01T09:00:00+00:00', 2, 'Quiet day', []);
    const b = await add('2026-01-02T23:30:00-05:00', 6, 'Dinner with Kai', [['Kai', 'emotional']], ['Food']);
    const c = await add('2026-01-03T01:00:00+09:00', 9, 'Moved boxes', [['Mo', 'practical'], ['Kai', 'practical']]);
    const ids = (r: { entries: Array<{ id: string }> }) => r.entries.map((e) => e.id);

    // c is 2026-01-02T16:00Z, b is 2026-01-03T04:30Z: newest first is by instant.
    expect(ids(await service.listEntries(undefined))).toEqual([b.id, c.id, a.id]);
    // Ranges use the local calendar date of occurredAt.
    expect(ids(await service.listEntries({ from: '2026-01-02', to: '2026-01-02' }))).toEqual([b.id]);
    expect(ids(await service.listEntries({ from: '2026-01-03' }))).toEqual([c.id]);
    expect(ids(await service.listEntries({ search: 'BOXES' }))).toEqual([c.id]);
    expect(ids(await service.listEntries({ search: 'food' }))).toEqual([b.id]);
    expect(ids(await service.listEntries({ search: 'kai' }))).toEqual([b.id, c.id]);
    const kai = (await service.listPeople(undefined)).find((p) => p.name === 'Kai')!;
    expect(ids(await service.listEntries({ personId: kai.id }))).toEqual([b.id, c.id]);
    expect(ids(await service.listEntries({ kind: 'practical' }))).toEqual([c.id]);
    expect(ids(await service.listEntries({ moodMin: 3, moodMax: 8 }))).toEqual([b.id]);
    const page = await service.listEntries({ limit: 1, offset: 1 });
    expect(ids(page)).toEqual([c.id]);
    expect(page.total).toBe(3);
    expect(await service.listTags()).toEqual(['Food']);
  });

  it('reports invalid input with the field', async () => {
    const parsed = argSchemas.addEntry.safeParse({ mood: 11, support: 3 });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['mood']);
  });
});

describe('people', () => {
  it('creates people named in interactions, renames, archives and merges', async () => {
    const { service } = await setup();
    const e1 = await service.addEntry(entry({ mood: 5, support: 6, interactions: [{ person: 'Sam', relationship: 'friend' }, { person: 'sam' }] }));
    expect(e1.interactions.map((i) => i.personId)).toEqual([e1.interactions[0]!.personId, e1.interactions[0]!.personId]);
    const e2 = await service.addEntry(entry({ occurredAt: '2030-01-01T00:00:00+00:00', mood: 5, support: 6, interactions: [{ person: 'Samuel' }] }));
    let people = await service.listPeople(undefined);
    expect(people.map((p) => [p.name, 'relationship' in p ? p.relationship : 'not recorded', p.interactionCount])).toEqual([
      ['Sam', 'friend', 2],
      // Named in an entry without a relationship: none is recorded, none invented.
      ['Samuel', 'not recorded', 1],
    ]);
    const sam = people[0]!;
    const samuel = people[1]!;
    expect(samuel.lastContact).toBe('2030-01-01T00:00:00+00:00');

    const added = await service.addPerson({ name: 'Dr. Lee', relationship: 'professional' });
    expect(added).toMatchObject({ name: 'Dr. Lee', relationship: 'professional', archived: false });
    expect(await codeOf(service.addPerson({ name: 'dr. lee', relationship: 'other' }))).toBe('INVALID_INPUT');
    expect(await codeOf(service.updatePerson({ id: sam.id, name: 'SAMUEL' }))).toBe('INVALID_INPUT');

    const renamed = await service.updatePerson({ id: sam.id, name: 'Sam R.', relationship: 'partner' });
    expect(renamed).toMatchObject({ name: 'Sam R.', relationship: 'partner' });
    expect((await service.getEntry({ id: e1.id })).interactions[0]).toMatchObject({ person: 'Sam R.', relationship: 'partner' });

    await service.archivePerson({ id: added.id, archived: true });
    expect((await service.listPeople(undefined)).map((p) => p.name)).toEqual(['Sam R.', 'Samuel']);
    expect((await service.listPeople({ includeArchived: true })).map((p) => p.name)).toEqual(['Dr. Lee', 'Sam R.', 'Samuel']);

    const target = await service.mergePeople({ sourceId: samuel.id, targetId: sam.id });
    expect(target.id).toBe(sam.id);
    expect((await service.getEntry({ id: e2.id })).interactions[0]).toMatchObject({ personId: sam.id, person: 'Sam R.' });
    await service.lock();
    await service.unlock({ passphrase: PASSPHRASE });
    people = await service.listPeople({ includeArchived: true });
    expect(people.map((p) => [p.name, p.interactionCount])).toEqual([
      ['Dr. Lee', 0],
      ['Sam R.', 3],
    ]);
    expect(await codeOf(service.updatePerson({ id: samuel.id, name: 'x' }))).toBe('NOT_FOUND');
  });
});

describe('settings', () => {
  it('has defaults and keeps changes across lock', async () => {
    const { service } = await setup();
    // Reminders, the tray and the login item start off; prompts and "on this day" start shown.
    const care = {
      reminders: { enabled: false, times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] },
      keepRunning: false,
      openAtLogin: false,
      writingPrompts: true,
      onThisDay: true,
    };
    expect(await service.getSettings()).toEqual({ autoLockMinutes: 5, theme: 'system', dateLocale: 'system', weekStartsOn: 1, autoBackup: null, checkForUpdates: false, ...care });
    expect(await service.updateSettings({ autoLockMinutes: 15, theme: 'dark' })).toEqual({ autoLockMinutes: 15, theme: 'dark', dateLocale: 'system', weekStartsOn: 1, autoBackup: null, checkForUpdates: false, ...care });
    await service.lock();
    await service.unlock({ passphrase: PASSPHRASE });
    expect(await service.getSettings()).toEqual({ autoLockMinutes: 15, theme: 'dark', dateLocale: 'system', weekStartsOn: 1, autoBackup: null, checkForUpdates: false, ...care });
    const reminders = { enabled: true, times: ['07:00', '21:30'], days: [1, 5] as (1 | 5)[] };
    await service.updateSettings({ reminders, keepRunning: true, openAtLogin: true, writingPrompts: false, onThisDay: false });
    await service.lock();
    await service.unlock({ passphrase: PASSPHRASE });
    expect(await service.getSettings()).toMatchObject({ reminders, keepRunning: true, openAtLogin: true, writingPrompts: false, onThisDay: false });
    expect((await service.updateSettings({ dateLocale: 'en-US' })).dateLocale).toBe('en-US');
    await service.lock();
    await service.unlock({ passphrase: PASSPHRASE });
    expect((await service.getSettings()).dateLocale).toBe('en-US');
  });
});

describe('verify', () => {
  it('counts every record and finds none corrupt in a healthy journal', async () => {
    const { service } = await setup();
    await service.addEntry(entry({ mood: 5, support: 6, interactions: [{ person: 'Sam' }] }));
    // settings + person + entry
    expect(await service.verify()).toEqual({ records: 3, corrupt: [], seal: [] });
  });
});

// A person's relationship is recorded only when the person chose one: no default becomes data,
// whether the person is added by hand or by an entry, and none stays none through lock and
// unlock, backups, merges, insights and reports. Records sealed when it was always set still load.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { loadJournal } from '../../../electron/service/load-journal';
import { readBackupContents } from '../../../electron/service/restore-plan';
import { RecordCipher } from '../../../electron/vault/record-cipher';
import { loadSodium } from '../../../electron/vault/sodium';
import { argSchemas } from '../../../shared/schemas';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const cleanups = cleanupAfterEach();

async function setup() {
  const v = await freshService();
  cleanups.push(v.cleanup);
  return v;
}

const STAMP = '2025-01-01T00:00:00.000Z';
const OLD_PERSON = { name: 'Priya Shah', relationship: 'friend', aliases: [], archived: false, createdAt: STAMP, updatedAt: STAMP };

describe('a relationship not chosen', () => {
  it('is not recorded for a person added by hand or by an entry, through lock and unlock', async () => {
    const { service } = await setup();
    const byHand = await service.addPerson(argSchemas.addPerson.parse({ name: 'Sol' }));
    expect(byHand).not.toHaveProperty('relationship');
    const added = await service.addEntry(entry({ occurredAt: '2026-03-01T09:00:00+01:00', mood: 6, interactions: [{ person: 'Robin' }, { person: 'Ana', relationship: 'family' }] }));
    expect(added.interactions[0]).not.toHaveProperty('relationship');
    expect(added.interactions[1]).toMatchObject({ person: 'Ana', relationship: 'family' });

    await service.lock();
    await service.unlock({ passphrase: PASSPHRASE });
    const people = await service.listPeople(undefined);
    expect(people.map((p) => [p.name, 'relationship' in p ? p.relationship : 'none'])).toEqual([
      ['Ana', 'family'],
      ['Robin', 'none'],
      ['Sol', 'none'],
    ]);
    const read = await service.getEntry({ id: added.id });
    expect(read.interactions[0]).not.toHaveProperty('relationship');
    const stats = await service.insights({ from: '2026-03-01', to: '2026-03-01' });
    expect(stats.people.map((p) => [p.name, p.relationship])).toEqual(
      expect.arrayContaining([
        ['Robin', null],
        ['Ana', 'family'],
      ]),
    );
  });

  it('is set when chosen, kept when not mentioned, and cleared by null', async () => {
    const { service } = await setup();
    const sol = await service.addPerson(argSchemas.addPerson.parse({ name: 'Sol' }));
    expect((await service.updatePerson(argSchemas.updatePerson.parse({ id: sol.id, relationship: 'neighbour' }))).relationship).toBe('neighbour');
    expect((await service.updatePerson(argSchemas.updatePerson.parse({ id: sol.id, name: 'Solveig' }))).relationship).toBe('neighbour');
    const cleared = await service.updatePerson(argSchemas.updatePerson.parse({ id: sol.id, relationship: null }));
    expect(cleared).not.toHaveProperty('relationship');
    await service.lock();
    await service.unlock({ passphrase: PASSPHRASE });
    const [back] = await service.listPeople(undefined);
    expect(back).toMatchObject({ name: 'Solveig' });
    expect(back).not.toHaveProperty('relationship');
  });

  it('stays not recorded through a backup, and a merge gives the target none it did not have', async () => {
    const a = await setup();
    const b = await setup();
    await a.service.addEntry(entry({ occurredAt: '2026-03-01T09:00:00+01:00', interactions: [{ person: 'Robin' }, { person: 'Sam', relationship: 'friend' }] }));
    const file = join(a.filesDir, 'journal.hearthbackup');
    await a.service.exportBackup({ passphrase: 'lantern orchard velvet cobalt' }, file);
    const opened = await b.service.openImport({ format: 'backup', passphrase: 'lantern orchard velvet cobalt' }, file);
    await b.service.commitImport({ importId: opened.importId, mode: 'replace', moodMap: {} });
    const people = await b.service.listPeople(undefined);
    expect(people.find((p) => p.name === 'Robin')).not.toHaveProperty('relationship');
    expect(people.find((p) => p.name === 'Sam')).toMatchObject({ relationship: 'friend' });

    const robin = people.find((p) => p.name === 'Robin')!;
    const sam = people.find((p) => p.name === 'Sam')!;
    const merged = await b.service.mergePeople({ sourceId: sam.id, targetId: robin.id });
    expect(merged).not.toHaveProperty('relationship');
    const [entryAfter] = (await b.service.listEntries(undefined)).entries;
    expect(entryAfter!.interactions.map((i) => [i.person, 'relationship' in i])).toEqual([
      ['Robin', false],
      ['Robin', false],
    ]);
  });

  it('is named "someone" in a report by relationship, and "not recorded" beside a full name', async () => {
    const { service } = await setup();
    await service.addEntry(entry({ occurredAt: '2026-03-02T09:00:00+01:00', mood: 5, interactions: [{ person: 'Robin' }, { person: 'Sam', relationship: 'friend' }] }));
    const options = { from: '2026-03-01', to: '2026-03-31', sections: ['people', 'entries'], includeNotes: false };
    const byRelationship = await service.reportPreview(argSchemas.reportPreview.parse({ ...options, names: 'relationship' }));
    expect(byRelationship.html).toContain('someone A');
    expect(byRelationship.html).toContain('friend A');
    const full = await service.reportPreview(argSchemas.reportPreview.parse({ ...options, names: 'full' }));
    expect(full.html).toMatch(/<th scope="row">Robin<\/th><td>not recorded<\/td>/);
    expect(full.html).toMatch(/<th scope="row">Sam<\/th><td>friend<\/td>/);
  });
});

describe('records sealed before a relationship could be left unset', () => {
  it('load with their relationship, and a person sealed without one loads with none', async () => {
    const sodium = await loadSodium();
    const cipher = new RecordCipher(sodium, new Uint8Array(randomBytes(32)));
    const oldId = '6f1d3c1e-8a52-4d0b-9b43-7b7a3c1f2e10';
    const newId = '6f1d3c1e-8a52-4d0b-9b43-7b7a3c1f2e11';
    const { relationship: _r, ...unset } = { ...OLD_PERSON, name: 'Sol' };
    const { index, corrupt } = await loadJournal([cipher.seal('person', oldId, 1, OLD_PERSON), cipher.seal('person', newId, 1, unset)], cipher);
    expect(corrupt).toEqual([]);
    expect(index.person(oldId)).toEqual({ id: oldId, ...OLD_PERSON });
    expect(index.person(newId)).toEqual({ id: newId, ...unset });
    const backup = readBackupContents([
      { kind: 'person', id: oldId, schema: 1, data: OLD_PERSON },
      { kind: 'person', id: newId, schema: 1, data: unset },
    ]);
    expect(backup.people).toEqual([
      { id: oldId, ...OLD_PERSON },
      { id: newId, ...unset },
    ]);
    // A relationship that is not one of Hearth's is still refused.
    expect(() => readBackupContents([{ kind: 'person', id: oldId, schema: 1, data: { ...OLD_PERSON, relationship: 'stranger' } }])).toThrow();
  });
});

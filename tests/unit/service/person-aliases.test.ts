// "Also known as": other words for a person, kept with the person, in backups and portable data,
// and replaced with the name in a report that hides names. Journals and backups from before
// aliases existed still load, their people with none.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadJournal } from '../../../electron/service/load-journal';
import { readBackupContents } from '../../../electron/service/restore-plan';
import { RecordCipher } from '../../../electron/vault/record-cipher';
import { loadSodium } from '../../../electron/vault/sodium';
import { argSchemas } from '../../../shared/schemas';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

const OLD_PERSON = { name: 'Priya Shah', relationship: 'friend', archived: false, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };

describe('also known as', () => {
  it('keeps the words of a person, trimmed and each once, across lock and unlock', async () => {
    const v = await freshService();
    cleanup = v.cleanup;
    const added = await v.service.addPerson(argSchemas.addPerson.parse({ name: 'Helen Park', relationship: 'family', aliases: [' Mum ', 'mum', 'H.'] }));
    expect(added.aliases).toEqual(['Mum', 'H.']);
    const bare = await v.service.addPerson(argSchemas.addPerson.parse({ name: 'Sol' }));
    expect(bare.aliases).toEqual([]);
    // A rename leaves the words alone; a new list replaces them.
    expect((await v.service.updatePerson({ id: added.id, name: 'Helen P.' })).aliases).toEqual(['Mum', 'H.']);
    expect((await v.service.updatePerson({ id: added.id, aliases: ['Mother'] })).aliases).toEqual(['Mother']);
    await v.service.lock();
    await v.service.unlock({ passphrase: PASSPHRASE });
    const people = await v.service.listPeople({ includeArchived: true });
    expect(people.map((p) => [p.name, p.aliases])).toEqual([
      ['Helen P.', ['Mother']],
      ['Sol', []],
    ]);
  });

  it('go into a backup and come back when it is restored into an empty journal', async () => {
    const a = await freshService();
    const b = await freshService();
    cleanup = () => {
      a.cleanup();
      b.cleanup();
    };
    await a.service.addPerson({ name: 'Helen Park', relationship: 'family', aliases: ['Mum'] });
    const file = join(a.filesDir, 'journal.hearthbackup');
    await a.service.exportBackup({ passphrase: 'lantern orchard velvet cobalt' }, file);
    const opened = await b.service.openImport({ format: 'backup', passphrase: 'lantern orchard velvet cobalt' }, file);
    await b.service.commitImport({ importId: opened.importId, mode: 'replace', moodMap: {} });
    expect((await b.service.listPeople(undefined)).map((p) => [p.name, p.aliases])).toEqual([['Helen Park', ['Mum']]]);
  });

  it('refuses words with no letter, control characters, or too many', () => {
    const id = '6f1d3c1e-8a52-4d0b-9b43-7b7a3c1f2e10';
    expect(argSchemas.updatePerson.safeParse({ id, aliases: ['...'] }).success).toBe(false);
    expect(argSchemas.updatePerson.safeParse({ id, aliases: ['a\u0007b'] }).success).toBe(false);
    expect(argSchemas.updatePerson.safeParse({ id, aliases: Array.from({ length: 21 }, (_, i) => `w${i}`) }).success).toBe(false);
    expect(argSchemas.updatePerson.safeParse({ id, aliases: Array.from({ length: 20 }, (_, i) => `w${i}`) }).success).toBe(true);
  });

  it('replaces them in the preview of a report by initials, and marks them', async () => {
    const v = await freshService();
    cleanup = v.cleanup;
    const added = await v.service.addEntry(
      entry({ occurredAt: '2026-03-02T09:00:00+01:00', mood: 4, support: 6, note: 'Mum rang, then Helen again', interactions: [{ person: 'Helen Park', relationship: 'family' }] }),
    );
    const helen = added.interactions[0]!;
    await v.service.updatePerson({ id: helen.personId, aliases: ['Mum'] });
    const preview = await v.service.reportPreview(
      argSchemas.reportPreview.parse({ from: '2026-03-01', to: '2026-03-31', sections: ['entries'], includeNotes: true, names: 'initials', hideWords: ['rang'] }),
    );
    expect(preview.replacements).toBe(3);
    expect(preview.html).toContain('<mark class="hr-replaced">H. P.</mark> <mark class="hr-replaced">[hidden]</mark>, then <mark class="hr-replaced">H. P.</mark> again');
  });

  it('loads a person sealed before aliases existed, and restores one from an old backup, with none', async () => {
    const sodium = await loadSodium();
    const cipher = new RecordCipher(sodium, new Uint8Array(randomBytes(32)));
    const id = '6f1d3c1e-8a52-4d0b-9b43-7b7a3c1f2e10';
    const { index, corrupt } = await loadJournal([cipher.seal('person', id, 1, OLD_PERSON)], cipher);
    expect(corrupt).toEqual([]);
    expect(index.person(id)).toEqual({ id, ...OLD_PERSON, aliases: [] });
    const backup = readBackupContents([{ kind: 'person', id, schema: 1, data: OLD_PERSON }]);
    expect(backup.people).toEqual([{ id, ...OLD_PERSON, aliases: [] }]);
  });
});

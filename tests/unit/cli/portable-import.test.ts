// Portable data comes back: Hearth's own JSON and CSV exports imported into a new journal give the
// same journal (ids and times kept, so a second export is identical but for its exportedAt), and the
// import rules every format shares: nothing to import is refused, identical entries in one file are
// all kept, a starred jrnl entry is tagged. In-process through run(), on real temp vaults.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HearthService } from '../../../electron/service/hearth-service';
import { cli, makeVault, PASSPHRASE, type TempVault } from './helpers';

let source: TempVault;
let out: string;
const vaults: TempVault[] = [];

beforeAll(async () => {
  source = await makeVault();
  out = mkdtempSync(join(tmpdir(), 'hearth-portable-'));
  const service = new HearthService({ vaultDir: source.dir });
  await service.unlock({ passphrase: PASSPHRASE });
  const both = { mood: 4, note: 'The same words, twice', tags: [], interactions: [], occurredAt: '2026-05-01T08:00:00+02:00' };
  await service.addEntries([
    {
      occurredAt: '2026-05-02T21:15:00+02:00',
      mood: 7,
      support: 8,
      stress: 2,
      // Cells a spreadsheet would run as formulas, quotes, commas, a line break and an accent.
      note: '=SUM(A1) said "Sam", then left,\nsecond line: café',
      tags: ['-minus', "'=quoted", 'walk'],
      interactions: [
        { person: 'Sam Rivera', relationship: 'friend', kinds: ['emotional', 'companionship'], direction: 'received', felt: 2, cost: 0, channel: 'in-person', askedForHelp: true },
        { person: '@Mum', relationship: 'family', kinds: [], channel: 'call', askedForHelp: false },
        // Only who: no relationship, channel or "asked for help", which must come back not recorded.
        { person: 'Lee', kinds: [] },
      ],
    },
    // Nothing recorded but the note: every scale stays absent.
    { note: "'plain apostrophe", tags: [], interactions: [], occurredAt: '2026-05-03T10:00:00+02:00' },
    both,
    both,
  ]);
  const sam = (await service.listPeople(undefined)).find((p) => p.name === 'Sam Rivera')!;
  await service.updatePerson({ id: sam.id, aliases: ['Sammy', 'S.'] });
  const lone = await service.addPerson({ name: 'Priya', relationship: 'colleague' });
  await service.archivePerson({ id: lone.id, archived: true });
  // Check-ins travel in the portable data too, and must come back with their ids and times.
  await service.saveCheckin({ instrument: 'who5', date: '2026-05-02', answers: [5, 4, 3, 2, 1] });
  await service.saveCheckin({ instrument: 'ucla3', date: '2026-05-03', answers: [1, 2, 3, 5] });
  service.close();
});
afterAll(() => {
  for (const v of [source, ...vaults]) v.cleanup();
  rmSync(out, { recursive: true, force: true });
});

async function newVault(): Promise<TempVault> {
  const v = await makeVault();
  vaults.push(v);
  return v;
}

const exportTo = async (vault: TempVault, format: 'json' | 'csv', path: string) => {
  const r = await cli(['--vault', vault.dir, 'export', '--format', format, '--out', path]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: `hearth: ${path} is not encrypted: anyone who gets it can read your journal.\n` });
};

const importFrom = (vault: TempVault, format: string, path: string) => cli(['--vault', vault.dir, 'import', '--format', format, path]);

const withoutExportedAt = (text: string) => ({ ...(JSON.parse(text) as Record<string, unknown>), exportedAt: null });

describe('Hearth data comes back', () => {
  it('JSON: export, import into a new journal, export again: the same file but for exportedAt, ids kept', async () => {
    const first = join(out, 'first.json');
    await exportTo(source, 'json', first);
    const copy = await newVault();
    const imported = await importFrom(copy, 'hearth-json', first);
    expect(imported).toEqual({
      code: 0,
      stdout: 'Imported 4 new entries, updated 0, skipped 0 already there.\n',
      stderr:
        'hearth: first.json: 4 entries from 2026-05-01 to 2026-05-03; 4 new, 0 already in this journal.\n' +
        '1 entry says exactly what an earlier one of the file says; each is kept as an entry of its own.\n' +
        '4 new people.\n',
    });
    const file = JSON.parse(readFileSync(first, 'utf8')) as { people: { name: string }[]; entries: { interactions: { person: string }[] }[] };
    const lee = file.entries.flatMap((e) => e.interactions).find((i) => i.person === 'Lee');
    expect(lee).toMatchObject({ relationship: null, direction: null, channel: null, askedForHelp: null });
    expect(file.people.find((p) => p.name === 'Lee')).toMatchObject({ relationship: null });
    const people = JSON.parse((await cli(['--vault', copy.dir, 'people', '--json'])).stdout) as { name: string; relationship: string | null }[];
    expect(people.map((p) => [p.name, p.relationship])).toEqual(expect.arrayContaining([['Lee', null], ['Sam Rivera', 'friend']]));
    const second = join(out, 'second.json');
    await exportTo(copy, 'json', second);
    const [a, b] = [readFileSync(first, 'utf8'), readFileSync(second, 'utf8')];
    expect(withoutExportedAt(b)).toEqual(withoutExportedAt(a));
    // Byte for byte, once the export time is the same.
    expect(b.replace(/"exportedAt": "[^"]*"/, '')).toBe(a.replace(/"exportedAt": "[^"]*"/, ''));

    // The same file again adds nothing: each entry is recognised by its id.
    const again = await importFrom(copy, 'hearth-json', first);
    expect(again.stdout).toBe('Imported 0 new entries, updated 0, skipped 4 already there.\n');
  });

  it('CSV: the exported folder (or its entries.csv) imported into a new journal exports the same four files', async () => {
    const first = join(out, 'first-csv');
    await exportTo(source, 'csv', first);
    const copy = await newVault();
    const imported = await importFrom(copy, 'hearth-csv', first);
    expect({ code: imported.code, stdout: imported.stdout }).toEqual({ code: 0, stdout: 'Imported 4 new entries, updated 0, skipped 0 already there.\n' });
    const second = join(out, 'second-csv');
    await exportTo(copy, 'csv', second);
    expect(readdirSync(second).sort()).toEqual(['checkins.csv', 'entries.csv', 'interactions.csv', 'people.csv']);
    for (const file of readdirSync(first)) expect(readFileSync(join(second, file), 'utf8'), file).toBe(readFileSync(join(first, file), 'utf8'));
    // Lee's relationship was never recorded: an empty cell, read back as none.
    expect(readFileSync(join(first, 'people.csv'), 'utf8')).toMatch(/\r\n[0-9a-f-]{36},Lee,,false,/);
    // The app's dialog picks a file: entries.csv names its folder.
    const again = await importFrom(copy, 'hearth-csv', join(first, 'entries.csv'));
    expect(again.stdout).toBe('Imported 0 new entries, updated 0, skipped 4 already there.\n');
  });

  it('the formula guard comes off exactly once: each text comes back as it was written', async () => {
    const copy = await newVault();
    const folder = join(out, 'guard-csv');
    await exportTo(source, 'csv', folder);
    expect(readFileSync(join(folder, 'entries.csv'), 'utf8')).toContain(`"'=SUM(A1) said ""Sam"", then left,\nsecond line: café"`);
    await importFrom(copy, 'hearth-csv', folder);
    const listed = JSON.parse((await cli(['--vault', copy.dir, 'list', '--json'])).stdout) as Array<{ note: string; tags: string[]; mood: number | null }>;
    expect(listed.map((e) => e.note)).toEqual(["'plain apostrophe", '=SUM(A1) said "Sam", then left,\nsecond line: café', 'The same words, twice', 'The same words, twice']);
    expect(listed[1]!.tags).toEqual(['-minus', "'=quoted", 'walk']);
    expect(listed[0]!.mood).toBeNull();
  });

  it('a file that repeats an entry id is not Hearth data, and nothing is written', async () => {
    const data = JSON.parse(readFileSync(join(out, 'first.json'), 'utf8')) as { entries: Array<{ id: string }> };
    data.entries[1]!.id = data.entries[0]!.id;
    const file = join(out, 'repeated-id.json');
    writeFileSync(file, JSON.stringify(data));
    const copy = await newVault();
    const r = await importFrom(copy, 'hearth-json', file);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `hearth: Entry 2: the id ${data.entries[0]!.id} is used by an earlier entry; a Hearth export gives each entry its own.\n` });
  });

  it('an entry out of range is refused with its place named', async () => {
    const data = JSON.parse(readFileSync(join(out, 'first.json'), 'utf8')) as { entries: Array<{ mood: number }> };
    data.entries[0]!.mood = 11;
    const file = join(out, 'mood-11.json');
    writeFileSync(file, JSON.stringify(data));
    const r = await importFrom(await newVault(), 'hearth-json', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hearth: Entry 1 \(2026-05-03\) cannot be imported: .* \(mood\)\.\n$/);
  });
});

describe('what every import shares', () => {
  it.each([
    ['hearth-json', 'none.json', '{"app": "hearth", "format": 1, "exportedAt": "2026-01-01T00:00:00.000Z", "people": [], "entries": []}'],
    ['jrnl-json', 'none-jrnl.json', '{"tags": {}, "entries": []}'],
    ['dayone-json', 'none-dayone.json', '{"metadata": {}, "entries": []}'],
    ['daylio-csv', 'header-only.csv', 'full_date,date,weekday,time,mood,activities,note_title,note\n'],
  ])('%s with no entries is refused (exit 2), not imported as nothing', async (format, name, text) => {
    const file = join(out, name);
    writeFileSync(file, text);
    expect(await importFrom(source, format, file)).toEqual({ code: 2, stdout: '', stderr: `hearth: ${name} holds no entries: there is nothing to import.\n` });
  });

  it('two identical entries in one jrnl file are both kept, the summary says so, and a second import adds neither', async () => {
    const copy = await newVault();
    const same = { date: '2024-03-01', time: '21:15', title: 'Took my meds', body: '', tags: ['@health'], starred: false };
    const file = join(out, 'twice.json');
    writeFileSync(file, JSON.stringify({ tags: {}, entries: [same, same, { ...same, time: '22:00', starred: true }] }));
    const first = await importFrom(copy, 'jrnl-json', file);
    expect(first).toEqual({
      code: 0,
      stdout: 'Imported 3 new entries, updated 0, skipped 0 already there.\n',
      stderr:
        'hearth: twice.json: 3 entries from 2024-03-01 to 2024-03-01; 3 new, 0 already in this journal.\n' +
        '1 entry says exactly what an earlier one of the file says; each is kept as an entry of its own.\n',
    });
    const second = await importFrom(copy, 'jrnl-json', file);
    expect(second.stdout).toBe('Imported 0 new entries, updated 0, skipped 3 already there.\n');
    const listed = JSON.parse((await cli(['--vault', copy.dir, 'list', '--json'])).stdout) as Array<{ note: string; tags: string[] }>;
    // Newest first: the starred one at 22:00 carries the tag "starred".
    expect(listed.map((e) => e.tags)).toEqual([['health', 'starred'], ['health'], ['health']]);
  });

  it('adding an entry to the same moment again, in a later file, is still recognised by its place among the repeats', async () => {
    const copy = await newVault();
    const same = { date: '2024-03-01', time: '21:15', title: 'Took my meds', body: '', tags: [] };
    const file = join(out, 'growing.json');
    writeFileSync(file, JSON.stringify({ tags: {}, entries: [same] }));
    expect((await importFrom(copy, 'jrnl-json', file)).stdout).toBe('Imported 1 new entries, updated 0, skipped 0 already there.\n');
    writeFileSync(file, JSON.stringify({ tags: {}, entries: [same, same] }));
    expect((await importFrom(copy, 'jrnl-json', file)).stdout).toBe('Imported 1 new entries, updated 0, skipped 1 already there.\n');
  });

  it('a portable file imported into the journal it came from adds nothing', async () => {
    const r = await importFrom(source, 'hearth-json', join(out, 'first.json'));
    expect(r.stdout).toBe('Imported 0 new entries, updated 0, skipped 4 already there.\n');
  });
});

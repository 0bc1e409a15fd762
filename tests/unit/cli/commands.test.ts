// Every command's round trip on a real temp vault, run in-process through run().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry, PersonSummary } from '../../../shared/domain';
import { cli, entryJson, makeVault, type TempVault } from './helpers';

let vault: TempVault;
beforeAll(async () => {
  vault = await makeVault();
});
afterAll(() => vault.cleanup());

const inVault = (...argv: string[]) => ['--vault', vault.dir, ...argv];

describe('add, show, edit, delete', () => {
  it('adds an entry from --json and prints the stored entry', async () => {
    const input = {
      occurredAt: '2026-03-01T20:15:00+01:00',
      mood: 4,
      support: 8,
      stress: 6,
      note: 'Long call with Mum',
      tags: ['family'],
      interactions: [
        { person: 'Mum', relationship: 'family', kinds: ['emotional'], direction: 'both', felt: 1, cost: 2, channel: 'call', askedForHelp: true },
      ],
    };
    const { code, stdout, stderr } = await cli(inVault('add', '--json', '-'), { stdin: JSON.stringify(input) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"id": /);
    const entry = JSON.parse(stdout) as Entry;
    expect(entry).toMatchObject({ ...input, interactions: [{ ...input.interactions[0], person: 'Mum' }] });
    expect(entry.interactions[0]!.personId).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.createdAt).toBe(entry.updatedAt);

    const shown = await cli(inVault('show', entry.id, '--json'));
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual(entry);
  });

  it('reads the entry from stdin and fills in defaults', async () => {
    const { code, stdout } = await cli(inVault('add'), { stdin: '{"mood": 3, "support": 2}\n' });
    expect(code).toBe(0);
    const entry = JSON.parse(stdout) as Entry;
    expect(entry).toMatchObject({ mood: 3, support: 2, note: '', tags: [], interactions: [] });
    expect(entry.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  });

  it('edit replaces the whole entry and delete removes it', async () => {
    const added = JSON.parse((await cli(inVault('add', '--json', '-'), { stdin: entryJson({ tags: ['walk'] }) })).stdout) as Entry;
    const edited = await cli(inVault('edit', added.id, '--json', '-'), { stdin: entryJson({ mood: 9, note: 'Better than I thought' }) });
    expect(edited.code).toBe(0);
    const entry = JSON.parse(edited.stdout) as Entry;
    expect(entry).toMatchObject({ id: added.id, mood: 9, note: 'Better than I thought', tags: [], createdAt: added.createdAt });
    expect(JSON.parse((await cli(inVault('show', added.id, '--json'))).stdout)).toEqual(entry);

    const deleted = await cli(inVault('delete', added.id));
    expect(deleted).toMatchObject({ code: 0, stdout: `Deleted entry ${added.id}.\n`, stderr: '' });
    const gone = await cli(inVault('show', added.id));
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe('hearth: That entry no longer exists.\n');
  });

  it('edit reads the new entry from stdin', async () => {
    const added = JSON.parse((await cli(inVault('add', '--json', '-'), { stdin: entryJson() })).stdout) as Entry;
    const edited = await cli(inVault('edit', added.id), { stdin: entryJson({ support: 1 }) });
    expect(edited.code).toBe(0);
    expect((JSON.parse(edited.stdout) as Entry).support).toBe(1);
  });
});

describe('an untouched entry', () => {
  it('is stored without invented values, printed as null in JSON and "not recorded" in show, list and stats', async () => {
    const fresh = await makeVault();
    try {
      const at = (...argv: string[]) => ['--vault', fresh.dir, ...argv];
      // Nothing but a time, a note and who: no scale, no direction, felt or cost.
      const untouched = { occurredAt: '2026-04-02T10:00:00+02:00', note: 'Nothing set', interactions: [{ person: 'Sam' }] };
      const added = await cli(at('add', '--json', '-'), { stdin: JSON.stringify(untouched) });
      expect(added.code).toBe(0);
      const entry = JSON.parse(added.stdout) as Record<string, unknown> & { id: string; interactions: Record<string, unknown>[] };
      expect(entry).toMatchObject({ mood: null, support: null, stress: null });
      expect(entry.interactions[0]).toMatchObject({ person: 'Sam', relationship: null, direction: null, felt: null, cost: null, channel: null, askedForHelp: null });
      expect(JSON.parse((await cli(at('show', entry.id, '--json'))).stdout)).toEqual(entry);
      expect(JSON.parse((await cli(at('list', '--json'))).stdout)).toEqual([entry]);

      const shown = (await cli(at('show', entry.id))).stdout;
      expect(shown).toBe(
        [
          '2026-04-02 10:00',
          'Mood: not recorded',
          'Felt support: not recorded',
          'Stress: not recorded',
          'People:',
          '  Sam: no kind given; direction not recorded; felt not recorded; cost not recorded; channel not recorded',
          'Note:',
          '  Nothing set',
          `Id: ${entry.id}`,
          '',
        ].join('\n'),
      );
      const listed = (await cli(at('list'))).stdout.trimEnd().split('\n');
      expect(listed[1]).toMatch(/^2026-04-02 10:00 +not recorded +not recorded +Sam +Nothing set +[0-9a-f-]{36}$/);
      const stats = (await cli(at('stats', '--from', '2026-04-01', '--to', '2026-04-03'))).stdout;
      expect(stats).toContain('Mean mood not recorded, mean felt support not recorded (0–10).');
      // Felt, the nourishing/neutral/draining spread (none with felt recorded), cost, direction.
      expect(stats).toMatch(/Sam +1 +not recorded +0\/0\/0 +not recorded +0\/0\/0 /);
      // Sam was added by this entry without a relationship: none is recorded, none invented.
      const people = JSON.parse((await cli(at('people', '--json'))).stdout) as Record<string, unknown>[];
      expect(people).toEqual([expect.objectContaining({ name: 'Sam', relationship: null, interactionCount: 1 })]);
      expect((await cli(at('people'))).stdout).toMatch(/\nSam +not recorded +1 +2026-04-02 10:00\n/);

      // Edit sets one value: only that one becomes recorded.
      const edited = await cli(at('edit', entry.id, '--json', '-'), { stdin: JSON.stringify({ ...untouched, support: 3, interactions: [{ person: 'Sam', felt: 1 }] }) });
      expect(edited.code).toBe(0);
      const after = JSON.parse(edited.stdout) as Record<string, unknown> & { interactions: Record<string, unknown>[] };
      expect(after).toMatchObject({ mood: null, support: 3, stress: null });
      expect(after.interactions[0]).toMatchObject({ direction: null, felt: 1, cost: null });
      expect((await cli(at('show', entry.id))).stdout).toContain('  Sam: no kind given; direction not recorded; felt +1 (a bit nourishing); cost not recorded; channel not recorded\n');
    } finally {
      fresh.cleanup();
    }
  });
});

describe('add --ndjson', () => {
  it('prints one id per stored line and skips blank lines', async () => {
    const lines = [entryJson({ note: 'one' }), '', entryJson({ note: 'two' }), entryJson({ note: 'three' })];
    const { code, stdout, stderr } = await cli(inVault('add', '--ndjson'), { stdin: `${lines.join('\n')}\n` });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const ids = stdout.trimEnd().split('\n');
    expect(ids).toHaveLength(3);
    const notes = await Promise.all(ids.map(async (id) => (JSON.parse((await cli(inVault('show', id, '--json'))).stdout) as Entry).note));
    expect(notes).toEqual(['one', 'two', 'three']);
  });

  it('stops at an invalid line, naming the line and field, and keeps the lines before it', async () => {
    const lines = [entryJson({ note: 'kept' }), entryJson({ mood: 12 }), entryJson({ note: 'never read' })];
    const { code, stdout, stderr } = await cli(inVault('add', '--ndjson'), { stdin: lines.join('\n') });
    expect(code).toBe(2);
    expect(stderr).toBe('hearth: line 2: Mood must be from 0 to 10 (mood)\n');
    const ids = stdout.trimEnd().split('\n');
    expect(ids).toHaveLength(1);
    expect((JSON.parse((await cli(inVault('show', ids[0]!, '--json'))).stdout) as Entry).note).toBe('kept');
    const all = JSON.parse((await cli(inVault('list', '--json'))).stdout) as Entry[];
    expect(all.some((e) => e.note === 'never read')).toBe(false);
  });

  it('reports a line that is not JSON', async () => {
    const { code, stderr } = await cli(inVault('add', '--ndjson'), { stdin: `${entryJson()}\n{"mood": 1,\n` });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hearth: line 2: The entry is not valid JSON: .+\n$/);
  });
});

describe('list and people', () => {
  let days: TempVault;
  beforeAll(async () => {
    days = await makeVault();
    const lines = [
      entryJson({ occurredAt: '2026-05-01T08:00:00+02:00', note: 'Coffee with Sam', interactions: [{ person: 'Sam', relationship: 'friend' }] }),
      entryJson({ occurredAt: '2026-05-03T22:00:00+02:00', note: 'Alone all day\u001b[31m', mood: 2, support: 1 }),
      entryJson({
        occurredAt: '2026-05-02T12:00:00+02:00',
        note: 'Lunch with Ana and Sam',
        interactions: [{ person: 'Ana', relationship: 'colleague' }, { person: 'sam' }],
      }),
    ];
    const added = await cli(['--vault', days.dir, 'add', '--ndjson'], { stdin: lines.join('\n') });
    expect(added.code).toBe(0);
  });
  afterAll(() => days.cleanup());

  const list = async (...argv: string[]) => {
    const { code, stdout, stderr } = await cli(['--vault', days.dir, 'list', '--json', ...argv]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    return (JSON.parse(stdout) as Entry[]).map((e) => e.occurredAt.slice(0, 10));
  };

  it('lists newest first and filters by date, text and person', async () => {
    expect(await list()).toEqual(['2026-05-03', '2026-05-02', '2026-05-01']);
    expect(await list('--from', '2026-05-02')).toEqual(['2026-05-03', '2026-05-02']);
    expect(await list('--from', '2026-05-01', '--to', '2026-05-02')).toEqual(['2026-05-02', '2026-05-01']);
    expect(await list('--search', 'lunch')).toEqual(['2026-05-02']);
    expect(await list('--person', 'SAM')).toEqual(['2026-05-02', '2026-05-01']);
    expect(await list('--person', 'ana')).toEqual(['2026-05-02']);
  });

  it('prints a table without terminal escapes', async () => {
    const { code, stdout } = await cli(['--vault', days.dir, 'list']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DATE +MOOD +SUPPORT +PEOPLE +NOTE +ID$/);
    expect(lines[1]).toMatch(/^2026-05-03 22:00 +2 +1 +Alone all day \[31m +[0-9a-f-]{36}$/);
    expect(lines[2]).toMatch(/^2026-05-02 12:00 +6 +7 +Ana, Sam +Lunch with Ana and Sam +[0-9a-f-]{36}$/);
    expect(lines[3]).toMatch(/^2026-05-01 08:00 +6 +7 +Sam +Coffee with Sam +[0-9a-f-]{36}$/);
    expect(stdout).not.toContain('\u001b');
  });

  it('refuses an unknown person and a bad date', async () => {
    const unknown = await cli(['--vault', days.dir, 'list', '--person', 'Nobody']);
    expect(unknown).toMatchObject({ code: 2, stderr: 'hearth: There is no person called "Nobody" in this journal.\n' });
    const badDate = await cli(['--vault', days.dir, 'list', '--from', '2026-02-30']);
    expect(badDate).toMatchObject({ code: 2, stderr: 'hearth: Use a date like 2026-11-25 (from)\n' });
  });

  it('lists people as JSON and as a table', async () => {
    const json = await cli(['--vault', days.dir, 'people', '--json']);
    expect(json.code).toBe(0);
    const people = (JSON.parse(json.stdout) as PersonSummary[]).map((p) => [p.name, p.relationship, p.interactionCount, p.lastContact]);
    expect(people).toEqual(
      expect.arrayContaining([
        ['Sam', 'friend', 2, '2026-05-02T12:00:00+02:00'],
        ['Ana', 'colleague', 1, '2026-05-02T12:00:00+02:00'],
      ]),
    );
    expect(people).toHaveLength(2);
    const table = await cli(['--vault', days.dir, 'people']);
    expect(table.stdout.split('\n')[0]).toMatch(/^NAME +RELATIONSHIP +INTERACTIONS +LAST CONTACT$/);
    expect(table.stdout).toMatch(/\nSam +friend +2 +2026-05-02 12:00\n/);
    expect(table.stdout).toMatch(/\nAna +colleague +1 +2026-05-02 12:00\n/);
  });
});

describe('verify', () => {
  it('counts the records of a sound journal', async () => {
    const fresh = await makeVault();
    try {
      await cli(['--vault', fresh.dir, 'add', '--json', '-'], { stdin: entryJson({ interactions: [{ person: 'Sam' }] }) });
      // settings + person + entry
      expect(await cli(['--vault', fresh.dir, 'verify'])).toEqual({ code: 0, stdout: '3 records, all readable\n', stderr: '' });
    } finally {
      fresh.cleanup();
    }
  });
});

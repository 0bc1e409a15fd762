// hearth export and hearth import on real temp vaults, in-process through run().
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, entryJson, makeVault, PASSPHRASE, type TempVault } from './helpers';

const SHARE = 'canyon-velvet-maple-orbit-harbor-pickle';
let vault: TempVault;
let out: string;
beforeAll(async () => {
  vault = await makeVault();
  out = mkdtempSync(join(tmpdir(), 'hearth-cli-out-'));
  for (const [day, note] of [['2026-10-02', 'Walk with Sam'], ['2026-10-09', 'Call with Mum'], ['2026-11-03', 'Later']] as const) {
    const added = await cli(['--vault', vault.dir, 'add', '--json', '-'], { stdin: entryJson({ occurredAt: `${day}T09:30:00+01:00`, note, interactions: [{ person: 'Sam Rivera', relationship: 'friend' }] }) });
    expect(added.code).toBe(0);
  }
});
afterAll(() => {
  vault.cleanup();
  rmSync(out, { recursive: true, force: true });
});

const inVault = (...argv: string[]) => ['--vault', vault.dir, ...argv];
const withShare = { HEARTH_PASSPHRASE: PASSPHRASE, HEARTH_EXPORT_PASSPHRASE: SHARE };

describe('export', () => {
  it('writes an HTML report for the range with the passphrase from the environment', async () => {
    const file = join(out, 'report.html');
    const r = await cli(inVault('export', '--format', 'report-html', '--out', file, '--from', '2026-10-01', '--to', '2026-10-31', '--names', 'initials'), { env: withShare });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/BEGIN AGE ENCRYPTED FILE/);
    for (const secret of ['Sam Rivera', 'Walk with Sam', 'Call with Mum']) expect(html).not.toContain(secret);
  });

  it('generates a six-word passphrase and prints it once on stderr when none is given', async () => {
    const file = join(out, 'report.pdf');
    const r = await cli(inVault('export', '--format', 'report-pdf', '--out', file, '--from', '2026-10-01', '--to', '2026-10-31'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^hearth: the passphrase of this file is shown only now.*\n[a-z]+(-[a-z]+){5}\n$/s);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses to overwrite, an unknown format, and a missing --out, before asking for anything', async () => {
    const file = join(out, 'exists.json');
    writeFileSync(file, 'mine');
    expect((await cli(inVault('export', '--format', 'json', '--out', file))).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await cli(inVault('export', '--format', 'xml', '--out', join(out, 'x')))).stderr).toMatch(/--format must be one of/);
    expect((await cli(inVault('export', '--format', 'json'))).code).toBe(2);
  });

  it('warns that CSV and JSON are not encrypted', async () => {
    const folder = join(out, 'csv');
    const r = await cli(inVault('export', '--format', 'csv', '--out', folder));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not encrypted/);
    expect(readdirSync(folder).sort()).toEqual(['entries.csv', 'interactions.csv', 'people.csv']);
  });
});

describe('import', () => {
  it('a backup made by export restores into a new journal by --replace, and again by merge adds nothing', async () => {
    const file = join(out, 'journal.hearthbackup');
    expect((await cli(inVault('export', '--format', 'backup', '--out', file), { env: withShare })).code).toBe(0);
    const other = await makeVault();
    try {
      const restored = await cli(['--vault', other.dir, 'import', '--format', 'backup', file, '--replace'], { env: withShare });
      expect(restored.stdout).toMatch(/Imported 3 new entries, updated 0, skipped 0/);
      expect(restored.code).toBe(0);
      const again = await cli(['--vault', other.dir, 'import', '--format', 'backup', file], { env: withShare });
      expect(again.stdout).toMatch(/Imported 0 new entries, updated 0, skipped 3/);
      const mine = JSON.parse((await cli(inVault('list', '--json'))).stdout) as unknown[];
      const theirs = JSON.parse((await cli(['--vault', other.dir, 'list', '--json'])).stdout) as unknown[];
      expect(theirs).toEqual(mine);
    } finally {
      other.cleanup();
    }
  });

  it('a wrong backup passphrase changes nothing and exits 4, like any wrong passphrase', async () => {
    const file = join(out, 'journal.hearthbackup');
    const r = await cli(inVault('import', '--format', 'backup', file), { env: { HEARTH_PASSPHRASE: PASSPHRASE, HEARTH_EXPORT_PASSPHRASE: 'wrong wrong wrong' } });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/passphrase is wrong or the file is damaged/);
  });

  it.each([['daylio-csv', 'empty.csv', ''], ['dayone-json', 'empty.json', '  \n']])('an empty %s file is refused (exit 2), not imported as nothing', async (format, name, text) => {
    const file = join(out, name);
    writeFileSync(file, text);
    expect(await cli(inVault('import', '--format', format, file))).toEqual({ code: 2, stdout: '', stderr: `hearth: ${name} is empty: there is nothing to import.\n` });
  });

  it('Daylio: --dry-run writes nothing, custom moods need --moods, then it imports once', async () => {
    const file = join(out, 'daylio.csv');
    writeFileSync(file, 'full_date,date,weekday,time,mood,activities,note_title,note\n2024-03-01,March 1,Friday,8:05 pm,tired,work | friends,,"Dinner with Jo"\n');
    const dry = await cli(inVault('import', '--format', 'daylio-csv', file, '--dry-run'));
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/1 entries.*1 new/s);
    expect(dry.stderr).toMatch(/mood "tired" \(1 rows\): needs --moods/);
    const unmapped = await cli(inVault('import', '--format', 'daylio-csv', file));
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toMatch(/Choose a mood from 0 to 10 for "tired"/);
    const done = await cli(inVault('import', '--format', 'daylio-csv', file, '--moods', 'tired=4'));
    expect(done.stdout).toMatch(/Imported 1 new entries/);
    const twice = await cli(inVault('import', '--format', 'daylio-csv', file, '--moods', 'tired=4'));
    expect(twice.stdout).toMatch(/Imported 0 new entries, updated 0, skipped 1/);
    const listed = JSON.parse((await cli(inVault('list', '--json', '--search', 'Dinner with Jo'))).stdout) as Array<{ mood: number; tags: string[] }>;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ mood: 4, tags: ['work', 'friends'] });
  });

  it('a missing file is a usage error', async () => {
    const r = await cli(inVault('import', '--format', 'jrnl-json', join(out, 'nope.json')));
    expect(r.code).toBe(2);
    expect(existsSync(join(out, 'nope.json'))).toBe(false);
  });
});

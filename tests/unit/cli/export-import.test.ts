// hearth export and hearth import on real temp vaults, in-process through run().
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { armor, Decrypter } from 'age-encryption';
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

  it('replaces names in notes with --names and hides the words of --hide, in the HTML and in the PDF', async () => {
    const html = join(out, 'hidden.html');
    const args = ['--from', '2026-10-01', '--to', '2026-10-31', '--notes', '--hide', 'walk, Mum'];
    const r = await cli(inVault('export', '--format', 'report-html', '--out', html, '--names', 'relationship', ...args), { env: withShare });
    expect(r.code).toBe(0);
    const d = new Decrypter();
    d.addPassphrase(SHARE);
    const body = await d.decrypt(armor.decode(/<pre id="hearth-age">([^<]*)<\/pre>/.exec(readFileSync(html, 'utf8'))![1]!), 'text');
    expect(body).toContain('[hidden] with friend A');
    expect(body).toContain('Call with [hidden]');
    expect(body).toContain('All 2 entries in this range are included. Names of people in the notes and tags are replaced by their relationship, and words the person chose are hidden (3 replacements).');
    expect(body).not.toMatch(/\b(sam|rivera|mum|walk)\b/i);

    // poppler reads at most 32 bytes of a PDF password.
    const pdfShare = 'orbit-velvet-marsh-quill';
    const pdf = join(out, 'hidden.pdf');
    const p = await cli(inVault('export', '--format', 'report-pdf', '--out', pdf, '--names', 'initials', ...args), { env: { ...withShare, HEARTH_EXPORT_PASSPHRASE: pdfShare } });
    expect(p.code).toBe(0);
    const text = spawnSync('pdftotext', ['-upw', pdfShare, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('[hidden] with S. R.');
    expect(text.stdout).not.toMatch(/\b(sam|rivera|mum|walk)\b/i);
  });

  it('reports the month up to today by the clock it is given, and the service dates the report by the same clock', async () => {
    const file = join(out, 'default-range.html');
    // Noon local time on 5 October 2026: the month up to it holds the entry of 2 October only.
    const r = await cli(inVault('export', '--format', 'report-html', '--out', file), { env: withShare, now: () => new Date(2026, 9, 5, 12, 0) });
    expect(r.code, r.stderr).toBe(0);
    const d = new Decrypter();
    d.addPassphrase(SHARE);
    const body = await d.decrypt(armor.decode(/<pre id="hearth-age">([^<]*)<\/pre>/.exec(readFileSync(file, 'utf8'))![1]!), 'text');
    expect(body).toContain('<p class="hr-meta">5 Sep 2026 – 5 Oct 2026</p>');
    expect(body).toContain('Made on 5 Oct 2026 with Hearth');
    expect(body).toContain('The one entry in this range is included.');
  });

  it('generates a new passphrase for each PDF that PDF readers accept, and prints it once on stderr', async () => {
    const printed: string[] = [];
    for (const name of ['report.pdf', 'report-2.pdf']) {
      const file = join(out, name);
      const r = await cli(inVault('export', '--format', 'report-pdf', '--out', file, '--from', '2026-10-01', '--to', '2026-10-31'));
      expect(r.code).toBe(0);
      const shown = /^hearth: the passphrase of this file is shown only now.*\n([a-z]+(?:\d[a-z]+){4})\n$/s.exec(r.stderr);
      expect(shown, r.stderr).not.toBeNull();
      const passphrase = shown![1]!;
      expect(Buffer.byteLength(passphrase)).toBeLessThanOrEqual(32);
      // poppler, as in Evince and Okular, opens it with exactly what was printed.
      const text = spawnSync('pdftotext', ['-upw', passphrase, file, '-'], { encoding: 'utf8' });
      expect(text.error).toBeUndefined();
      expect(text.status, text.stderr).toBe(0);
      expect(text.stdout).toContain('S. R.');
      printed.push(passphrase);
    }
    expect(printed[1]).not.toBe(printed[0]);
  });

  it('refuses an own PDF passphrase longer than 32 bytes before asking for anything, with the reason', async () => {
    const file = join(out, 'long.pdf');
    const long = 'lantern-orbit-velvet-marsh-copper-quill';
    // No HEARTH_PASSPHRASE: the refusal comes before the journal is unlocked.
    const r = await cli(inVault('export', '--format', 'report-pdf', '--out', file), { env: { HEARTH_EXPORT_PASSPHRASE: long } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/HEARTH_EXPORT_PASSPHRASE: PDF readers such as Evince, Okular and pdftotext accept at most 32 bytes of a passphrase, and this one is 39/);
    expect(existsSync(file)).toBe(false);
    // The same passphrase is fine for an HTML report.
    const html = await cli(inVault('export', '--format', 'report-html', '--out', join(out, 'long.html')), { env: { HEARTH_PASSPHRASE: PASSPHRASE, HEARTH_EXPORT_PASSPHRASE: long } });
    expect(html.code).toBe(0);
  });

  it('still generates six words for a backup', async () => {
    const r = await cli(inVault('export', '--format', 'backup', '--out', join(out, 'generated.hearthbackup')));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\n[a-z]+(-[a-z]+){5}\n$/);
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
    // Three backup key derivations at the default Argon2id cost, each in its own process.
  }, 180_000);

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

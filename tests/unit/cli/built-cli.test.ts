// The built command line (out/cli, built by the global setup as `npm run build` does) in child
// processes: what `hearth --help` loads, a journal used end to end without esbuild or tsx, list's
// paging, a reader that goes away, and add --ndjson's groups.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { HearthService } from '../../../electron/service/hearth-service';
import { BIN, entryJson, makeVault, PASSPHRASE, ROOT, type TempVault, runBuiltCli, type ProcessResult } from './helpers';

type Result = ProcessResult;

/** A preload that makes esbuild and tsx unloadable, here and in every worker thread. */
const NO_BUILD_TOOLS = `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^(esbuild|tsx)(\\/|$)/.test(request)) throw new Error('the built CLI loaded ' + request);
  return resolve.call(this, request, ...rest);
};
`;

let vault: TempVault;
let preload: string;
beforeAll(async () => {
  vault = await makeVault();
  preload = join(vault.dir, '..', 'no-build-tools.cjs');
  writeFileSync(preload, NO_BUILD_TOOLS);
});
afterAll(() => vault.cleanup());

function hearth(argv: string[], stdin = ''): Promise<Result> {
  return runBuiltCli(['--vault', vault.dir, ...argv], { env: { HEARTH_PASSPHRASE: PASSPHRASE }, stdin, nodeArgs: ['--require', preload] });
}

/** Distinct change counters the vault's entries were written at: one per transaction. */
function entryTransactions(): Map<number, number> {
  const db = new Database(join(vault.dir, 'hearth.db'), { readonly: true });
  try {
    const rows = db.prepare("SELECT version, COUNT(*) AS n FROM records WHERE kind = 'entry' GROUP BY version").all() as Array<{ version: number; n: number }>;
    return new Map(rows.map((r) => [r.version, r.n]));
  } finally {
    db.close();
  }
}

describe('the built command line', () => {
  it('loads no command, service, package or zod for --help: only its own entry and node builtins', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'out/cli/metafile.json'), 'utf8')) as {
      outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }>;
    };
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const i of meta.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
    };
    visit('out/cli/hearth.js');
    const outside = [...loaded].filter((f) => !f.startsWith('out/cli/') && !f.startsWith('node:'));
    expect(outside).toEqual([]);
    const sources = [...loaded].flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}));
    expect(sources.filter((s) => /commands\/(?!index)|session|electron\/(service\/(?!paths)|vault|store|ipc)|shared\/(contract|schemas)/.test(s))).toEqual([]);
    // Every worker is its own file beside the chunks, where WorkerThread looks for it.
    for (const worker of ['kdf.worker.js', 'unlock.worker.js', 'stream.worker.js']) expect(meta.outputs[`out/cli/${worker}`]).toBeDefined();
  });

  it('loads the service without pdfkit, age, the word list or csv-parse (a report or a CSV import loads them), and with zod inside its own files', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'out/cli/metafile.json'), 'utf8')) as {
      outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }>;
    };
    const service = Object.keys(meta.outputs).find((f) => 'electron/service/hearth-service.ts' in (meta.outputs[f]?.inputs ?? {}));
    expect(service).toBeDefined();
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const i of meta.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(service!);
    const packages = [...loaded].filter((f) => !f.startsWith('out/cli/') && !f.startsWith('node:'));
    expect(packages.filter((p) => /^(pdfkit|age-encryption|csv-parse)(\/|$)/.test(p))).toEqual([]);
    expect(packages).toContain('better-sqlite3');
    const sources = [...loaded].flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}));
    expect(sources.filter((s) => /report\/(report-pdf|report-file|scrypt-recipient|share-passphrase)\.ts$/.test(s))).toEqual([]);
    // They are still built, as chunks of their own that the report methods import.
    const all = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    for (const file of ['report-pdf', 'report-file', 'share-passphrase']) expect(all).toContain(`electron/report/${file}.ts`);
    for (const file of ['daylio-csv', 'hearth-csv']) expect(all).toContain(`electron/imports/${file}.ts`);
    expect(sources.filter((s) => /imports\/(daylio|hearth)-csv\.ts$/.test(s))).toEqual([]);
    // zod is bundled in (scripts/build-cli.mjs): about fifty modules every command would resolve and load one by one.
    expect(packages.filter((p) => /^zod(\/|$)/.test(p))).toEqual([]);
    expect(sources.filter((s) => s.startsWith('node_modules/zod/')).length).toBeGreaterThan(10);
  });

  it('adds, lists and pages a journal end to end, with esbuild and tsx out of reach', { timeout: 120_000 }, async () => {
    const one = await hearth(['add'], entryJson({ note: 'first', occurredAt: '2026-03-01T09:00:00+01:00' }));
    expect({ code: one.code, stderr: one.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = ['02', '03', '04'].map((day) => entryJson({ note: `day ${day}`, occurredAt: `2026-03-${day}T09:00:00+01:00` })).join('\n');
    const many = await hearth(['add', '--ndjson'], `${lines}\n`);
    expect({ code: many.code, stderr: many.stderr, ids: many.stdout.trim().split('\n').length }).toEqual({ code: 0, stderr: '', ids: 3 });

    const notes = async (...argv: string[]) => {
      const r = await hearth(['list', '--json', ...argv]);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      return (JSON.parse(r.stdout) as Array<{ note: string }>).map((e) => e.note);
    };
    expect(await notes()).toEqual(['day 04', 'day 03', 'day 02', 'first']);
    expect(await notes('--limit', '2')).toEqual(['day 04', 'day 03']);
    expect(await notes('--limit', '2', '--offset', '2')).toEqual(['day 02', 'first']);
    expect(await notes('--offset', '3')).toEqual(['first']);
    expect(await notes('--offset', '9')).toEqual([]);
  });

  it('writes both kinds of report from the chunks it loads for them, the HTML one with a generated passphrase', { timeout: 120_000 }, async () => {
    const html = join(vault.dir, '..', 'report.html');
    const made = await hearth(['export', '--format', 'report-html', '--out', html, '--from', '2026-03-01', '--to', '2026-03-31', '--notes']);
    expect(made.code).toBe(0);
    // The passphrase comes from the word list, loaded for this: six words joined by hyphens.
    const passphrase = made.stderr.trim().split('\n').at(-1)!;
    expect(passphrase).toMatch(/^[a-z]+(-[a-z]+){5}$/);
    const armored = /-----BEGIN AGE ENCRYPTED FILE-----[\s\S]*?-----END AGE ENCRYPTED FILE-----/.exec(readFileSync(html, 'utf8'))?.[0];
    expect(armored).toBeDefined();
    const { Decrypter, armor } = await import('age-encryption');
    const decrypter = new Decrypter();
    decrypter.addPassphrase(passphrase);
    expect(await decrypter.decrypt(armor.decode(armored!), 'text')).toContain('day 03');

    const pdf = join(vault.dir, '..', 'report.pdf');
    const own = await runBuiltCli(['--vault', vault.dir, 'export', '--format', 'report-pdf', '--out', pdf], {
      env: { HEARTH_PASSPHRASE: PASSPHRASE, HEARTH_EXPORT_PASSPHRASE: 'cedar4panda9drift2crane' },
      nodeArgs: ['--require', preload],
    });
    expect({ code: own.code, stderr: own.stderr }).toEqual({ code: 0, stderr: '' });
    const bytes = readFileSync(pdf);
    expect({ header: bytes.subarray(0, 5).toString('latin1'), encrypted: bytes.includes('/Encrypt') }).toEqual({ header: '%PDF-', encrypted: true });
  });

  it('imports a Daylio CSV and Hearth’s CSV folder from the chunks it loads for them', { timeout: 120_000 }, async () => {
    const daylio = join(vault.dir, '..', 'daylio.csv');
    writeFileSync(daylio, 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-02-01,February 1,Sunday,8:05 pm,tired,work,,"Dinner with Jo"\n');
    const imported = await hearth(['import', '--format', 'daylio-csv', daylio, '--moods', 'tired=4']);
    expect({ code: imported.code, stdout: imported.stdout }).toEqual({ code: 0, stdout: expect.stringMatching(/Imported 1 new entries/) as unknown as string });
    const folder = join(vault.dir, '..', 'csv-export');
    const exported = await hearth(['export', '--format', 'csv', '--out', folder]);
    expect({ code: exported.code, stderr: exported.stderr }).toEqual({ code: 0, stderr: expect.stringContaining('is not encrypted') as unknown as string });
    const again = await hearth(['import', '--format', 'hearth-csv', folder, '--dry-run']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 new/);
    const listed = JSON.parse((await hearth(['list', '--json', '--search', 'dinner with jo'])).stdout) as Array<{ mood: number }>;
    expect(listed.map((e) => e.mood)).toEqual([4]);
  });

  it.each([
    [['--limit', '0'], '--limit takes a whole number from 1 to 100,000, like --limit 10; "0" is not one.'],
    [['--limit', 'ten'], '--limit takes a whole number from 1 to 100,000, like --limit 10; "ten" is not one.'],
    [['--limit', '2.5'], '--limit takes a whole number from 1 to 100,000, like --limit 10; "2.5" is not one.'],
    [['--limit', '100001'], '--limit takes a whole number from 1 to 100,000, like --limit 10; "100001" is not one.'],
    [['--offset=-1'], '--offset takes a whole number from 0 to 999,999,999, like --offset 20; "-1" is not one.'],
  ])('list %j is refused with exit 2 and a sentence', async (argv, sentence) => {
    expect(await hearth(['list', ...argv])).toEqual({ code: 2, stdout: '', stderr: `hearth: ${sentence}\n` });
  });
});

describe('a reader that goes away', () => {
  beforeAll(async () => {
    // Far more than a pipe holds (64 KiB), so the CLI is still writing when head has gone.
    const service = new HearthService({ vaultDir: vault.dir });
    await service.unlock({ passphrase: PASSPHRASE });
    await service.addEntries(Array.from({ length: 400 }, (_, i) => ({ mood: i % 11, note: `padding ${'x'.repeat(400)} ${i}`, tags: [], interactions: [] })));
    service.close();
  });

  it('hearth list --json | head -1 ends quietly with exit 0', { timeout: 120_000 }, async () => {
    const script = `node --require "$1" "$2" --vault "$3" list --json 2>"$4" | head -1; echo "\${PIPESTATUS[0]}"`;
    const errors = join(vault.dir, '..', 'stderr.txt');
    const result = await new Promise<Result>((resolve, reject) => {
      const child = spawn('bash', ['-c', script, 'bash', preload, BIN, vault.dir, errors], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HEARTH_PASSPHRASE: PASSPHRASE },
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr: readFileSync(errors, 'utf8') }));
    });
    expect(result).toEqual({ code: 0, stdout: '[\n0\n', stderr: '' });
  });
});

describe('add --ndjson in groups', () => {
  it('commits lines piped at once in transactions of at most 100', { timeout: 120_000 }, async () => {
    const before = new Set(entryTransactions().keys());
    const lines = Array.from({ length: 250 }, (_, i) => entryJson({ note: `group ${i}` }));
    const result = await hearth(['add', '--ndjson'], `${lines.join('\n')}\n`);
    expect({ code: result.code, stderr: result.stderr, ids: result.stdout.trim().split('\n').length }).toEqual({ code: 0, stderr: '', ids: 250 });
    const groups = [...entryTransactions()].filter(([version]) => !before.has(version)).map(([, n]) => n);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(250);
    expect(Math.max(...groups)).toBeLessThanOrEqual(100);
    // One line per transaction would be 250; the input is all there at once, so groups fill up.
    expect(groups.length).toBeLessThan(25);
  });

  it('prints the id of a line that waits alone, without waiting for more lines', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--require', preload, BIN, '--vault', vault.dir, 'add', '--ndjson'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HEARTH_PASSPHRASE: PASSPHRASE },
    });
    const printed: string[] = [];
    let wanted: { count: number; resolve: () => void } | undefined;
    child.stdout.on('data', (d: Buffer) => {
      printed.push(...d.toString().split('\n').filter((l) => l !== ''));
      if (wanted && printed.length >= wanted.count) wanted.resolve();
    });
    const idsReach = (count: number) => new Promise<void>((resolve) => (printed.length >= count ? resolve() : (wanted = { count, resolve })));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // stdin stays open: each id can only come from the 20 ms bound, never from the end of the input.
    child.stdin.write(`${entryJson({ note: 'alone 1' })}\n`);
    await idsReach(1);
    child.stdin.write(`${entryJson({ note: 'alone 2' })}\n`);
    await idsReach(2);
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(printed).toHaveLength(2);
  });
});

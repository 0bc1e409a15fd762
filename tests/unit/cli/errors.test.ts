// Exit codes and messages of each class of error: one sentence on stderr, never a stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain';
import { cli, corruptOne, emptyDir, entryJson, makeVault, PASSPHRASE, type TempVault } from './helpers';

let vault: TempVault;
beforeAll(async () => {
  vault = await makeVault();
});
afterAll(() => vault.cleanup());

const inVault = (...argv: string[]) => ['--vault', vault.dir, ...argv];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('usage errors exit 2', () => {
  it.each([
    [['frobnicate'], 'hearth: There is no command "frobnicate". Run "hearth --help" for usage.\n'],
    [['list', '--colour'], `hearth: Unknown option '--colour'. Run "hearth help list" for usage.\n`],
    [['show'], 'hearth: Missing argument. Run "hearth help show" for usage.\n'],
    [['delete', UNKNOWN_ID, 'extra'], 'hearth: Unexpected argument "extra". Run "hearth help delete" for usage.\n'],
    [['add', '--json'], `hearth: Option '--json <value>' argument missing. Run "hearth help add" for usage.\n`],
    [['add', '--json', '{}', '--ndjson'], 'hearth: Use either --json or --ndjson, not both.\n'],
    [['help', 'frobnicate'], 'hearth: There is no command "frobnicate". Run "hearth --help" for usage.\n'],
  ])('%j', async (argv, stderr) => {
    expect(await cli(inVault(...argv))).toEqual({ code: 2, stdout: '', stderr });
  });

  it('prints the help on stderr when no command is given', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('Usage: hearth [--vault DIR] COMMAND');
  });

  it.each([['--passphrase', PASSPHRASE], [`--passphrase=${PASSPHRASE}`], ['--password', 'x'], ['--recovery-key=ABCD']])(
    'never takes a secret as an argument: %s',
    async (...flag) => {
      const { code, stdout, stderr } = await cli(inVault('list', ...flag), { env: {} });
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toMatch(/^hearth: Secrets are never taken as arguments .+ drop --(passphrase|password|recovery-key) /);
      expect(stderr).not.toContain(PASSPHRASE);
    },
  );

  it.each([['add', '--json', entryJson()], ['edit', UNKNOWN_ID, '--json', entryJson()], ['add', '--json', '@']])(
    'never takes the entry itself as an argument, and says so before asking for the passphrase: %j',
    async (...argv) => {
      const { code, stdout, stderr } = await cli(inVault(...argv), { env: {} });
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toBe(
        'hearth: The entry is not taken as an argument (other users could read it in the process list): ' +
          'pipe it with --json - (or no --json), or put it in a file and pass --json @FILE.\n',
      );
    },
  );

  it('reads the entry from the file of --json @FILE, and names a file it cannot read', async () => {
    const { dir, cleanup } = emptyDir();
    try {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'entry.json');
      writeFileSync(file, entryJson({ note: 'From a file' }));
      const added = await cli(inVault('add', '--json', `@${file}`));
      expect(added.code).toBe(0);
      expect((JSON.parse(added.stdout) as Entry).note).toBe('From a file');
      const missing = await cli(inVault('add', '--json', `@${join(dir, 'nope.json')}`), { env: {} });
      expect(missing).toEqual({ code: 2, stdout: '', stderr: `hearth: Could not read the entry from ${join(dir, 'nope.json')}: there is no such file.\n` });
    } finally {
      cleanup();
    }
  });

  it('checks the entry before asking for the passphrase (none is available here, so asking would fail)', async () => {
    const added = await cli(inVault('add'), { stdin: entryJson({ support: 11 }), env: {} });
    expect(added.code).toBe(2);
    expect(added.stderr).toMatch(/\(support\)\n$/);
    const edited = await cli(inVault('edit', UNKNOWN_ID), { stdin: entryJson({ mood: 'high' }), env: {} });
    expect(edited.code).toBe(2);
    expect(edited.stderr).toMatch(/\(mood\)\n$/);
  });

  it('refuses to prompt without a terminal', async () => {
    expect(await cli(inVault('list'), { env: {} })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hearth: No terminal to ask on: set HEARTH_PASSPHRASE or run hearth in a terminal.\n',
    });
  });
});

describe('invalid input exits 2', () => {
  it('names the field that is out of range', async () => {
    const { code, stderr } = await cli(inVault('add', '--json', '-'), { stdin: entryJson({ support: -1 }) });
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'hearth: Felt supported must be from 0 to 10 (support)\n' });
  });

  it('names a nested field and an unknown one', async () => {
    const nested = await cli(inVault('add', '--json', '-'), { stdin: entryJson({ interactions: [{ person: 'Sam', felt: 5 }] }) });
    expect(nested.code).toBe(2);
    expect(nested.stderr).toMatch(/^hearth: .+ \(interactions\.0\.felt\)\n$/);
    const unknown = await cli(inVault('add', '--json', '-'), { stdin: entryJson({ moood: 5 }) });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^hearth: .*moood.*\n$/);
  });

  it('rejects text that is not JSON before asking for the passphrase', async () => {
    const { code, stderr } = await cli(inVault('add', '--json', '-'), { stdin: '{mood: 5}', env: {} });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hearth: The entry is not valid JSON: .+\n$/);
  });

  it('edit names fields as in the entry JSON', async () => {
    const added = JSON.parse((await cli(inVault('add', '--json', '-'), { stdin: entryJson() })).stdout) as Entry;
    const { code, stderr } = await cli(inVault('edit', added.id, '--json', '-'), { stdin: entryJson({ mood: 'high' }) });
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'hearth: Mood must be a number from 0 to 10 (mood)\n' });
  });

  it('rejects an id that is not an id', async () => {
    expect(await cli(inVault('show', 'nope'))).toEqual({ code: 2, stdout: '', stderr: 'hearth: Not a valid id (id)\n' });
  });
});

describe('other errors exit 1', () => {
  it('an unknown id', async () => {
    expect(await cli(inVault('show', UNKNOWN_ID))).toEqual({ code: 1, stdout: '', stderr: 'hearth: That entry no longer exists.\n' });
    expect((await cli(inVault('delete', UNKNOWN_ID))).code).toBe(1);
    expect((await cli(inVault('edit', UNKNOWN_ID, '--json', '-'), { stdin: entryJson() })).code).toBe(1);
  });

  it('no journal, before asking for a passphrase', async () => {
    const empty = emptyDir();
    try {
      expect(await cli(['--vault', empty.dir, 'list'], { env: {} })).toEqual({
        code: 1,
        stdout: '',
        stderr: `hearth: There is no journal in ${empty.dir} yet; create one with "hearth init".\n`,
      });
    } finally {
      empty.cleanup();
    }
  });

  it('a journal that already exists, before asking for a passphrase', async () => {
    expect(await cli(inVault('init'), { env: {} })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `hearth: A journal already exists in ${vault.dir}; init never replaces it. If it cannot be opened, ` +
        'copy what can be read with "hearth salvage --out NEW_FOLDER", or restore a backup into a new folder.\n',
    });
  });
});

describe('wrong secrets exit 4', () => {
  it('a wrong passphrase', async () => {
    expect(await cli(inVault('list'), { env: { HEARTH_PASSPHRASE: 'not the passphrase' } })).toEqual({
      code: 4,
      stdout: '',
      stderr: 'hearth: That passphrase does not open this journal.\n',
    });
  });

  it('a wrong recovery key', async () => {
    const env = { HEARTH_RECOVERY_KEY: 'AAAA-BBBB-CCCC', HEARTH_NEW_PASSPHRASE: 'a new passphrase' };
    const { code, stderr } = await cli(inVault('recover'), { env });
    expect({ code, stderr }).toEqual({ code: 4, stderr: 'hearth: That recovery key does not open this journal.\n' });
    expect((await cli(inVault('list'))).code).toBe(0);
  });
});

describe('damaged records', () => {
  let damaged: TempVault;
  let readable: Entry;
  let corruptId: string;
  beforeAll(async () => {
    damaged = await makeVault();
    const run = (json: string) => cli(['--vault', damaged.dir, 'add', '--json', '-'], { stdin: json });
    const first = JSON.parse((await run(entryJson({ note: 'first' }))).stdout) as Entry;
    corruptId = corruptOne(damaged.dir, 'entry');
    // corruptOne picks a row by SQLite order; add the readable entry after it, so it is the other one.
    expect(corruptId).toBe(first.id);
    readable = JSON.parse((await run(entryJson({ note: 'second' }))).stdout) as Entry;
  });
  afterAll(() => damaged.cleanup());

  it('verify lists them and exits 3', async () => {
    expect(await cli(['--vault', damaged.dir, 'verify'])).toEqual({
      code: 3,
      stdout: `1 of 3 records cannot be read:\n  ${corruptId}  entry\n`,
      stderr: '',
    });
  });

  it('other commands serve the readable records and name the damaged ones on stderr', async () => {
    const { code, stdout, stderr } = await cli(['--vault', damaged.dir, 'list', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Entry[]).map((e) => e.id)).toEqual([readable.id]);
    expect(stderr).toBe(
      `hearth: warning: 1 damaged record cannot be read and is left out: ${corruptId} (entry). Run "hearth verify" for details.\n`,
    );
  });

  it('showing a damaged entry exits 3 with its id', async () => {
    const { code, stderr } = await cli(['--vault', damaged.dir, 'show', corruptId]);
    expect(code).toBe(3);
    expect(stderr.split('\n')[1]).toBe(`hearth: A record in the journal is damaged and cannot be read. (record ${corruptId})`);
  });
});

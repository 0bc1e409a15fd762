// Help text for every command, and the table formatting helpers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';
import { clean, shorten, table } from '../../../electron/cli/format';
import { cli } from './helpers';

describe('help', () => {
  it.each(COMMANDS.map((c) => c.name))('help %s and %s --help print the same usage', async (name) => {
    const viaHelp = await cli(['help', name], { env: {} });
    const viaFlag = await cli([name, '--help'], { env: {} });
    expect(viaHelp).toEqual(viaFlag);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: hearth \\[--vault DIR\\] ${name}\\b`));
    expect(viaHelp.stdout).toContain('HEARTH_VAULT');
    expect(viaHelp.stdout).toContain('4  Wrong passphrase or recovery key');
  });

  it('names the secrets each command reads', async () => {
    expect((await cli(['help', 'recover'])).stdout).toMatch(/HEARTH_RECOVERY_KEY[\s\S]*HEARTH_NEW_PASSPHRASE/);
    expect((await cli(['help', 'passwd'])).stdout).toMatch(/HEARTH_PASSPHRASE[\s\S]*HEARTH_NEW_PASSPHRASE/);
  });

  it.each(COMMANDS.map((c) => [c.name, c]))('the table line of %s names the module it loads, with its summary', async (name, entry) => {
    const command = await entry.load();
    expect({ name: command.name, summary: command.summary }).toEqual({ name, summary: entry.summary });
  });

  // The flag starts Argon2id before the module loads (electron/cli/early-unlock.ts): a command marked
  // wrongly either never gets that head start or derives a key it never uses.
  it.each(COMMANDS.map((c) => [c.name, c]))('the table line of %s says whether its run unlocks with the passphrase', (name, entry) => {
    const commands = join(import.meta.dirname, '../../../electron/cli/commands');
    const file = new RegExp(`name: '${name}'.*import\\('\\./([\\w-]+)'\\)`).exec(readFileSync(join(commands, 'index.ts'), 'utf8'))?.[1];
    expect(file, `the module of ${name}`).toBeDefined();
    const source = readFileSync(join(commands, `${file}.ts`), 'utf8');
    expect(entry.unlocks === true).toBe(/session\.(unlock|unlockHere|agentKey)\(/.test(source));
  });

  it('hearth --help lists every command', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const c of COMMANDS) expect(stdout).toMatch(new RegExp(`\\n  ${c.name} +${c.summary.replace(/[()|-]/g, '\\$&')}\\n`));
  });
});

describe('format', () => {
  it('aligns columns, right-aligning numbers', () => {
    const text = table([{ title: 'NAME' }, { title: 'N', align: 'right' }], [['Sam', '2'], ['Ana-Maria', '12']]);
    expect(text).toBe('NAME        N\nSam         2\nAna-Maria  12');
  });

  it('cuts a note to its first line and a length, with an ellipsis', () => {
    expect(shorten('A short one\nsecond line', 40)).toBe('A short one');
    expect(shorten('abcdefghij klmnop', 12)).toBe('abcdefghij…');
    expect(shorten('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('turns control characters into spaces', () => {
    expect(clean('red\u001b[31m\u0007bell\u009bcsi\ttab')).toBe('red [31m bell csi tab');
  });
});

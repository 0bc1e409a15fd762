// hearth salvage: copies what can be read into a new journal, says where, and exits 3 when records were lost.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain';
import { cli, corruptOne, entryJson, makeVault, type TempVault } from './helpers';

let vault: TempVault;
let kept: Entry;
let corruptId: string;
beforeAll(async () => {
  vault = await makeVault();
  const add = (note: string) => cli(['--vault', vault.dir, 'add'], { stdin: entryJson({ note }) });
  await add('first');
  corruptId = corruptOne(vault.dir, 'entry');
  kept = JSON.parse((await add('second')).stdout) as Entry;
});
afterAll(() => vault.cleanup());

describe('hearth salvage', () => {
  it('asks for --out before anything else', async () => {
    expect(await cli(['--vault', vault.dir, 'salvage'], { env: {} })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hearth: Say where the recovered journal goes: --out DIR (a new or empty folder).\n',
    });
  });

  it('recovers the readable entries into a new journal, lists the lost record and exits 3', async () => {
    const out = join(vault.dir, '..', 'recovered');
    const { code, stdout } = await cli(['--vault', vault.dir, 'salvage', '--out', out]);
    expect(code).toBe(3);
    expect(stdout).toContain(`Recovered 1 entry and 0 people into a new journal in ${out}.`);
    expect(stdout).toMatch(/Recovery key: \S+/);
    expect(stdout).toContain(`1 record could not be recovered:\n  ${corruptId} (entry)\n`);
    const listed = JSON.parse((await cli(['--vault', out, 'list', '--json'])).stdout) as Entry[];
    expect(listed.map((e) => e.id)).toEqual([kept.id]);
  });
});

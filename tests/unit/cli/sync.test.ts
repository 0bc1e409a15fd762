// hearth sync: one round (the first sets the folder up), join into a new vault with the passphrase
// from the environment, status; a tampered change file is a skip with its reason, exit 0.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain';
import { CHANGE_FILE_PROBLEMS } from '../../../electron/sync/change-file';
import { cli, emptyDir, entryJson, makeVault, type TempVault } from './helpers';

let laptop: TempVault;
let desktop: { dir: string; cleanup(): void };
let folder: string;
beforeAll(async () => {
  laptop = await makeVault();
  desktop = emptyDir();
  folder = join(laptop.dir, '..', 'Sync');
});
afterAll(() => {
  laptop.cleanup();
  desktop.cleanup();
});

const notes = async (vault: string) => (JSON.parse((await cli(['--vault', vault, 'list', '--json'])).stdout) as Entry[]).map((e) => e.note).sort();

describe('hearth sync', () => {
  it('asks for a folder the first time', async () => {
    expect(await cli(['--vault', laptop.dir, 'sync'])).toMatchObject({ code: 2, stderr: 'hearth: Sync is not set up yet: say which folder with --folder DIR.\n' });
  });

  it('sets the folder up on first use and prints the round as JSON', async () => {
    await cli(['--vault', laptop.dir, 'add'], { stdin: entryJson({ note: 'from the laptop' }) });
    const { code, stdout } = await cli(['--vault', laptop.dir, 'sync', '--folder', folder, '--name', 'Laptop', '--json']);
    expect(code).toBe(0);
    // The entry and the settings.
    expect(JSON.parse(stdout)).toEqual({ published: 2, applied: 0, skipped: [] });
    expect(await cli(['--vault', laptop.dir, 'sync'])).toEqual({ code: 0, stdout: 'Published 0 changes; applied 0 changes from other computers.\n', stderr: '' });
  });

  it('joins into a new vault with the passphrase, and both computers then see each other', async () => {
    const joined = await cli(['sync', 'join', '--folder', folder, '--vault', desktop.dir, '--name', 'Desktop']);
    expect(joined.code).toBe(0);
    expect(joined.stdout).toContain('Published 0 changes; applied 2 changes from other computers.');
    expect(await notes(desktop.dir)).toEqual(['from the laptop']);
    await cli(['--vault', desktop.dir, 'add'], { stdin: entryJson({ note: 'from the desktop' }) });
    expect(JSON.parse((await cli(['--vault', desktop.dir, 'sync', '--json'])).stdout)).toEqual({ published: 1, applied: 0, skipped: [] });
    expect(JSON.parse((await cli(['--vault', laptop.dir, 'sync', '--json'])).stdout)).toEqual({ published: 0, applied: 1, skipped: [] });
    expect(await notes(laptop.dir)).toEqual(['from the desktop', 'from the laptop']);

    const status = JSON.parse((await cli(['--vault', laptop.dir, 'sync', 'status', '--json'])).stdout) as { device: { name: string }; devices: Array<{ name: string; appliedUpTo: number }> };
    expect(status.device.name).toBe('Laptop');
    expect(status.devices).toMatchObject([{ name: 'Desktop', appliedUpTo: 1 }]);
    // What the folder says: the desktop applied the laptop's file 1; no snapshot yet, so nothing compacted.
    expect(status).toMatchObject({ snapshot: null, changeFiles: 1, devices: [{ acknowledges: 1 }] });
    const text = await cli(['--vault', laptop.dir, 'sync', 'status']);
    expect(text.stdout).toContain("it has applied this computer's files up to 1");
    expect(text.stdout).toContain('This computer: Laptop');
    expect(text.stdout).toContain('Other computer: Desktop');
  });

  it('skips a tampered change file with its reason, and exits 0', async () => {
    await cli(['--vault', laptop.dir, 'add'], { stdin: entryJson({ note: 'tampered on the way' }) });
    await cli(['--vault', laptop.dir, 'sync']);
    const laptopId = (JSON.parse((await cli(['--vault', laptop.dir, 'sync', 'status', '--json'])).stdout) as { device: { id: string } }).device.id;
    const own = readdirSync(join(folder, 'devices', laptopId)).filter((n) => /^\d+\.hearthsync$/.test(n)).sort();
    const file = `devices/${laptopId}/${own.at(-1)!}`;
    const bytes = readFileSync(join(folder, file));
    bytes[bytes.length - 1]! ^= 0x80;
    writeFileSync(join(folder, file), bytes);
    const { code, stdout } = await cli(['--vault', desktop.dir, 'sync', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ published: 0, applied: 0, skipped: [{ file, reason: CHANGE_FILE_PROBLEMS['does-not-open'] }] });
    expect(await notes(desktop.dir)).toEqual(['from the desktop', 'from the laptop']);
    const plain = await cli(['--vault', desktop.dir, 'sync']);
    expect(plain.stdout).toContain(`Skipped ${file}: ${CHANGE_FILE_PROBLEMS['does-not-open']}.`);
  });

  it('refuses to join into a folder that holds a journal, and a wrong passphrase with exit 4', async () => {
    expect(await cli(['sync', 'join', '--folder', folder, '--vault', laptop.dir])).toMatchObject({ code: 1 });
    const other = emptyDir();
    try {
      expect(await cli(['sync', 'join', '--folder', folder, '--vault', other.dir], { env: { HEARTH_PASSPHRASE: 'not the passphrase at all' } })).toMatchObject({ code: 4 });
    } finally {
      other.cleanup();
    }
  });
});

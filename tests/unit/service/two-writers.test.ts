// The app and the CLI on one journal: two HearthService instances on one vault folder, each with
// its own in-memory index, interleaving writes, reads, merges of people and backups. Nothing is
// lost, no older copy is written over a newer one, and each sees what the other did.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../electron/service/paths';
import { WriteLock } from '../../../electron/store/write-lock';
import { cleanupAfterEach } from '../../support/cleanups';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const SHARE = 'maple-orbit-velvet-canyon-pickle-harbor';
const cleanups = cleanupAfterEach();

/** The app (created the journal) and the CLI (a second service on the same folder), both unlocked. */
async function appAndCli() {
  const v = await freshService();
  cleanups.push(v.cleanup);
  let appHeard = 0;
  const app = v.service;
  const cli = v.reopen();
  cleanups.push(() => cli.close());
  await cli.unlock({ passphrase: PASSPHRASE });
  // The app's own service, reopened so it is told of other processes' changes.
  app.close();
  const watched = v.reopen({ onExternalChange: () => (appHeard += 1) });
  cleanups.push(() => watched.close());
  await watched.unlock({ passphrase: PASSPHRASE });
  return { ...v, app: watched, cli, heard: () => appHeard };
}

describe('two processes on one journal', () => {
  it('each sees what the other added, edited and deleted, and the app is told', async () => {
    const { app, cli, heard } = await appAndCli();
    const first = await app.addEntry(entry({ mood: 5, support: 5, note: 'from the app' }));
    expect(heard()).toBe(0);
    const added = await cli.addEntry(entry({ mood: 7, support: 6, note: 'from the cli' }));
    expect((await app.listEntries(undefined)).entries.map((e) => e.note).sort()).toEqual(['from the app', 'from the cli']);
    expect(heard()).toBe(1);
    // Nothing new: no second event.
    await app.listEntries(undefined);
    expect(heard()).toBe(1);

    await cli.updateEntry({ id: first.id, entry: entry({ mood: 2, support: 2, note: 'edited by the cli' }) });
    expect((await app.getEntry({ id: first.id })).note).toBe('edited by the cli');
    await cli.deleteEntry({ id: added.id });
    expect((await app.listEntries(undefined)).total).toBe(1);
    // The app cannot bring back what the CLI deleted by editing its old copy.
    await expect(app.updateEntry({ id: added.id, entry: entry({ mood: 1, support: 1, note: 'stale' }) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await cli.listEntries(undefined)).total).toBe(1);
  });

  it("keeps the CLI's edit when the app then merges people (the edit was reverted before)", async () => {
    const { app, cli } = await appAndCli();
    const e = await app.addEntry(entry({ mood: 5, support: 5, note: 'coffee', interactions: [{ person: 'Sam', kinds: ['companionship'] }] }));
    await app.addPerson({ name: 'Samuel', relationship: 'friend' });
    await cli.updateEntry({ id: e.id, entry: entry({ mood: 9, support: 9, note: 'coffee, edited by the cli', interactions: [{ person: 'Sam', kinds: ['emotional'] }] }) });
    const people = await app.listPeople(undefined);
    const sam = people.find((p) => p.name === 'Sam')!;
    const samuel = people.find((p) => p.name === 'Samuel')!;
    await app.mergePeople({ sourceId: sam.id, targetId: samuel.id });
    for (const service of [app, cli]) {
      const merged = await service.getEntry({ id: e.id });
      expect(merged).toMatchObject({ note: 'coffee, edited by the cli', mood: 9 });
      expect(merged.interactions).toEqual([expect.objectContaining({ person: 'Samuel', kinds: ['emotional'] })]);
    }
    expect((await cli.listPeople(undefined)).map((p) => p.name)).toEqual(['Samuel']);
  });

  it('creates a new person once when both add entries naming them, even at the same moment', async () => {
    const { app, cli } = await appAndCli();
    const line = (n: number) => entry({ mood: n, support: n, note: `line ${n}`, interactions: [{ person: 'Robin', kinds: ['practical'] }] });
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? app : cli).addEntry(line(i))));
    for (const service of [app, cli]) {
      expect((await service.listPeople(undefined)).map((p) => p.name)).toEqual(['Robin']);
      expect((await service.listEntries(undefined)).total).toBe(6);
    }
  });

  it("keeps both processes' settings changes", async () => {
    const { app, cli } = await appAndCli();
    await cli.updateSettings({ theme: 'dark' });
    await app.updateSettings({ autoLockMinutes: 15 });
    for (const service of [app, cli]) expect(await service.getSettings()).toMatchObject({ theme: 'dark', autoLockMinutes: 15 });
  });

  it("backs up what the CLI wrote: the app's automatic backup holds every entry on disk", async () => {
    const { app, cli, filesDir } = await appAndCli();
    const folder = join(filesDir, 'auto');
    mkdirSync(folder);
    for (let i = 0; i < 3; i++) await app.addEntry(entry({ mood: i, support: i, note: `app ${i}` }));
    await app.enableAutoBackup({ passphrase: SHARE, keep: 10, trigger: 'lock' }, folder);
    await cli.addEntry(entry({ mood: 9, support: 9, note: 'the 51st' }));
    await app.lock();
    // Locking drops the keys first and writes the sealed backup afterwards.
    await app.lockBackupsSettled();
    const newest = readdirSync(folder).sort().at(-1)!;
    const reader = await freshService();
    cleanups.push(reader.cleanup);
    const summary = await reader.service.openImport({ format: 'backup', passphrase: SHARE }, join(folder, newest));
    expect(summary.entries).toBe(4);
    // And the CLI's own settings still say backups are on: the app's write kept them.
    expect((await cli.getSettings()).autoBackup).toMatchObject({ keep: 10, trigger: 'lock' });
  });

  it('lets a second service write while the first holds the journal open, and locks between writes only', async () => {
    const { app, cli, vaultDir } = await appAndCli();
    await app.addEntry(entry({ mood: 1, support: 1 }));
    // The lock is free between calls: the app being open blocks nobody.
    const probe = new WriteLock(join(vaultDir, LOCK_FILE));
    probe.acquireSync(0);
    probe.close();
    await cli.addEntry(entry({ mood: 2, support: 2 }));
    expect((await app.listEntries(undefined)).total).toBe(2);
  });

  it('waits for another process in the middle of a write, and goes on at once when that process is killed', { timeout: 60_000 }, async () => {
    const { app, vaultDir, filesDir } = await appAndCli();
    // Another Hearth process: adds an entry under the write lock, then stops there, lock still held.
    const service = join(import.meta.dirname, '../../../electron/service/hearth-service.ts');
    const script = [
      `import { HearthService, TEST_KDF } from ${JSON.stringify(service)};`,
      `const s = new HearthService({ vaultDir: ${JSON.stringify(vaultDir)}, kdf: TEST_KDF });`,
      `await s.unlock({ passphrase: ${JSON.stringify(PASSPHRASE)} });`,
      `await s.withLockedJournal(async (j) => { j.addEntries([{ mood: 7, support: 7, note: 'from the killed process', tags: [], interactions: [] }]); console.log('held'); await new Promise(() => setInterval(() => {}, 1000)); });`,
    ].join('\n');
    // A file, not -e: --input-type=module would reach the unlock's worker, whose code is not a module.
    const file = join(filesDir, 'other-process.mts');
    writeFileSync(file, script);
    const other = spawn(process.execPath, ['--import', 'tsx', file], { stdio: 'pipe' });
    cleanups.push(() => other.kill('SIGKILL'));
    await new Promise<void>((resolve, reject) => {
      other.stdout.once('data', () => resolve());
      other.once('exit', (code) => reject(new Error(`the other process exited with ${code}: ${other.stderr.read()}`)));
    });
    let added = false;
    const adding = app.addEntry(entry({ mood: 3, support: 3, note: 'from the app' })).then(() => (added = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(added).toBe(false);
    other.kill('SIGKILL');
    await new Promise((resolve) => other.once('exit', resolve));
    const killedAt = Date.now();
    await adding;
    expect(Date.now() - killedAt).toBeLessThan(2000);
    // The killed process's commit had landed before it stopped; nothing was lost or written twice.
    expect((await app.listEntries(undefined)).entries.map((e) => e.note).sort()).toEqual(['from the app', 'from the killed process']);
    expect(await app.verify()).toMatchObject({ corrupt: [], seal: [] });
  });
});

// The journal-wide seal: a record deleted, or an older copy put back, straight in SQLite is named by
// `hearth verify` (exit 3), and the journal then opens read-only instead of serving the older state
// silently. A journal from before the seal is sealed at its first unlock.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HearthService } from '../../../electron/service/hearth-service';
import { MARK_FILE } from '../../../electron/store/change-mark';
import { argSchemas } from '../../../shared/schemas';
import { cli, makeVault, PASSPHRASE, type TempVault } from './helpers';

let vault: TempVault;
let ids: { first: string; second: string; person: string; settings: string };

function sql<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(join(vault.dir, 'hearth.db'));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

async function withService<T>(fn: (s: HearthService) => Promise<T>): Promise<T> {
  const service = new HearthService({ vaultDir: vault.dir });
  try {
    await service.unlock({ passphrase: PASSPHRASE });
    return await fn(service);
  } finally {
    service.close();
  }
}

const add = (note: string, people: string[] = []) =>
  argSchemas.addEntry.parse({ mood: 5, support: 5, note, interactions: people.map((person) => ({ person, kinds: ['emotional'] })) });

beforeEach(async () => {
  vault = await makeVault();
  ids = await withService(async (s) => {
    const first = await s.addEntry(add('first', ['Sam']));
    const second = await s.addEntry(add('second'));
    const person = (await s.listPeople(undefined))[0]!.id;
    const settings = sql((db) => (db.prepare("SELECT id FROM records WHERE kind = 'settings'").get() as { id: string }).id);
    return { first: first.id, second: second.id, person, settings };
  });
});
afterEach(() => vault.cleanup());

async function expectNamed(id: string, kind: string, words: RegExp): Promise<void> {
  const result = await cli(['--vault', vault.dir, 'verify']);
  expect(result.code, result.stdout + result.stderr).toBe(3);
  expect(result.stdout).toMatch(new RegExp(`${id}  ${kind}  ${words.source}`));
  // Opened read-only, saying so; a write is refused and changes nothing.
  await withService(async (s) => {
    expect((await s.status()).sealProblems).toEqual([expect.objectContaining({ id, kind })]);
    await expect(s.addEntry(add('after'))).rejects.toMatchObject({ code: 'READ_ONLY' });
  });
  const listed = await cli(['--vault', vault.dir, 'list']);
  expect(listed.stderr).toContain('does not match its seal, so it is open read-only');
  expect(listed.stderr).toContain(id);
}

describe('the journal seal', () => {
  it('a sound journal verifies after writes, edits, merges and deletes', async () => {
    await withService(async (s) => {
      await s.updateEntry({ id: ids.first, entry: add('first, edited', ['Sam', 'Ana']) });
      const people = await s.listPeople(undefined);
      await s.mergePeople({ sourceId: people.find((p) => p.name === 'Ana')!.id, targetId: ids.person });
      await s.deleteEntry({ id: ids.second });
      await s.updateSettings({ theme: 'dark' });
      expect((await s.verify()).seal).toEqual([]);
    });
    const result = await cli(['--vault', vault.dir, 'verify']);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+ records, all readable\n$/) });
  });

  it('names a deleted entry row', async () => {
    sql((db) => db.prepare('DELETE FROM records WHERE id = ?').run(ids.second));
    await expectNamed(ids.second, 'entry', /missing/);
  });

  it('names a deleted person row', async () => {
    sql((db) => db.prepare('DELETE FROM records WHERE id = ?').run(ids.person));
    await expectNamed(ids.person, 'person', /missing/);
  });

  it('names a deleted settings row (which used to turn automatic backups off silently)', async () => {
    sql((db) => db.prepare('DELETE FROM records WHERE id = ?').run(ids.settings));
    await expectNamed(ids.settings, 'settings', /missing/);
  });

  it('names an entry whose older box was put back after an edit, version and all', async () => {
    const old = sql((db) => db.prepare('SELECT nonce, box, version FROM records WHERE id = ?').get(ids.first)) as { nonce: Buffer; box: Buffer; version: number };
    await withService((s) => s.updateEntry({ id: ids.first, entry: add('the new note', ['Sam']) }));
    sql((db) => db.prepare('UPDATE records SET nonce = ?, box = ?, version = ? WHERE id = ?').run(old.nonce, old.box, old.version, ids.first));
    await expectNamed(ids.first, 'entry', /rolled back/);
  });

  it('names an older box put back under the new version number too', async () => {
    const old = sql((db) => db.prepare('SELECT nonce, box FROM records WHERE id = ?').get(ids.first)) as { nonce: Buffer; box: Buffer };
    await withService((s) => s.updateEntry({ id: ids.first, entry: add('the new note', ['Sam']) }));
    sql((db) => db.prepare('UPDATE records SET nonce = ?, box = ? WHERE id = ?').run(old.nonce, old.box, ids.first));
    await expectNamed(ids.first, 'entry', /rolled back/);
  });

  it('says so when the seal itself is gone or damaged', async () => {
    sql((db) => db.prepare('UPDATE manifest SET box = ?').run(Buffer.alloc(64)));
    let result = await cli(['--vault', vault.dir, 'verify']);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("seal is damaged");
    sql((db) => db.prepare('DELETE FROM manifest').run());
    result = await cli(['--vault', vault.dir, 'verify']);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('seal is missing');
  });

  it('notices a journal made to look as if from before the seal: it is behind its change mark', async () => {
    sql((db) => {
      db.prepare('UPDATE records SET version = 0').run();
      db.prepare('UPDATE manifest SET counter = 0, nonce = NULL, box = NULL').run();
    });
    const verify = await cli(['--vault', vault.dir, 'verify']);
    expect(verify.code).toBe(3);
    expect(verify.stdout).toMatch(/behind: changes Hearth wrote are missing/);
  });

  it('seals a journal from before the seal at its first unlock, and then notices a deletion', async () => {
    // As the first schema left it: no versions, no manifest, and no change mark beside it.
    sql((db) => {
      db.prepare('UPDATE records SET version = 0').run();
      db.prepare('UPDATE manifest SET counter = 0, nonce = NULL, box = NULL').run();
    });
    rmSync(join(vault.dir, MARK_FILE));
    expect((await cli(['--vault', vault.dir, 'verify'])).code).toBe(0);
    expect(sql((db) => db.prepare('SELECT box IS NOT NULL AS sealed FROM manifest').get())).toEqual({ sealed: 1 });
    sql((db) => db.prepare('DELETE FROM records WHERE id = ?').run(ids.first));
    await expectNamed(ids.first, 'entry', /missing/);
  });
});

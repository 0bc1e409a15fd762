// Every write is stamped for sync in its own transaction, by whichever process makes it (the app
// and the CLI on one journal); drafts and this computer's own settings are not; what is stored in
// the clear is ids, kinds and the published bit.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { argSchemas } from '../../../shared/schemas';
import { SyncSession } from '../../../electron/service/sync-session';
import { entry, freshService, PASSPHRASE, tempDir } from '../../support/vault';

const cleanups = cleanupAfterEach();

interface Row {
  id: string;
  kind: string;
  published: number;
}

function stampRows(vaultDir: string): Row[] {
  const db = new Database(join(vaultDir, 'hearth.db'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM sync_stamps ORDER BY id').all() as Row[];
  } finally {
    db.close();
  }
}

describe('stamping writes', () => {
  it('stamps nothing before sync is set up, then every write of either process, and publishes them', async () => {
    const v = await freshService();
    cleanups.push(v.cleanup);
    const before = await v.service.addEntry(entry({ mood: 3, note: 'before sync' }));
    expect(stampRows(v.vaultDir)).toEqual([]);
    const t = tempDir();
    cleanups.push(t.cleanup);
    const folder = join(t.dir, 'sync');
    const app = new SyncSession(v.service);
    // The entry and the settings, stamped and published at set-up.
    expect(await app.syncSetUp({ folder })).toMatchObject({ published: 2 });

    const cli = v.reopen();
    cleanups.push(() => cli.close());
    await cli.unlock({ passphrase: PASSPHRASE });
    const added = await cli.addEntry(entry({ mood: 5, note: 'from the cli', interactions: [{ person: 'Noor', kinds: ['practical'] }] }));
    await v.service.deleteEntry({ id: before.id });
    await v.service.saveDraft(argSchemas.saveDraft.parse({ mood: 2, note: 'a draft', tags: [], tagText: '', interactions: [] }));
    // Only where the automatic backups go: this computer's own, not a change to send.
    await v.service.updateSettings({ keepRunning: true });
    const rows = stampRows(v.vaultDir);
    expect(Object.keys(rows[0]!).sort()).toEqual(['box', 'id', 'kind', 'nonce', 'published']);
    const unpublished = rows.filter((r) => r.published === 0).map((r) => `${r.kind}:${r.id}`).sort();
    const noor = (await v.service.listPeople(undefined))[0]!;
    expect(unpublished).toEqual([`entry:${added.id}`, `entry:${before.id}`, `person:${noor.id}`].sort());
    expect((await app.syncStatus())!.unpublished).toBe(3);

    await v.service.updateSettings({ theme: 'dark' });
    expect((await app.syncStatus())!.unpublished).toBe(4);
    expect(await app.syncRound()).toMatchObject({ published: 4, applied: 0, skipped: [] });
    expect(stampRows(v.vaultDir).every((r) => r.published === 1)).toBe(true);
  });
});

describe('reading stamps for a round', () => {
  it('reads the stamps of many ids in one go exactly as one by one: none for an id without one or a stamp that does not open', async () => {
    const v = await freshService();
    cleanups.push(v.cleanup);
    const t = tempDir();
    cleanups.push(t.cleanup);
    await new SyncSession(v.service).syncSetUp({ folder: join(t.dir, 'sync') });
    const [a, b, c] = await Promise.all([1, 2, 3].map((mood) => v.service.addEntry(entry({ mood, note: `entry ${mood}` }))));
    await v.service.deleteEntry({ id: a!.id });
    const db = new Database(join(v.vaultDir, 'hearth.db'));
    db.prepare("UPDATE sync_stamps SET box = x'00' || substr(box, 2) WHERE id = ?").run(c!.id);
    db.close();
    await v.service.withLockedJournal(async (journal) => {
      const { local } = journal.syncParts();
      const ids = [a!.id, b!.id, c!.id, 'no-such-record', b!.id];
      const oneByOne = new Map(ids.flatMap((id) => (local.stamp(id) === null ? [] : [[id, local.stamp(id)!] as const])));
      expect([...oneByOne.keys()].sort()).toEqual([a!.id, b!.id].sort());
      expect(oneByOne.get(a!.id)!.deleted).toBe(true);
      expect(local.stampsOf(ids)).toEqual(oneByOne);
      expect(local.stampsOf([])).toEqual(new Map());
    });
  });
});

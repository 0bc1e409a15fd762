// Another process gives the journal a new key while this one holds it open (the app without its
// command-line socket, two command lines). Before, the open session went on with the old key: its
// next entry was sealed under a key nothing opens any more, and the journal's seal broke. Now the
// session sees the new key at its next call, ends, and says so; nothing is written with the old key.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { VAULT_FILE } from '../../../electron/service/paths';
import { openDatabase } from '../../../electron/store/database';
import { RecordStore } from '../../../electron/store/record-store';
import { KEY_CHANGED } from '../../../electron/service/journal-sync';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const NEW = 'lantern-quiver-meadow-obsidian-tulip-anchor';
const cleanups = cleanupAfterEach();

/** The app (open, told of key changes) and a second process on the same journal, both unlocked. */
async function twoOpen() {
  const v = await freshService();
  cleanups.push(v.cleanup);
  await v.service.addEntry(entry({ mood: 5, note: 'before' }));
  v.service.close();
  let told = 0;
  const app = v.reopen({ onKeyChanged: () => (told += 1) });
  cleanups.push(() => app.close());
  await app.unlock({ passphrase: PASSPHRASE });
  const other = v.reopen();
  cleanups.push(() => other.close());
  await other.unlock({ passphrase: PASSPHRASE });
  /** The journal as a fresh unlock with `passphrase` finds it. */
  const reopened = async (passphrase: string) => {
    const s = v.reopen();
    cleanups.push(() => s.close());
    await s.unlock({ passphrase });
    return { notes: (await s.listEntries(undefined)).entries.map((e) => e.note).sort(), corrupt: s.corruptRecords(), seal: s.sealProblems() };
  };
  return { app, other, told: () => told, reopened, vaultDir: v.vaultDir };
}

const locked = { code: 'LOCKED', message: KEY_CHANGED };

describe('a new key given by another process', () => {
  it('ends the open session at its next write, which is refused and written nowhere', async () => {
    const { app, other, told, reopened } = await twoOpen();
    await other.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: NEW, rotateKey: true });
    await expect(app.addEntry(entry({ mood: 6, note: 'after' }))).rejects.toMatchObject(locked);
    expect(told()).toBe(1);
    expect(await app.status()).toMatchObject({ unlocked: false });
    await expect(app.listEntries(undefined)).rejects.toMatchObject({ code: 'LOCKED' });
    expect(await reopened(NEW)).toEqual({ notes: ['before'], corrupt: [], seal: [] });
    // Unlocked again with the new passphrase, the app writes as before.
    await app.unlock({ passphrase: NEW });
    await app.addEntry(entry({ mood: 6, note: 'after' }));
    expect(await reopened(NEW)).toEqual({ notes: ['after', 'before'], corrupt: [], seal: [] });
  });

  it('ends it at a read too, and at the app’s check for changes, which tells the app once', async () => {
    const { app, other, told, reopened } = await twoOpen();
    await other.newRecoveryKey({ passphrase: PASSPHRASE });
    expect(await app.checkForChanges()).toBe(false);
    expect(told()).toBe(1);
    expect(await app.checkForChanges()).toBe(false);
    expect(told()).toBe(1);
    expect(await app.status()).toMatchObject({ unlocked: false });
    expect(await reopened(PASSPHRASE)).toEqual({ notes: ['before'], corrupt: [], seal: [] });

    const second = await twoOpen();
    await second.other.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: NEW, rotateKey: true });
    await expect(second.app.listEntries(undefined)).rejects.toMatchObject(locked);
    expect(second.told()).toBe(1);
  });

  it('leaves the session open when only the passphrase changed (the key is the same)', async () => {
    const { app, other, told, reopened } = await twoOpen();
    await other.changePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: NEW, rotateKey: false });
    await other.addEntry(entry({ mood: 4, note: 'from the other' }));
    await app.addEntry(entry({ mood: 6, note: 'after' }));
    expect((await app.listEntries(undefined)).entries.map((e) => e.note).sort()).toEqual(['after', 'before', 'from the other']);
    expect(told()).toBe(0);
    expect(await reopened(NEW)).toEqual({ notes: ['after', 'before', 'from the other'], corrupt: [], seal: [] });
  });

  it('still takes in ordinary changes of the other process, at either seal shape (a head or a whole manifest)', async () => {
    const { app, other, told, vaultDir } = await twoOpen();
    const shapes = new Set<boolean>();
    for (let i = 0; i < 3; i++) {
      await other.addEntry(entry({ mood: i, note: `other ${i}` }));
      const db = openDatabase(join(vaultDir, VAULT_FILE), { mustExist: true });
      shapes.add(new RecordStore(db).manifestTop()!.hasBase);
      db.close();
      expect((await app.listEntries(undefined)).entries).toHaveLength(2 + i);
    }
    expect(shapes).toEqual(new Set([true, false]));
    expect(told()).toBe(0);
  });
});

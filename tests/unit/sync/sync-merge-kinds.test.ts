// A change another computer sent for an id this journal holds as a record of another kind is passed
// over, and a deletion takes out the record of the kind this journal holds: the merge knows each
// record's kind from the ledger, and every stamp of the round from one read.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { SyncSession } from '../../../electron/service/sync-session';
import { sealChangeFile } from '../../../electron/sync/change-file';
import type { Change } from '../../../electron/sync/merge';
import { publishChangeFile } from '../../../electron/sync/sync-folder';
import { loadSodium } from '../../../electron/vault/sodium';
import { entry, freshService, tempDir } from '../../support/vault';

const cleanups = cleanupAfterEach();

it('passes over a change naming a record of another kind, and deletes by the kind held here', async () => {
  const v = await freshService();
  cleanups.push(v.cleanup);
  const t = tempDir();
  cleanups.push(t.cleanup);
  const folder = join(t.dir, 'sync');
  const session = new SyncSession(v.service);
  await session.syncSetUp({ folder });
  const kept = await v.service.addEntry(entry({ mood: 4, note: 'kept', interactions: [{ person: 'Noor', kinds: ['practical'] }] }));
  const gone = await v.service.addEntry(entry({ mood: 6, note: 'deleted over there' }));
  await session.syncRound();
  const noor = (await v.service.listPeople(undefined))[0]!;

  const other = 'b'.repeat(32);
  const later = { wall: Date.now() + 60_000, count: 0, device: other };
  const body = { occurredAt: '2026-11-25T09:30:00+01:00', mood: 1, note: 'an entry under a person’s id', tags: [], interactions: [], createdAt: 'x', updatedAt: 'x' };
  const changes: Change[] = [
    { kind: 'entry', id: noor.id, hlc: later, body },
    { kind: 'entry', id: gone.id, hlc: { ...later, count: 1 }, body: null },
  ];
  await v.service.withLockedJournal(async (journal) => {
    const { cipher, vaultId } = journal.syncParts();
    await publishChangeFile(folder, other, 1, sealChangeFile(await loadSodium(), cipher.syncFolderKey(), vaultId, { device: other, seq: 1 }, changes));
  });

  expect(await session.syncRound()).toMatchObject({ applied: 1, skipped: [] });
  expect((await v.service.listEntries(undefined)).entries.map((e) => e.id)).toEqual([kept.id]);
  expect((await v.service.listPeople(undefined)).map((p) => [p.id, p.name])).toEqual([[noor.id, 'Noor']]);
  expect((await v.service.verify(undefined)).corrupt).toEqual([]);
  expect((await v.service.verify(undefined)).seal).toEqual([]);
});

// Unlocking starts the second thread only for a journal large enough to repay it (WORKER_MIN_RECORDS):
// a smaller one is opened on the calling thread alone. Both open every record. Real journals, real
// SQLite and libsodium; the worker's start is only watched.
import { afterEach, expect, it, vi } from 'vitest';
import { UnlockWorker, WORKER_MIN_RECORDS } from '../../../electron/vault/unlock-worker';
import { cleanupAfterEach } from '../../support/cleanups';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const cleanups = cleanupAfterEach();
afterEach(() => vi.restoreAllMocks());

/** A journal of `count` entries, locked; then unlocked again with the worker's start watched. */
async function unlockJournalOf(count: number) {
  const v = await freshService();
  cleanups.push(v.cleanup);
  const notes = Array.from({ length: count }, (_, i) => `entry ${i}`);
  await v.service.addEntries(notes.map((note, i) => entry({ mood: (i % 10) + 1, support: ((i + 3) % 10) + 1, note })));
  await v.service.lock();
  const start = vi.spyOn(UnlockWorker, 'start');
  await v.service.unlock({ passphrase: PASSPHRASE });
  const listed = await v.service.listEntries({ limit: 100_000 });
  return { start, notes, listed: listed.entries.map((e) => e.note) };
}

it('opens a small journal on this thread alone, every entry of it', async () => {
  const { start, notes, listed } = await unlockJournalOf(25);
  expect(start).not.toHaveBeenCalled();
  expect(listed.sort()).toEqual(notes.sort());
});

it('starts the worker once the journal holds WORKER_MIN_RECORDS records, and opens every entry with it', async () => {
  const { start, notes, listed } = await unlockJournalOf(WORKER_MIN_RECORDS);
  expect(start).toHaveBeenCalledTimes(1);
  expect(listed.sort()).toEqual(notes.sort());
});

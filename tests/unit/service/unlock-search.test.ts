// At unlock the worker thread reads the note and tags of the entries it opens and scans their search
// texts; the main thread files those scans. Whatever the notes hold, a journal opened that way has
// the same search index, and searches exactly, as one opened on this thread alone, where each text
// is scanned as it is put.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import type { JournalIndex } from '../../../electron/service/journal-index';
import { loadJournal } from '../../../electron/service/load-journal';
import { openDatabase } from '../../../electron/store/database';
import { RecordStore } from '../../../electron/store/record-store';
import { openWithPassphrase } from '../../../electron/vault/key-manager';
import { RecordCipher } from '../../../electron/vault/record-cipher';
import { loadSodium } from '../../../electron/vault/sodium';
import { UnlockWorker } from '../../../electron/vault/unlock-worker';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

const UNITS = ['a', 'b', 'ab', 'AB', 'Walk', ' ', '  ', '#', '-', '.', ',', '\n', '"', '\\', 'é', 'É', 'İ', 'Σ', 'ß', '😀', '👍🏽', '𝔄', '中文', '\u0000'];
const note = fc.oneof(
  fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
/** A journal index's search index, but for the scratch its scanner keeps between writes. */
function searchState(index: JournalIndex): Record<string, unknown> {
  const { scanner: _scanner, ...state } = (index as unknown as { search: Record<string, unknown> }).search;
  return state;
}

const tags = fc.array(fc.constantFrom('moving', 'Éa', 'x-y', '😀 day', 'ÜBER'), { maxLength: 3 });

it('opens a journal on two threads that searches exactly as one opened on one thread', async () => {
  const v = await freshService();
  cleanup = v.cleanup;
  const sodium = await loadSodium();
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ note, tags }), { minLength: 1, maxLength: 120 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 10 })), { minLength: 1, maxLength: 30 }),
      async (entries, cuts) => {
        await v.service.unlock({ passphrase: PASSPHRASE });
        await v.service.addEntries(entries.map((e) => entry({ ...e, occurredAt: '2026-03-01T12:00:00+01:00' })));
        await v.service.lock();

        const db = openDatabase(join(v.vaultDir, 'hearth.db'), { mustExist: true });
        try {
          const store = new RecordStore(db);
          const dataKey = (await openWithPassphrase(sodium, store, store.vaultId()!, PASSPHRASE))!;
          const cipher = new RecordCipher(sodium, dataKey);
          const rows = store.all();
          const single = await loadJournal(rows, cipher);
          const parallel = await loadJournal(rows, cipher, { worker: UnlockWorker.start(rows), dataKey: dataKey.slice() });
          // A worker that opens every chunk (this thread claims none), so each entry comes with its scan.
          const worker = UnlockWorker.start(rows);
          const claimsAll = Object.assign(Object.create(worker) as UnlockWorker, { claim: () => -1 });
          const byWorker = await loadJournal(rows, cipher, { worker: claimsAll, dataKey: dataKey.slice() });
          expect(parallel.corrupt).toEqual([]);
          expect(byWorker.corrupt).toEqual([]);
          // The worker posts its chunks in order, so the entries take the same slots as on one thread: the same index.
          expect(searchState(byWorker.index)).toEqual(searchState(single.index));

          // Needles cut from the notes as written (the search lower-cases them), and across tags.
          const written = single.index.namedEntries().map((e) => `${e.note}\n${e.tags.map((t) => `#${t}`).join('\n')}`);
          const needles = cuts
            .map(([n, from, length]) => {
              const text = written[n % written.length]!;
              const at = text.length === 0 ? 0 : from % text.length;
              return text.slice(at, at + length);
            })
            .filter((needle) => needle.trim().length > 0);
          for (const search of needles) {
            const ids = (index: typeof single.index) => index.list({ search }).entries.map((e) => e.id);
            expect(ids(parallel.index)).toEqual(ids(single.index));
            expect(ids(byWorker.index)).toEqual(ids(single.index));
          }
          expect(parallel.index.namedEntries()).toEqual(single.index.namedEntries());
          expect(byWorker.index.namedEntries()).toEqual(single.index.namedEntries());
          cipher.wipe();
        } finally {
          db.close();
        }
      },
    ),
    { numRuns: 6 },
  );
});

// Opening the journal on two threads gives exactly what one thread gives, damaged records included.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadJournal } from '../../../electron/service/load-journal';
import { openDatabase } from '../../../electron/store/database';
import { RecordStore } from '../../../electron/store/record-store';
import { openWithPassphrase } from '../../../electron/vault/key-manager';
import { RecordCipher } from '../../../electron/vault/record-cipher';
import { loadSodium } from '../../../electron/vault/sodium';
import { UnlockWorker } from '../../../electron/vault/unlock-worker';
import { generateJournal } from '../../../bench/generate-journal';
import { freshService, PASSPHRASE } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

it('the worker half and the main half agree with a single-threaded load, and both find damage', async () => {
  const v = await freshService();
  cleanup = v.cleanup;
  await v.service.addEntries(generateJournal({ entries: 300, people: 12, years: 1, endDate: '2026-11-24', seed: 3 }));
  await v.service.lock();

  // Damage one record early in the table (the main thread's half) and one late (the worker's half).
  const raw = new Database(join(v.vaultDir, 'hearth.db'));
  const ids = (raw.prepare("SELECT id FROM records WHERE kind = 'entry' ORDER BY rowid").all() as Array<{ id: string }>).map((r) => r.id);
  const damaged = [ids[5]!, ids[ids.length - 5]!];
  for (const id of damaged) {
    const row = raw.prepare('SELECT box FROM records WHERE id = ?').get(id) as { box: Buffer };
    row.box[10]! ^= 0x40;
    raw.prepare('UPDATE records SET box = ? WHERE id = ?').run(row.box, id);
  }
  raw.close();

  const sodium = await loadSodium();
  const db = openDatabase(join(v.vaultDir, 'hearth.db'), { mustExist: true });
  const store = new RecordStore(db);
  const dataKey = (await openWithPassphrase(sodium, store, store.vaultId()!, PASSPHRASE))!;
  const cipher = new RecordCipher(sodium, dataKey);
  const single = await loadJournal(store.all(), cipher);
  const parallel = await loadJournal(store.all(), cipher, { worker: UnlockWorker.start(), dataKey: dataKey.slice() });
  db.close();

  expect(single.corrupt.map((c) => c.id).sort()).toEqual([...damaged].sort());
  expect(parallel.corrupt.map((c) => c.id).sort()).toEqual([...damaged].sort());
  expect(parallel.index.namedEntries()).toEqual(single.index.namedEntries());
  expect(parallel.index.namedEntries()).toHaveLength(298);
  expect(parallel.index.allPeople().sort((a, b) => a.id.localeCompare(b.id))).toEqual(single.index.allPeople().sort((a, b) => a.id.localeCompare(b.id)));
  expect(parallel.index.settings).toEqual(single.index.settings);
});

it('a worker that dies fails the load instead of hanging', async () => {
  const worker = UnlockWorker.start();
  await worker.terminate();
  await expect(worker.open(new Uint8Array(32), [])).rejects.toThrow(/exited/);
});

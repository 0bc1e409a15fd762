// Opening the journal on two threads gives exactly what one thread gives, damaged records included,
// and a worker that dies only costs time.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadJournal } from '../../../electron/service/load-journal';
import { openDatabase } from '../../../electron/store/database';
import { RecordStore } from '../../../electron/store/record-store';
import { openWithPassphrase } from '../../../electron/vault/key-manager';
import { RecordCipher } from '../../../electron/vault/record-cipher';
import { loadSodium } from '../../../electron/vault/sodium';
import { CHUNK_RECORDS, UnlockWorker } from '../../../electron/vault/unlock-worker';
import { generateJournal } from '../../../bench/generate-journal';
import { freshService, PASSPHRASE } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

it('both threads together agree with a single-threaded load, and both find damage', async () => {
  const v = await freshService();
  cleanup = v.cleanup;
  await v.service.addEntries(generateJournal({ entries: 300, people: 12, years: 1, endDate: '2026-11-24', seed: 3 }));
  await v.service.lock();

  // Damage one record early in the table and one late: whichever thread opens them must say so.
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
  const rows = store.all();
  const parallel = await loadJournal(rows, cipher, { worker: UnlockWorker.start(rows), dataKey: dataKey.slice() });
  const dead = UnlockWorker.start(rows);
  await dead.terminate();
  const fallback = await loadJournal(rows, cipher, { worker: dead, dataKey: dataKey.slice() });

  expect(single.corrupt.map((c) => c.id).sort()).toEqual([...damaged].sort());
  expect(parallel.corrupt.map((c) => c.id).sort()).toEqual([...damaged].sort());
  expect(parallel.index.namedEntries()).toEqual(single.index.namedEntries());
  expect(parallel.index.namedEntries()).toHaveLength(298);
  expect(parallel.index.allPeople().sort((a, b) => a.id.localeCompare(b.id))).toEqual(single.index.allPeople().sort((a, b) => a.id.localeCompare(b.id)));
  expect(parallel.index.settings).toEqual(single.index.settings);
  // A worker that died opens nothing; this thread opens every chunk instead of hanging.
  expect(fallback.index.namedEntries()).toEqual(single.index.namedEntries());
  expect(fallback.corrupt.map((c) => c.id).sort()).toEqual([...damaged].sort());

  // The worker alone, with nothing claimed here: it opens every chunk, exactly as this thread does.
  const alone = UnlockWorker.start(rows);
  alone.begin(dataKey.slice());
  const texts: Array<string | null> = [];
  for (let n = 0; n < alone.chunks; n++) {
    const { chunk, texts: opened } = await alone.next();
    texts.splice(chunk * CHUNK_RECORDS, opened.length, ...opened);
  }
  await alone.terminate();
  expect(alone.claim()).toBe(-1);
  expect(texts).toEqual(rows.map((row) => (damaged.includes(row.id) ? null : cipher.openText(row))));
  db.close();
});

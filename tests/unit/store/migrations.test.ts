import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { checkpointAndClose, openDatabase } from '../../../electron/store/database';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { tempDir } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

it('migrates an empty database to the newest schema with the durability settings', () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const db = openDatabase(join(t.dir, 'hearth.db'), { mustExist: false });
  expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  expect(db.pragma('secure_delete', { simple: true })).toBe(1);
  expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  expect(tables).toEqual(['keyslots', 'manifest', 'manifest_base', 'manifest_deltas', 'records', 'sync_device', 'sync_peers', 'sync_stamps', 'vault']);
  // Sync state: in the clear only ids, kinds, sequence numbers and flags; the rest is in boxes.
  const columnsOf = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
  expect(columnsOf('sync_device')).toEqual(['singleton', 'device_id', 'next_seq', 'nonce', 'box']);
  expect(columnsOf('sync_peers')).toEqual(['device_id', 'next_seq', 'forgotten', 'nonce', 'box']);
  expect(columnsOf('sync_stamps')).toEqual(['id', 'kind', 'published', 'nonce', 'box']);
  // The seal's log: in the clear only counters.
  expect(columnsOf('manifest')).toEqual(['singleton', 'counter', 'nonce', 'box']);
  expect(columnsOf('manifest_base')).toEqual(['singleton', 'counter', 'nonce', 'box']);
  expect(columnsOf('manifest_deltas')).toEqual(['counter', 'nonce', 'box']);
  const columns = (db.prepare('PRAGMA table_info(records)').all() as Array<{ name: string }>).map((c) => c.name);
  expect(columns).toEqual(['id', 'kind', 'format', 'schema', 'nonce', 'box', 'version']);
  checkpointAndClose(db);
  // Re-opening runs no step twice.
  const again = openDatabase(join(t.dir, 'hearth.db'), { mustExist: true });
  expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  again.close();
});

it('refuses a database from a newer Hearth instead of guessing', () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const file = join(t.dir, 'hearth.db');
  const raw = new Database(file);
  raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
  raw.close();
  expect(() => openDatabase(file, { mustExist: true })).toThrow(/schema version/);
});

it('refuses to create a file when one must exist', () => {
  const t = tempDir();
  cleanup = t.cleanup;
  expect(() => openDatabase(join(t.dir, 'missing.db'), { mustExist: true })).toThrow();
});

it('brings a journal of the first schema to the change counter: its records at version 0, no seal yet', () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const file = join(t.dir, 'hearth.db');
  const raw = new Database(file);
  raw.exec(MIGRATIONS[0]!);
  raw.pragma('user_version = 1');
  raw.prepare("INSERT INTO records (id, kind, format, schema, nonce, box) VALUES ('a', 'entry', 1, 1, x'00', x'00')").run();
  raw.close();
  const db = openDatabase(file, { mustExist: true });
  expect(db.prepare('SELECT id, version FROM records').all()).toEqual([{ id: 'a', version: 0 }]);
  expect(db.prepare('SELECT counter, nonce, box FROM manifest').all()).toEqual([{ counter: 0, nonce: null, box: null }]);
  db.close();
});

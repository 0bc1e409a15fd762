// Schema step 5 changes no table: it marks a journal as written under the operating-system write
// lock (hearth.writer), so an older Hearth, which knows only the hearth.lock file, refuses it rather
// than writing beside a newer one. A journal of step 4 comes through it whole.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { cleanupAfterEach } from '../../support/cleanups';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const cleanups = cleanupAfterEach();

it('brings a journal of step 4 to step 5 with every record, its seal and its counter, and it takes writes after', async () => {
  const v = await freshService();
  cleanups.push(v.cleanup);
  const notes = ['first', 'second', 'third'];
  for (const note of notes) await v.service.addEntry(entry({ mood: 5, support: 6, note, interactions: [{ person: 'Sam' }] }));
  const before = await v.service.verify();
  v.service.close();

  // Step 5 adds no table, so a journal of step 4 is this one with user_version 4.
  const file = join(v.vaultDir, 'hearth.db');
  const raw = new Database(file);
  expect(MIGRATIONS).toHaveLength(5);
  raw.pragma('user_version = 4');
  const rows = raw.prepare('SELECT id, kind, version, nonce, box FROM records ORDER BY id').all();
  const counter = raw.prepare('SELECT counter FROM manifest').pluck().get();
  raw.close();

  const service = v.reopen();
  cleanups.push(() => service.close());
  await service.unlock({ passphrase: PASSPHRASE });
  expect(service.sealProblems()).toEqual([]);
  expect(await service.verify()).toEqual(before);
  expect((await service.listEntries(undefined)).entries.map((e) => e.note).sort()).toEqual([...notes].sort());
  await service.addEntry(entry({ mood: 7, support: 7, note: 'after the step' }));
  service.close();

  const after = new Database(file, { readonly: true });
  expect(after.pragma('user_version', { simple: true })).toBe(5);
  const kept = after.prepare('SELECT id, kind, version, nonce, box FROM records ORDER BY id').all() as Array<{ id: string }>;
  expect(kept.filter((r) => rows.some((old) => (old as { id: string }).id === r.id))).toEqual(rows);
  expect(after.prepare('SELECT counter FROM manifest').pluck().get()).toBe((counter as number) + 1);
  after.close();
});

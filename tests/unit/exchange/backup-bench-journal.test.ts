// The benchmark's 11,000-entry journal survives a backup and a restore into a new journal exactly.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../electron/ipc/dispatch';
import { DEFAULT_SHAPE, generateJournal } from '../../../bench/generate-journal';
import { folderDialogs } from '../../support/folder-dialogs';
import { freshService, PASSPHRASE } from '../../support/vault';

const SHARE = 'harbor-pickle-canyon-velvet-orbit-maple';
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

it('a backup of the 11,000-entry bench journal restores to the same journal', { timeout: 240_000 }, async () => {
  const a = await freshService();
  const b = await freshService();
  cleanups.push(a.cleanup, b.cleanup);
  await a.service.addEntries(generateJournal(DEFAULT_SHAPE));
  await a.service.updateSettings({ weekStartsOn: 0, theme: 'light' });

  const saved = await dispatch(createHandlers(a.service, a.dialogs), 'exportBackup', { passphrase: SHARE });
  expect(saved).toMatchObject({ ok: true, value: { saved: true } });
  const [file] = readdirSync(a.filesDir);

  // b's dialogs open the file a saved.
  const handlers = createHandlers(b.service, folderDialogs(a.filesDir));
  const opened = await dispatch(handlers, 'openImport', { format: 'backup', passphrase: SHARE });
  if (!opened.ok || !(opened.value as { opened: boolean }).opened) throw new Error(`not opened: ${JSON.stringify(opened)}`);
  const summary = (opened.value as { summary: { importId: string; entries: number; journalEmpty: boolean } }).summary;
  expect(summary).toMatchObject({ entries: DEFAULT_SHAPE.entries, journalEmpty: true });
  const committed = await dispatch(handlers, 'commitImport', { importId: summary.importId, mode: 'replace' });
  expect(committed).toEqual({ ok: true, value: { added: DEFAULT_SHAPE.entries, updated: 0, skipped: 0 } });

  expect(join(a.filesDir, file!)).toMatch(/\.hearthbackup$/);
  expect(await b.service.listEntries(undefined)).toEqual(await a.service.listEntries(undefined));
  expect(await b.service.listPeople({ includeArchived: true })).toEqual(await a.service.listPeople({ includeArchived: true }));
  expect(await b.service.getSettings()).toEqual(await a.service.getSettings());
  expect(await b.service.insights(undefined)).toEqual(await a.service.insights(undefined));

  // And it survives a lock: what was restored is on disk, not only in memory.
  await b.service.lock();
  await b.service.unlock({ passphrase: PASSPHRASE });
  expect((await b.service.listEntries({ limit: 1 })).total).toBe(DEFAULT_SHAPE.entries);
});

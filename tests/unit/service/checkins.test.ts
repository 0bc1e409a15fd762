// Check-ins as records of their own kind: saved, listed, deleted and due through the contract's
// handlers on a real SQLite journal with real libsodium; sealed (no answer in the clear), covered by
// the journal's seal, in backups and restores, and in the portable exports.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import type { Results } from '../../../shared/api';
import { HearthError } from '../../../shared/errors';
import type { Method } from '../../../shared/schemas';
import { createHandlers, dispatch } from '../../../electron/ipc/dispatch';
import { VAULT_FILE } from '../../../electron/service/paths';
import { freshService, PASSPHRASE } from '../../support/vault';

const SHARE = 'maple-orbit-velvet-canyon-pickle-harbor';
const cleanups = cleanupAfterEach();

async function setup(now = () => new Date('2026-11-20T12:00:00Z')) {
  const v = await freshService({ now });
  cleanups.push(v.cleanup);
  const handlers = createHandlers(v.service, v.dialogs);
  async function call<M extends Method>(method: M, arg?: unknown): Promise<Results[M]> {
    const envelope = await dispatch(handlers, method, arg);
    if (!envelope.ok) throw HearthError.fromInfo(envelope.error);
    return envelope.value as Results[M];
  }
  return { ...v, call };
}

function rowsOnDisk(vaultDir: string): Array<{ kind: string; box: Buffer }> {
  const db = new Database(join(vaultDir, VAULT_FILE), { readonly: true });
  try {
    return db.prepare('SELECT kind, box FROM records ORDER BY kind').all() as Array<{ kind: string; box: Buffer }>;
  } finally {
    db.close();
  }
}

const MSPSS = [7, 6, 1, 2, 5, 3, 4, 1, 3, 6, 2, 2];

describe('check-in records', () => {
  it('are saved with their scores, listed newest first, kept sealed across a lock, and deleted', async () => {
    const a = await setup();
    const first = await a.call('saveCheckin', { instrument: 'who5', date: '2026-11-01', answers: [3, 2, 4, 1, 2] });
    expect(first).toMatchObject({ instrument: 'who5', date: '2026-11-01', answers: [3, 2, 4, 1, 2], scores: { raw: 12, score: 48 } });
    await a.call('saveCheckin', { instrument: 'mspss', date: '2026-11-18', answers: MSPSS });
    await a.call('saveCheckin', { instrument: 'ucla3', date: '2026-11-10', answers: [2, 3, 1, 3] });
    const listed = await a.call('listCheckins');
    expect(listed.map((c) => c.date)).toEqual(['2026-11-18', '2026-11-10', '2026-11-01']);
    expect(listed[0]!.scores).toEqual({ total: 3.5, significantOther: 6, family: 1.5, friends: 3 });
    expect((await a.call('listCheckins', { instrument: 'ucla3' }))[0]!.scores).toEqual({ total: 6, lonely: 3 });
    expect((await a.call('listCheckins', { from: '2026-11-05', to: '2026-11-15' })).map((c) => c.instrument)).toEqual(['ucla3']);

    // Of their own kind, each box opaque, and covered by the seal.
    const rows = rowsOnDisk(a.vaultDir);
    expect(rows.map((r) => r.kind)).toEqual(['checkin', 'checkin', 'checkin', 'settings']);
    for (const r of rows) expect(r.box.includes('2026-11')).toBe(false);
    expect(await a.service.verify()).toEqual({ records: 4, corrupt: [], seal: [] });

    await a.service.lock();
    await a.service.unlock({ passphrase: PASSPHRASE });
    expect(await a.call('listCheckins')).toEqual(listed);

    await a.call('deleteCheckin', { id: first.id });
    expect((await a.call('listCheckins')).map((c) => c.instrument)).toEqual(['mspss', 'ucla3']);
    await expect(a.call('deleteCheckin', { id: first.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await a.service.verify()).toMatchObject({ records: 3, seal: [] });
  });

  it('a check-in row deleted behind Hearth’s back is named by the seal', async () => {
    const a = await setup();
    const saved = await a.call('saveCheckin', { instrument: 'ucla3', date: '2026-11-10', answers: [1, 1, 1, 1] });
    const db = new Database(join(a.vaultDir, VAULT_FILE));
    db.prepare('DELETE FROM records WHERE id = ?').run(saved.id);
    db.close();
    expect((await a.service.verify()).seal).toEqual([{ id: saved.id, kind: 'checkin', problem: 'missing' }]);
  });

  it('refuses wrong answers naming the item, a day after today, and a second WHO-5 within 14 days', async () => {
    const a = await setup();
    await expect(a.call('saveCheckin', { instrument: 'who5', date: '2026-11-01', answers: [3, 2, 9, 1, 2] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Item 3 of the WHO-5'),
    });
    await expect(a.call('saveCheckin', { instrument: 'mspss', date: '2026-11-01', answers: [1, 2] })).rejects.toMatchObject({
      message: expect.stringContaining('takes 12 answers'),
    });
    await expect(a.call('saveCheckin', { instrument: 'ucla3', date: '2026-11-21', answers: [1, 1, 1, 1] })).rejects.toMatchObject({ field: 'date' });
    await a.call('saveCheckin', { instrument: 'who5', date: '2026-11-01', answers: [5, 5, 5, 5, 5] });
    await expect(a.call('saveCheckin', { instrument: 'who5', date: '2026-11-14', answers: [5, 5, 5, 5, 5] })).rejects.toMatchObject({
      message: expect.stringContaining('answered on 2026-11-01'),
    });
    expect(await a.call('saveCheckin', { instrument: 'who5', date: '2026-11-15', answers: [5, 5, 5, 5, 5] })).toMatchObject({ scores: { score: 100 } });
    expect(rowsOnDisk(a.vaultDir).map((r) => r.kind)).toEqual(['checkin', 'checkin', 'settings']);
  });

  it('are due once turned on, hidden until tomorrow by "later", and never recorded until touched', async () => {
    let clock = Date.parse('2026-11-20T12:00:00Z');
    const a = await setup(() => new Date(clock));
    expect((await a.call('getSettings')).checkins).toBeUndefined();
    expect(await a.call('dueCheckins')).toEqual([]);
    await a.call('setCheckin', { instrument: 'who5', change: 'on' });
    await a.call('setCheckin', { instrument: 'ucla3', change: 'on' });
    expect(await a.call('dueCheckins')).toEqual(['who5', 'ucla3']);
    const later = await a.call('setCheckin', { instrument: 'ucla3', change: 'later' });
    expect(later.checkins).toEqual({ who5: { on: true }, ucla3: { on: true, laterUntil: '2026-11-21' } });
    expect(await a.call('dueCheckins')).toEqual(['who5']);
    await a.call('saveCheckin', { instrument: 'who5', date: '2026-11-20', answers: [3, 3, 3, 3, 3] });
    expect(await a.call('dueCheckins')).toEqual([]);
    clock += 86_400_000;
    expect(await a.call('dueCheckins')).toEqual(['ucla3']);
    await a.call('setCheckin', { instrument: 'ucla3', change: 'off' });
    expect(await a.call('dueCheckins')).toEqual([]);
    clock += 13 * 86_400_000;
    expect(await a.call('dueCheckins')).toEqual(['who5']);
  });
});

describe('check-ins leave the journal', () => {
  it('in a backup, restored by replace into a new journal (with which are on) and by merge without doubles', async () => {
    const a = await setup();
    await a.call('setCheckin', { instrument: 'mspss', change: 'on' });
    await a.call('saveCheckin', { instrument: 'mspss', date: '2026-11-18', answers: MSPSS });
    await a.call('saveCheckin', { instrument: 'who5', date: '2026-11-01', answers: [0, 0, 0, 0, 0] });
    expect((await a.service.backupRecords()).filter((r) => r.kind === 'checkin')).toHaveLength(2);
    await a.call('exportBackup', { passphrase: SHARE });
    const backupFile = readdirSync(a.filesDir)[0]!;
    // Encrypted: no answer's date in the clear.
    expect(readFileSync(join(a.filesDir, backupFile)).includes('2026-11-18')).toBe(false);

    const b = await setup();
    writeFileSync(join(b.filesDir, backupFile), readFileSync(join(a.filesDir, backupFile)));
    const opened = await b.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!opened.opened) throw new Error('not opened');
    await b.call('commitImport', { importId: opened.summary.importId, mode: 'replace' });
    const restored = await b.call('listCheckins');
    expect(restored).toEqual(await a.call('listCheckins'));
    expect((await b.call('getSettings')).checkins).toEqual({ mspss: { on: true } });
    await b.service.lock();
    await b.service.unlock({ passphrase: PASSPHRASE });
    expect(await b.call('listCheckins')).toEqual(restored);
    expect(await b.service.verify()).toMatchObject({ corrupt: [], seal: [] });

    // Merging the same backup again adds no second copy.
    const again = await b.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!again.opened) throw new Error('not opened');
    await b.call('commitImport', { importId: again.summary.importId, mode: 'merge' });
    expect(await b.call('listCheckins')).toHaveLength(2);
  });

  it('in portable JSON and CSV, with their answers and scores', async () => {
    const a = await setup();
    const who5 = await a.call('saveCheckin', { instrument: 'who5', date: '2026-11-01', answers: [3, 2, 4, 1, 2] });
    const ucla3 = await a.call('saveCheckin', { instrument: 'ucla3', date: '2026-11-10', answers: [2, 3, 1, 3] });
    await a.call('exportData', { format: 'json', confirmedUnencrypted: true });
    const json = readdirSync(a.filesDir).find((n) => n.endsWith('.json'))!;
    const data = JSON.parse(readFileSync(join(a.filesDir, json), 'utf8')) as { checkins: unknown[] };
    expect(data.checkins).toEqual([
      { id: ucla3.id, instrument: 'ucla3', date: '2026-11-10', answers: [2, 3, 1, 3], scores: { total: 6, lonely: 3 }, createdAt: ucla3.createdAt },
      { id: who5.id, instrument: 'who5', date: '2026-11-01', answers: [3, 2, 4, 1, 2], scores: { raw: 12, score: 48 }, createdAt: who5.createdAt },
    ]);
    const csv = await a.call('exportData', { format: 'csv', confirmedUnencrypted: true });
    if (!csv.saved) throw new Error('not saved');
    const text = readFileSync(join(a.filesDir, csv.fileName, 'checkins.csv'), 'utf8');
    expect(text).toBe(
      '\uFEFFid,instrument,date,answers,total,significant_other,family,friends,raw,score,lonely,created_at\r\n' +
        `${ucla3.id},ucla3,2026-11-10,2 | 3 | 1 | 3,6,,,,,,3,${ucla3.createdAt}\r\n` +
        `${who5.id},who5,2026-11-01,3 | 2 | 4 | 1 | 2,,,,,12,48,,${who5.createdAt}\r\n`,
    );
  });
});

// Reports, backups, portable data and imports through the contract: the real service on a temp
// vault, the handler table, and a folder standing in for the native dialogs.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { deriveBackupKey } from '../../../electron/backup/backup-key';
import { openBackup, readBackupHeader } from '../../../electron/backup/backup-reader';
import { Exchange, type LockBackupOutcome } from '../../../electron/service/exchange';
import type { Results } from '../../../shared/api';
import { HearthError } from '../../../shared/errors';
import type { Method } from '../../../shared/schemas';
import { createHandlers, dispatch } from '../../../electron/ipc/dispatch';
import type { HearthService } from '../../../electron/service/hearth-service';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const SHARE = 'maple-orbit-velvet-canyon-pickle-harbor';
const cleanups = cleanupAfterEach();

async function setup(now?: () => Date) {
  const v = await freshService(now ? { now } : {});
  cleanups.push(v.cleanup);
  const handlers = createHandlers(v.service, v.dialogs);
  async function call<M extends Method>(method: M, arg?: unknown): Promise<Results[M]> {
    const envelope = await dispatch(handlers, method, arg);
    if (!envelope.ok) throw HearthError.fromInfo(envelope.error);
    return envelope.value as Results[M];
  }
  return { ...v, call };
}

async function failure(p: Promise<unknown>): Promise<HearthError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HearthError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}

async function sampleJournal(service: HearthService) {
  await service.addEntry(entry({ occurredAt: '2026-10-03T09:00:00+02:00', mood: 6, support: 7, note: 'Walk with Sam', tags: ['walk'], interactions: [{ person: 'Sam Rivera', relationship: 'friend', kinds: ['companionship'] }] }));
  await service.addEntry(entry({ occurredAt: '2026-10-05T20:00:00+02:00', mood: 3, support: 2, stress: 8, note: 'Hard day', interactions: [{ person: 'Alex Kim', relationship: 'family', kinds: ['emotional'], felt: 2 }] }));
  await service.addEntry(entry({ occurredAt: '2026-11-01T10:00:00+01:00', mood: 8, support: 9, note: 'Dinner', tags: ['food'] }));
}

describe('backup and restore', () => {
  it('a backup restores by replace into a new journal exactly, and merging it again changes nothing', async () => {
    const a = await setup();
    await sampleJournal(a.service);
    await a.service.updateSettings({ theme: 'dark', weekStartsOn: 0 });
    await a.service.setCare({ reachOut: true, helplineCountry: 'IE' });
    expect(await a.call('exportBackup', { passphrase: SHARE })).toEqual({ saved: true, fileName: expect.stringMatching(/^hearth-backup-\d{4}-\d{2}-\d{2}\.hearthbackup$/) });
    const backupFile = readdirSync(a.filesDir)[0]!;

    const b = await setup();
    writeFileSync(join(b.filesDir, backupFile), readFileSync(join(a.filesDir, backupFile)));
    const opened = await b.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!opened.opened) throw new Error('not opened');
    expect(opened.summary).toMatchObject({ entries: 3, newEntries: 3, duplicates: 0, newPeople: 2, from: '2026-10-03', to: '2026-11-01', journalEmpty: true });
    expect(await b.call('commitImport', { importId: opened.summary.importId, mode: 'replace' })).toEqual({ added: 3, updated: 0, skipped: 0 });

    const before = await a.service.listEntries(undefined);
    const restored = await b.service.listEntries(undefined);
    expect(restored).toEqual(before);
    // Not recorded survives the backup as not recorded (toEqual alone would overlook an absent key).
    const [sam, alex] = ['Sam Rivera', 'Alex Kim'].map((name) => restored.entries.flatMap((e) => e.interactions).find((i) => i.person === name)!);
    expect(Object.keys(sam!).filter((k) => ['direction', 'felt', 'cost'].includes(k))).toEqual([]);
    expect(alex).toMatchObject({ felt: 2 });
    expect(Object.keys(alex!).filter((k) => ['direction', 'cost'].includes(k))).toEqual([]);
    expect(await b.service.listPeople({ includeArchived: true })).toEqual(await a.service.listPeople({ includeArchived: true }));
    expect(await b.service.getSettings()).toMatchObject({ theme: 'dark', weekStartsOn: 0, care: { reachOut: true, helplineCountry: 'IE' } });

    const again = await b.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!again.opened) throw new Error('not opened');
    expect(again.summary).toMatchObject({ newEntries: 0, duplicates: 3, updated: 0, journalEmpty: false });
    expect(await failure(b.call('commitImport', { importId: again.summary.importId, mode: 'replace' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'mode' });
    expect(await b.call('commitImport', { importId: again.summary.importId, mode: 'merge' })).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect(await b.service.listEntries(undefined)).toEqual(before);
  });

  it('merge keeps the newer version of each entry and adds the missing ones', async () => {
    let clock = Date.parse('2026-11-20T10:00:00Z');
    const now = () => new Date((clock += 1000));
    const a = await setup(now);
    const kept = await a.service.addEntry(entry({ mood: 5, support: 5, note: 'original' }));
    await a.call('exportBackup', { passphrase: SHARE });
    // After the backup: one entry edited here (newer than the backup), one added.
    await a.service.updateEntry({ id: kept.id, entry: entry({ mood: 9, support: 9, note: 'edited later' }) });
    await a.service.addEntry(entry({ mood: 4, support: 4, note: 'only here' }));
    const opened = await a.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!opened.opened) throw new Error('not opened');
    expect(await a.call('commitImport', { importId: opened.summary.importId })).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect((await a.service.getEntry({ id: kept.id })).note).toBe('edited later');
    expect((await a.service.listEntries(undefined)).total).toBe(2);
  });

  it('a wrong backup passphrase is refused with a clear sentence and changes nothing', async () => {
    const a = await setup();
    await sampleJournal(a.service);
    await a.call('exportBackup', { passphrase: SHARE });
    const error = await failure(a.call('openImport', { format: 'backup', passphrase: 'not the passphrase at all' }));
    expect(error.code).toBe('BACKUP_UNREADABLE');
    expect(error.message).toMatch(/passphrase is wrong or the file is damaged/);
    expect((await a.service.listEntries(undefined)).total).toBe(3);
  });

  it('an import left open is dropped on lock', async () => {
    const a = await setup();
    await a.call('exportBackup', { passphrase: SHARE });
    const opened = await a.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!opened.opened) throw new Error('not opened');
    await a.service.lock();
    await a.service.unlock({ passphrase: PASSPHRASE });
    expect((await failure(a.call('commitImport', { importId: opened.summary.importId }))).code).toBe('NOT_FOUND');
  });
});

/** The records of backup bytes, opened with the passphrase alone. */
async function readBackup(bytes: Uint8Array, passphrase: string) {
  return openBackup(bytes, await deriveBackupKey(passphrase, readBackupHeader(bytes).header.kdf));
}

describe('automatic backups', () => {
  it('backs up when turned on and on lock after a change, keeps the newest N, and never keeps the journal open on failure', async () => {
    let clock = Date.parse('2026-11-20T10:00:00Z');
    const now = () => new Date((clock += 60_000));
    const a = await setup(now);
    await sampleJournal(a.service);
    const settings = await a.call('enableAutoBackup', { passphrase: SHARE, keep: 2, trigger: 'lock' });
    const folder = settings.autoBackup!.folder;
    expect(settings.autoBackup).toMatchObject({ keep: 2, trigger: 'lock', lastError: null });
    expect(settings.autoBackup!.lastBackupAt).not.toBeNull();
    expect(readdirSync(folder)).toHaveLength(1);

    // No change since the last backup: locking writes nothing new.
    await a.service.lock();
    await a.service.lockBackupsSettled();
    expect(readdirSync(folder)).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      await a.service.unlock({ passphrase: PASSPHRASE });
      await a.service.addEntry(entry({ mood: i, support: i, note: `change ${i}` }));
      await a.service.lock();
      await a.service.lockBackupsSettled();
    }
    const names = readdirSync(folder).sort();
    expect(names).toHaveLength(2);
    expect(names.every((n) => /^hearth-auto-\d{8}T\d{6}Z\.hearthbackup$/.test(n))).toBe(true);

    // The newest automatic backup holds the last change.
    await a.service.unlock({ passphrase: PASSPHRASE });
    const b = await setup();
    writeFileSync(join(b.filesDir, 'restore.hearthbackup'), readFileSync(join(folder, names[1]!)));
    const opened = await b.call('openImport', { format: 'backup', passphrase: SHARE });
    if (!opened.opened) throw new Error('not opened');
    expect(opened.summary.entries).toBe(6);

    // A folder that disappeared: the failure is recorded, the lock still happens.
    await a.service.addEntry(entry({ mood: 1, support: 1 }));
    rmSync(folder, { recursive: true });
    await a.service.lock();
    expect((await a.service.status()).unlocked).toBe(false);
    await a.service.lockBackupsSettled();
    await a.service.unlock({ passphrase: PASSPHRASE });
    expect((await a.service.getSettings()).autoBackup!.lastError).toMatch(/Could not|folder/);
  });

  it('locks before writing the backup: a folder that never answers does not keep the journal open', async () => {
    let clock = Date.parse('2026-11-20T10:00:00Z');
    const a = await setup(() => new Date((clock += 60_000)));
    await a.call('enableAutoBackup', { passphrase: SHARE, keep: 5, trigger: 'lock' });
    await a.service.addEntry(entry({ mood: 4, support: 4, note: 'after the first backup' }));
    let answer: ((outcome: LockBackupOutcome) => void) | null = null;
    const hung = vi.spyOn(Exchange.prototype, 'writeLockBackup').mockImplementation(async (backup) => {
      // The sealed snapshot was made before the keys went: it opens with the backup passphrase alone.
      const records = await readBackup(backup.bytes, SHARE);
      expect(records.filter((r) => r.kind === 'entry')).toHaveLength(1);
      return new Promise((resolve) => (answer = resolve));
    });
    try {
      await a.service.lock();
      expect((await a.service.status()).unlocked).toBe(false);
      await vi.waitFor(() => expect(hung).toHaveBeenCalledOnce());
      await a.service.unlock({ passphrase: PASSPHRASE });
      // The stand-in hangs only once it has read the sealed snapshot; answer it from then on.
      await vi.waitFor(() => expect(answer).not.toBeNull(), { timeout: 30_000 });
      answer!({ folder: (await a.service.getSettings()).autoBackup!.folder, at: '2026-11-20T11:00:00.000Z', error: 'Could not save the backup: the disk is full.' });
      await a.service.lockBackupsSettled();
      await vi.waitFor(async () => expect((await a.service.getSettings()).autoBackup!.lastError).toBe('Could not save the backup: the disk is full.'));
    } finally {
      hung.mockRestore();
    }
  });

  it('the daily timer backs up once a day, and turning off forgets the key', async () => {
    let clock = Date.parse('2026-11-20T10:00:00Z');
    const a = await setup(() => new Date(clock));
    const settings = await a.call('enableAutoBackup', { passphrase: SHARE, keep: 10, trigger: 'daily' });
    const folder = settings.autoBackup!.folder;
    clock += 60 * 60 * 1000;
    await a.service.autoBackupIfDue();
    expect(readdirSync(folder)).toHaveLength(1);
    clock += 24 * 60 * 60 * 1000;
    await a.service.autoBackupIfDue();
    expect(readdirSync(folder)).toHaveLength(2);
    // On lock only when the trigger says so.
    await a.service.addEntry(entry({ mood: 1, support: 1 }));
    await a.service.lock();
    expect(readdirSync(folder)).toHaveLength(2);
    await a.service.unlock({ passphrase: PASSPHRASE });
    expect((await a.call('disableAutoBackup')).autoBackup).toBeNull();
    expect((await failure(a.call('backupNow'))).code).toBe('INVALID_INPUT');
  });

  it('the backup key is in the sealed settings only: never returned, never in a backup', async () => {
    const a = await setup();
    const settings = await a.call('enableAutoBackup', { passphrase: SHARE, keep: 3, trigger: 'lock-and-daily' });
    expect(Object.keys(settings).sort()).toEqual(['autoBackup', 'autoLockMinutes', 'checkForUpdates', 'dateLocale', 'keepRunning', 'onThisDay', 'openAtLogin', 'reminders', 'theme', 'weekStartsOn', 'writingPrompts']);
    expect(JSON.stringify(settings)).not.toMatch(/key/i);
    const backedUp = (await a.service.backupRecords()).filter((r) => r.kind === 'settings');
    expect(backedUp).toHaveLength(1);
    expect(Object.keys(backedUp[0]!.data as object).sort()).toEqual(['autoLockMinutes', 'checkForUpdates', 'dateLocale', 'keepRunning', 'onThisDay', 'openAtLogin', 'reminders', 'theme', 'weekStartsOn', 'writingPrompts']);
  });
});

describe('portable data', () => {
  it('JSON is one file and CSV a new folder of three tables; the confirmation is required', async () => {
    const a = await setup();
    await sampleJournal(a.service);
    expect((await failure(a.call('exportData', { format: 'json' }))).code).toBe('INVALID_INPUT');
    expect(await a.call('exportData', { format: 'json', confirmedUnencrypted: true })).toMatchObject({ saved: true });
    const json = readdirSync(a.filesDir).find((n) => n.endsWith('.json'))!;
    const data = JSON.parse(readFileSync(join(a.filesDir, json), 'utf8')) as { entries: unknown[]; people: unknown[] };
    expect(data.entries).toHaveLength(3);
    expect(data.people).toHaveLength(2);

    const saved = await a.call('exportData', { format: 'csv', confirmedUnencrypted: true });
    if (!saved.saved) throw new Error('not saved');
    expect(readdirSync(join(a.filesDir, saved.fileName)).sort()).toEqual(['entries.csv', 'interactions.csv', 'people.csv']);
    // The same name again: an existing folder is never written into.
    expect((await failure(a.call('exportData', { format: 'csv', confirmedUnencrypted: true }))).code).toBe('FILE_ERROR');
  });
});

describe('imports', () => {
  const DAYLIO = [
    'full_date,date,weekday,time,mood,activities,note_title,note',
    '2024-03-02,March 2,Saturday,9:15 am,good,friends | walk,,"Coffee with Jo"',
    '2024-03-01,March 1,Friday,21:15,tired,work,Long day,"Slept early"',
  ].join('\n');

  it('a Daylio file imports once: mood labels mapped, the same file again adds nothing', async () => {
    const a = await setup();
    writeFileSync(join(a.filesDir, 'daylio.csv'), DAYLIO);
    const opened = await a.call('openImport', { format: 'daylio-csv' });
    if (!opened.opened) throw new Error('not opened');
    expect(opened.summary).toMatchObject({ entries: 2, newEntries: 2, duplicates: 0, from: '2024-03-01', to: '2024-03-02' });
    expect(opened.summary.moodLabels.map((m) => [m.label, m.suggested])).toEqual(expect.arrayContaining([['good', 7], ['tired', null]]));
    // A custom label without a value is refused, and nothing is written.
    expect((await failure(a.call('commitImport', { importId: opened.summary.importId }))).field).toBe('moodMap');
    expect((await a.service.listEntries(undefined)).total).toBe(0);
    expect(await a.call('commitImport', { importId: opened.summary.importId, moodMap: { tired: 4 } })).toEqual({ added: 2, updated: 0, skipped: 0 });
    const { entries } = await a.service.listEntries(undefined);
    expect(entries.map((e) => [e.mood, e.support, e.tags])).toEqual([
      [7, undefined, ['friends', 'walk']],
      [4, undefined, ['work']],
    ]);

    const again = await a.call('openImport', { format: 'daylio-csv' });
    if (!again.opened) throw new Error('not opened');
    expect(again.summary).toMatchObject({ newEntries: 0, duplicates: 2 });
    expect(await a.call('commitImport', { importId: again.summary.importId, moodMap: { tired: 4 } })).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect((await a.service.listEntries(undefined)).total).toBe(2);
  });

  it('a malformed row is named and nothing is imported', async () => {
    const a = await setup();
    writeFileSync(join(a.filesDir, 'bad.csv'), `${DAYLIO}\n2024-02-30,Feb 30,Friday,10:00,good,,,x`);
    const error = await failure(a.call('openImport', { format: 'daylio-csv' }));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toMatch(/Row 4/);
    expect((await a.service.listEntries(undefined)).total).toBe(0);
  });

  it('a cancelled dialog is no error', async () => {
    const a = await setup();
    expect(await a.call('openImport', { format: 'jrnl-json' })).toEqual({ opened: false });
  });
});

describe('reports', () => {
  it('the preview and the saved file come from the same choices; the file is named by its range only', async () => {
    const a = await setup();
    await sampleJournal(a.service);
    const options = { from: '2026-10-01', to: '2026-10-31', sections: ['overview', 'people', 'entries'], names: 'initials', includeNotes: true };
    const preview = await a.call('reportPreview', options);
    expect(preview.entries).toBe(2);
    expect(preview.html).toContain('S. R.');
    expect(preview.html).not.toContain('Sam Rivera');
    expect(preview.html).not.toContain('Dinner');
    const { passphrase, bits } = await a.call('suggestPassphrase');
    expect(passphrase.split('-')).toHaveLength(6);
    expect(bits).toBeGreaterThan(77);
    expect(await a.call('exportReport', { options, format: 'html', passphrase })).toEqual({ saved: true, fileName: 'hearth-report-2026-10.html' });
    const html = readFileSync(join(a.filesDir, 'hearth-report-2026-10.html'), 'utf8');
    expect(html).toContain('-----BEGIN AGE ENCRYPTED FILE-----');
    expect(html).not.toContain('Walk with Sam');
    // A PDF gets its own passphrase, short enough for every PDF reader.
    const pdf = await a.call('suggestPassphrase', { format: 'pdf' });
    expect(pdf.passphrase).toMatch(/^[a-z]+(\d[a-z]+){4}$/);
    expect(Buffer.byteLength(pdf.passphrase)).toBeLessThanOrEqual(32);
    expect(pdf.bits).toBeCloseTo(5 * Math.log2(1476) + 4 * Math.log2(10), 10);
    expect(await a.call('exportReport', { options, format: 'pdf', passphrase: pdf.passphrase })).toEqual({ saved: true, fileName: 'hearth-report-2026-10.pdf' });
    expect(readFileSync(join(a.filesDir, 'hearth-report-2026-10.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(a.filesDir, 'hearth-report-2026-10.pdf.partial'))).toBe(false);
  });

  it('a share passphrase shorter than 12 characters is refused before anything is written', async () => {
    const a = await setup();
    const options = { from: '2026-10-01', to: '2026-10-31', sections: ['overview'] };
    expect((await failure(a.call('exportReport', { options, format: 'html', passphrase: 'short' }))).code).toBe('INVALID_INPUT');
    expect(readdirSync(a.filesDir)).toEqual([]);
  });

  it('a PDF passphrase over 32 bytes is refused with the reason before anything is written', async () => {
    const a = await setup();
    const options = { from: '2026-10-01', to: '2026-10-31', sections: ['overview'] };
    const error = await failure(a.call('exportReport', { options, format: 'pdf', passphrase: 'lantern-orbit-velvet-marsh-copper-quill' }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'passphrase' });
    expect(error.message).toMatch(/^PDF readers such as Evince, Okular and pdftotext accept at most 32 bytes of a passphrase, and this one is 39 /);
    expect(readdirSync(a.filesDir)).toEqual([]);
  });
});

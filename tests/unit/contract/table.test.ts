// The one table: every method declared once, with a schema, a handler and what it needs to run;
// the dispatcher derives the file dialogs, their cancelled answers and their default names from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../electron/ipc/dispatch';
import type { FileDialogs, OpenRequest, SaveRequest } from '../../../electron/ipc/file-dialogs';
import { FEATURE_METHODS, HANDLERS } from '../../../electron/service/features';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { argSchemas, CONTRACT, FEATURES, FILE_METHODS, METHODS, type Method } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import { freshService, PASSPHRASE, tempDir } from '../../support/vault';

describe('the table', () => {
  it('declares each method in exactly one feature', () => {
    const declared = Object.values(FEATURES).flatMap((feature) => Object.keys(feature));
    expect(declared.length).toBe(new Set(declared).size);
    expect([...declared].sort()).toEqual([...METHODS].sort());
  });

  it('gives every method a schema, and every method outside the vault lifecycle a feature handler', () => {
    for (const method of METHODS) {
      expect(argSchemas[method], method).toBe(CONTRACT[method].arg);
      const handled = Object.hasOwn(HANDLERS, method);
      expect(handled, method).toBe(CONTRACT[method].needs !== 'vault');
    }
    expect([...FEATURE_METHODS].sort()).toEqual(METHODS.filter((m) => CONTRACT[m].needs !== 'vault').sort());
  });

  it('makes every method a method of the service', () => {
    const { dir, cleanup } = tempDir();
    const service = new HearthService({ vaultDir: dir, kdf: TEST_KDF });
    for (const method of METHODS) expect(typeof service[method], method).toBe('function');
    service.close();
    cleanup();
  });

  it('names as file methods exactly those with a dialog', () => {
    expect([...FILE_METHODS].sort()).toEqual(['adoptSyncFolder', 'enableAutoBackup', 'exportBackup', 'exportData', 'exportReport', 'joinSyncFolder', 'openImport', 'salvage', 'saveRecoveryKey', 'setUpSync']);
  });
});

/** Dialogs that remember what they were asked and answer as told. */
function recordingDialogs(answer: string | null) {
  const asked: { kind: string; request: SaveRequest | OpenRequest | { title: string } }[] = [];
  const dialogs: FileDialogs = {
    save: async (request) => (asked.push({ kind: 'save', request }), answer),
    open: async (request) => (asked.push({ kind: 'open', request }), answer),
    folder: async (request) => (asked.push({ kind: 'folder', request }), answer),
  };
  return { dialogs, asked };
}

const VALID: { [M in Method]?: unknown } = {
  saveRecoveryKey: { recoveryKey: 'ABCD-EFGH-2345' },
  exportReport: { options: { from: '2031-03-01', to: '2031-03-31', sections: ['overview'] }, format: 'pdf', passphrase: 'share passphrase 12' },
  exportBackup: { passphrase: 'share passphrase 12' },
  exportData: { format: 'json', confirmedUnencrypted: true },
  openImport: { format: 'backup' },
  enableAutoBackup: { passphrase: 'share passphrase 12' },
  salvage: { passphrase: PASSPHRASE },
  joinSyncFolder: { passphrase: PASSPHRASE },
  adoptSyncFolder: { ownPassphrase: PASSPHRASE, passphrase: PASSPHRASE },
};

describe('file methods', () => {
  // Noon local time on 4 March 2031: the same local date in every time zone the machine may use.
  const now = () => new Date(2031, 2, 4, 12, 0, 0);
  let v: Awaited<ReturnType<typeof freshService>>;
  beforeAll(async () => {
    v = await freshService({ now });
  });
  afterAll(() => v.cleanup());

  it('answer a cancelled dialog as before, and change nothing', async () => {
    const { dialogs, asked } = recordingDialogs(null);
    const handlers = createHandlers(v.service, dialogs);
    const settings = await v.service.getSettings();
    const expected: { [M in Method]?: unknown } = {
      saveRecoveryKey: { saved: false },
      exportReport: { saved: false },
      exportBackup: { saved: false },
      exportData: { saved: false },
      salvage: { saved: false },
      openImport: { opened: false },
      enableAutoBackup: settings,
      setUpSync: { opened: false },
      joinSyncFolder: { opened: false },
      adoptSyncFolder: { opened: false },
    };
    for (const method of FILE_METHODS) {
      expect(await dispatch(handlers, method, VALID[method]), method).toEqual({ ok: true, value: expected[method] });
    }
    expect(asked.map((a) => a.kind)).toEqual(FILE_METHODS.map((m) => CONTRACT[m].dialog.kind));
    expect(await v.service.getSettings()).toEqual(settings);
  });

  it('take today, for a default file name, from the service clock', async () => {
    const { dialogs, asked } = recordingDialogs(null);
    const handlers = createHandlers(v.service, dialogs);
    await dispatch(handlers, 'exportBackup', VALID.exportBackup);
    await dispatch(handlers, 'exportData', VALID.exportData);
    await dispatch(handlers, 'exportData', { format: 'csv', confirmedUnencrypted: true });
    await dispatch(handlers, 'exportReport', VALID.exportReport);
    expect(asked.map((a) => (a.request as SaveRequest).defaultName)).toEqual([
      'hearth-backup-2031-03-04.hearthbackup',
      'hearth-data-2031-03-04.json',
      'hearth-data-2031-03-04',
      'hearth-report-2031-03.pdf',
    ]);
    expect((asked[3]!.request as SaveRequest).filters).toEqual([{ name: 'Password-protected PDF', extensions: ['pdf'] }]);
  });

  it('give the chosen file name back when saved', async () => {
    const result = await dispatch(createHandlers(v.service, v.dialogs), 'exportBackup', VALID.exportBackup);
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'hearth-backup-2031-03-04.hearthbackup' } });
  });
});

describe('a locked journal', () => {
  let v: Awaited<ReturnType<typeof freshService>>;
  beforeAll(async () => {
    v = await freshService();
    await v.service.lock();
  });
  afterAll(() => v.cleanup());

  const locked = new HearthError('LOCKED').toInfo();
  const needsJournal = METHODS.filter((m) => CONTRACT[m].needs === 'journal' || CONTRACT[m].needs === 'writer');

  it('refuses every method that needs the journal with LOCKED, before its handler runs', async () => {
    expect(needsJournal.length).toBeGreaterThan(20);
    for (const method of needsJournal) {
      const run = v.service[method] as (arg: unknown, path: string) => Promise<unknown>;
      const error = await run.call(v.service, undefined, v.filesDir).catch((e: unknown) => e);
      expect(error, method).toBeInstanceOf(HearthError);
      expect((error as HearthError).toInfo(), method).toEqual(locked);
    }
  });

  it('answers the same through the dispatcher, and still answers what needs nothing', async () => {
    const handlers = createHandlers(v.service, v.dialogs);
    expect(await dispatch(handlers, 'listEntries', undefined)).toEqual({ ok: false, error: locked });
    expect(await dispatch(handlers, 'addEntry', { mood: 5 })).toEqual({ ok: false, error: locked });
    expect(await dispatch(handlers, 'readyToLock', undefined)).toEqual({ ok: true, value: undefined });
    const suggested = await dispatch(handlers, 'suggestPassphrase', { format: 'pdf' });
    expect(suggested.ok).toBe(true);
  });
});

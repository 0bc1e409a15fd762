// Validates one call against the shared schema and runs it on the service. Used by the Electron
// IPC handler and by the test bridge, so both enforce exactly the same contract.
import { basename } from 'node:path';
import type { z } from 'zod';
import type { HearthApi } from '../../shared/api';
import type { ReportOptions } from '../../shared/exchange';
import { HearthError, type Envelope } from '../../shared/errors';
import { argSchemas, METHODS, type Method } from '../../shared/schemas';
import { toLocalOffsetIso } from '../../shared/local-time';
import {
  BACKUP_EXTENSION,
  BACKUP_FILTER,
  DATA_FILTERS,
  IMPORT_FILTERS,
  RECOVERY_KEY_FILE_NAME,
  RECOVERY_KEY_FILTER,
  REPORT_FILTERS,
  type FileDialogs,
} from './file-dialogs';

export type Handlers = { [M in Method]: (arg: z.output<(typeof argSchemas)[M]>) => Promise<unknown> };

/** A file name that says what is inside without saying anything private. */
function reportName(options: ReportOptions): string {
  return options.from.slice(0, 7) === options.to.slice(0, 7) ? `hearth-report-${options.from.slice(0, 7)}` : `hearth-report-${options.from}-to-${options.to}`;
}

/**
 * The handler table: one entry per method, checked for completeness by the compiler. File methods
 * ask `dialogs` for their path first; a cancelled dialog is an ordinary outcome, not an error.
 */
export function createHandlers(api: HearthApi, dialogs: FileDialogs): Handlers {
  const today = () => toLocalOffsetIso(new Date()).slice(0, 10);
  return {
    status: (a) => api.status(a),
    create: (a) => api.create(a),
    unlock: (a) => api.unlock(a),
    unlockWithRecoveryKey: (a) => api.unlockWithRecoveryKey(a),
    changePassphrase: (a) => api.changePassphrase(a),
    newRecoveryKey: (a) => api.newRecoveryKey(a),
    salvage: async (a) => {
      const folder = await dialogs.folder({ title: 'Choose an empty folder for the recovered journal' });
      if (folder === null) return { saved: false };
      return { saved: true, ...(await api.salvage(a, folder)) };
    },
    saveRecoveryKey: async (a) => {
      const path = await dialogs.save({ title: 'Save the recovery key', defaultName: RECOVERY_KEY_FILE_NAME, filters: [RECOVERY_KEY_FILTER] });
      if (path === null) return { saved: false };
      await api.saveRecoveryKey(a, path);
      return { saved: true, fileName: basename(path) };
    },
    lock: (a) => api.lock(a),
    addEntry: (a) => api.addEntry(a),
    updateEntry: (a) => api.updateEntry(a),
    deleteEntry: (a) => api.deleteEntry(a),
    getEntry: (a) => api.getEntry(a),
    listEntries: (a) => api.listEntries(a),
    listTags: (a) => api.listTags(a),
    listPeople: (a) => api.listPeople(a),
    addPerson: (a) => api.addPerson(a),
    updatePerson: (a) => api.updatePerson(a),
    archivePerson: (a) => api.archivePerson(a),
    mergePeople: (a) => api.mergePeople(a),
    getSettings: (a) => api.getSettings(a),
    updateSettings: (a) => api.updateSettings(a),
    verify: (a) => api.verify(a),
    saveDraft: (a) => api.saveDraft(a),
    getDraft: (a) => api.getDraft(a),
    discardDraft: (a) => api.discardDraft(a),
    readyToLock: (a) => api.readyToLock(a),
    insights: (a) => api.insights(a),
    reportPreview: (a) => api.reportPreview(a),
    suggestPassphrase: (a) => api.suggestPassphrase(a),
    exportReport: async (a) => {
      const filter = REPORT_FILTERS[a.format];
      const path = await dialogs.save({ title: 'Save the encrypted report', defaultName: `${reportName(a.options)}.${a.format}`, filters: [filter] });
      if (path === null) return { saved: false };
      await api.exportReport(a, path);
      return { saved: true, fileName: basename(path) };
    },
    exportBackup: async (a) => {
      const path = await dialogs.save({ title: 'Save the backup', defaultName: `hearth-backup-${today()}.${BACKUP_EXTENSION}`, filters: [BACKUP_FILTER] });
      if (path === null) return { saved: false };
      await api.exportBackup(a, path);
      return { saved: true, fileName: basename(path) };
    },
    exportData: async (a) => {
      const extension = a.format === 'json' ? '.json' : '';
      const path = await dialogs.save({ title: 'Export unencrypted data', defaultName: `hearth-data-${today()}${extension}`, filters: [DATA_FILTERS[a.format]] });
      if (path === null) return { saved: false };
      await api.exportData(a, path);
      return { saved: true, fileName: basename(path) };
    },
    openImport: async (a) => {
      const path = await dialogs.open({ title: a.format === 'backup' ? 'Choose a backup to restore' : 'Choose a file to import', filters: [IMPORT_FILTERS[a.format]] });
      if (path === null) return { opened: false };
      return { opened: true, summary: await api.openImport(a, path) };
    },
    commitImport: (a) => api.commitImport(a),
    cancelImport: (a) => api.cancelImport(a),
    enableAutoBackup: async (a) => {
      const folder = await dialogs.folder({ title: 'Choose a folder for automatic backups' });
      // Nothing changes when the person cancels: the current settings are the answer.
      if (folder === null) return api.getSettings(undefined);
      return api.enableAutoBackup(a, folder);
    },
    updateAutoBackup: (a) => api.updateAutoBackup(a),
    disableAutoBackup: (a) => api.disableAutoBackup(a),
    backupNow: (a) => api.backupNow(a),
  };
}

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && (METHODS as string[]).includes(name);
}

export function zodToHearthError(error: z.ZodError): HearthError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  return new HearthError('INVALID_INPUT', issue?.message ?? 'Invalid input', field === undefined ? {} : { field });
}

export function toEnvelopeError(e: unknown): Envelope<never> {
  if (e instanceof HearthError) return { ok: false, error: e.toInfo() };
  console.error('Hearth internal error:', e);
  return { ok: false, error: new HearthError('INTERNAL').toInfo() };
}

/** Validate the method name and argument, run the handler, and wrap the outcome. Never throws. */
export async function dispatch(handlers: Handlers, method: unknown, arg: unknown): Promise<Envelope<unknown>> {
  if (!isMethod(method)) return { ok: false, error: new HearthError('INVALID_INPUT', 'Unknown method', { field: 'method' }).toInfo() };
  const parsed = argSchemas[method].safeParse(arg);
  if (!parsed.success) return toEnvelopeError(zodToHearthError(parsed.error));
  try {
    const run = handlers[method] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await run(parsed.data) };
  } catch (e) {
    return toEnvelopeError(e);
  }
}

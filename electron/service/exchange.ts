// What moves in and out of the unlocked journal: the therapy report, backups (manual and
// automatic), portable data and imports. HearthService runs these one at a time, on the journal
// it holds unlocked; nothing here knows about locking or the queue.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Results } from '../../shared/api';
import type { AutoBackup, Settings } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import type { ImportSummary } from '../../shared/exchange';
import type { Arg } from '../../shared/schemas';
import { deriveBackupKey, newBackupKdfParams } from '../backup/backup-key';
import { sealBackup, writeBackupFile } from '../backup/backup-writer';
import { StreamWorker } from '../backup/stream-worker';
import { toPortableCsv, toPortableJson } from '../exports/portable-data';
import { checkinResult, newestFirst } from '../../shared/checkins';
import { buildReport } from '../report/build-report';
import { REPORT_CSS, renderReportBody } from '../report/report-html';
import type { KdfCost } from '../vault/key-manager';
import { writeFileAtomic, writeNewFolder } from '../files/atomic-file';
import { autoBackupDue, autoBackupName, pruneAutoBackups, type AutoBackupReason } from './auto-backup';
import type { AutoBackupState, Journal } from './journal';
import { localToday } from '../../shared/local-time';
import { PendingImports } from './pending-imports';

/** An automatic backup sealed in memory under the backup key as a lock drops the journal's keys. */
export interface LockBackup {
  folder: string;
  keep: number;
  at: Date;
  bytes: Uint8Array;
}

/** How writing a lock's backup went, recorded in the settings once the journal is unlocked again. */
export interface LockBackupOutcome {
  folder: string;
  at: string;
  error: string | null;
}

export class Exchange {
  /** Opened imports waiting for a commit; dropped on lock. */
  readonly imports = new PendingImports();

  constructor(
    private readonly kdf: KdfCost,
    private readonly now: () => Date,
  ) {}

  reportPreview(j: Journal, options: Arg<'reportPreview'>): Results['reportPreview'] {
    const model = this.reportModel(j, options);
    return {
      html: renderReportBody(model, { markReplacements: true }),
      css: REPORT_CSS,
      entries: model.insights.entries,
      people: model.insights.people.length,
      replacements: model.replacements,
    };
  }

  async exportReport(j: Journal, { options, format, passphrase }: Arg<'exportReport'>, path: string): Promise<void> {
    const model = this.reportModel(j, options);
    // pdfkit and age (about 0.4 s to load) only when a report is written, not at every start.
    const bytes = format === 'html' ? await (await import('../report/report-file')).renderReportFile(model, passphrase) : await (await import('../report/report-pdf')).renderReportPdf(model, passphrase);
    await writeFileAtomic(path, bytes);
  }

  async exportBackup(j: Journal, { passphrase }: Arg<'exportBackup'>, path: string): Promise<void> {
    const kdf = newBackupKdfParams(this.kdf);
    // The thread that will encrypt loads and warms up libsodium while Argon2 derives the key.
    const worker = StreamWorker.start();
    try {
      const key = await deriveBackupKey(passphrase, kdf);
      try {
        j.refresh();
        await writeBackupFile(path, j.backupRecords(), key, kdf, this.now(), worker);
      } finally {
        key.fill(0);
      }
    } finally {
      worker.terminate();
    }
  }

  async exportData(j: Journal, { format }: Arg<'exportData'>, path: string): Promise<void> {
    const entries = j.index.list(undefined).entries;
    const people = j.index.allPeople();
    const checkins = j.index
      .checkins()
      .map(({ id, data }) => checkinResult(id, data))
      .sort(newestFirst);
    if (format === 'json') await writeFileAtomic(path, toPortableJson(entries, people, this.now(), checkins));
    else await writeNewFolder(path, { ...toPortableCsv(entries, people, checkins) });
  }

  async openImport(j: Journal, { format, passphrase }: Arg<'openImport'>, path: string): Promise<ImportSummary> {
    return this.imports.hold(await this.imports.open(format, path, passphrase), j.index);
  }

  async enableAutoBackup(j: Journal, { passphrase, keep, trigger }: Arg<'enableAutoBackup'>, folder: string): Promise<Settings> {
    if (!existsSync(folder)) throw new HearthError('FILE_ERROR', `The folder ${folder} does not exist.`);
    const kdf = newBackupKdfParams(this.kdf);
    const key = await deriveBackupKey(passphrase, kdf);
    const autoBackup: AutoBackup = { folder, keep, trigger, lastBackupAt: null, lastError: null };
    j.saveSettings({ autoBackup }, { key: Buffer.from(key).toString('base64'), kdf });
    key.fill(0);
    // The first backup right away: the person sees at once that the folder works.
    return this.runAutoBackup(j);
  }

  updateAutoBackup(j: Journal, { keep, trigger }: Arg<'updateAutoBackup'>): Settings {
    const { config } = this.autoBackupOn(j);
    const autoBackup = { ...config, ...(keep === undefined ? {} : { keep }), ...(trigger === undefined ? {} : { trigger }) };
    return j.saveSettings({ autoBackup }, 'unchanged');
  }

  disableAutoBackup(j: Journal): Settings {
    return j.saveSettings({ autoBackup: null }, null);
  }

  backupNow(j: Journal): Promise<Settings> {
    this.autoBackupOn(j);
    return this.runAutoBackup(j);
  }

  /** The automatic backup a lock or the daily timer calls for, if one is due; never throws. */
  async autoBackupIfDue(j: Journal, reason: AutoBackupReason): Promise<void> {
    // A change another process made counts as a change to back up.
    j.refresh();
    const state = j.autoBackupState();
    // A failed backup is recorded in the settings and shown to the person.
    if (state && autoBackupDue(state.config, reason, this.now(), state.changed)) await this.runAutoBackup(j).catch(() => undefined);
  }

  /**
   * The automatic backup a lock calls for, sealed now under the backup key (the journal's keys are
   * about to be dropped); null when none is due. Writing it is writeLockBackup's job, after the lock.
   */
  async sealLockBackup(j: Journal): Promise<LockBackup | null> {
    // A change another process made counts as a change to back up, and goes into the backup.
    j.refresh();
    const state = j.autoBackupState();
    if (!state || !autoBackupDue(state.config, 'lock', this.now(), state.changed)) return null;
    const { config, key: keyInfo } = state;
    const at = this.now();
    const key = Buffer.from(keyInfo.key, 'base64');
    try {
      return { folder: config.folder, keep: config.keep, at, bytes: await sealBackup(j.backupRecords(), key, keyInfo.kdf, at) };
    } catch {
      return null;
    } finally {
      key.fill(0);
    }
  }

  /** Writes a sealed lock backup into its folder; never throws: a failure is the outcome. */
  async writeLockBackup(backup: LockBackup): Promise<LockBackupOutcome> {
    const outcome = { folder: backup.folder, at: backup.at.toISOString() };
    try {
      await writeFileAtomic(join(backup.folder, autoBackupName(backup.at)), backup.bytes);
      pruneAutoBackups(backup.folder, backup.keep);
      return { ...outcome, error: null };
    } catch (e) {
      return { ...outcome, error: e instanceof HearthError ? e.message : 'The automatic backup could not be written.' };
    } finally {
      backup.bytes.fill(0);
    }
  }

  /** Records a lock backup's outcome in the settings, unless automatic backups changed since. */
  recordLockBackup(j: Journal, outcome: LockBackupOutcome): void {
    const state = j.autoBackupState();
    if (!state || state.config.folder !== outcome.folder) return;
    const { config } = state;
    const autoBackup = outcome.error === null ? { ...config, lastBackupAt: outcome.at, lastError: null } : { ...config, lastError: outcome.error };
    j.saveSettings({ ...j.index.settings, autoBackup }, state.key);
  }

  private reportModel(j: Journal, options: Arg<'reportPreview'>) {
    return buildReport(j.index.namedEntries(), j.index.allPeople(), options, {
      today: localToday(this.now()),
      weekStartsOn: j.index.settings.weekStartsOn,
      checkins: j.index.checkins().map(({ id, data }) => checkinResult(id, data)),
    });
  }

  private autoBackupOn(j: Journal): AutoBackupState {
    const state = j.autoBackupState();
    if (!state) throw new HearthError('INVALID_INPUT', 'Automatic backups are off; turn them on first.', { field: 'autoBackup' });
    return state;
  }

  /** Writes one automatic backup and records the outcome (time, or the failure as a sentence). */
  private async runAutoBackup(j: Journal): Promise<Settings> {
    const { config, key: keyInfo } = this.autoBackupOn(j);
    const at = this.now();
    const key = Buffer.from(keyInfo.key, 'base64');
    let mark: number;
    try {
      // What another process wrote since this index was built belongs in the backup too.
      j.refresh();
      mark = j.backupMark();
      await writeBackupFile(join(config.folder, autoBackupName(at)), j.backupRecords(), key, keyInfo.kdf, at);
      pruneAutoBackups(config.folder, config.keep);
    } catch (e) {
      const lastError = e instanceof HearthError ? e.message : 'The automatic backup could not be written.';
      return j.saveSettings({ autoBackup: { ...config, lastError } }, keyInfo);
    } finally {
      key.fill(0);
    }
    return j.markBackedUp(mark, { ...config, lastBackupAt: at.toISOString(), lastError: null }, keyInfo);
  }
}

// reminders.json, the schedule kept outside the encrypted journal so the app can remind before an
// unlock: written by the service on real vaults (the app's and the CLI's writes alike), holding only
// the times, days and newest entry date; never written through or read through a planted link; a
// damaged or foreign file gives no schedule and no crash.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import type { Weekday } from '../../../shared/domain';
import { HearthService } from '../../../electron/service/hearth-service';
import { readReminderFile, REMINDER_FILE } from '../../../electron/service/reminder-file';
import { VAULT_FILE } from '../../../electron/service/paths';
import { entry, freshService, PASSPHRASE } from '../../support/vault';
import { cli, entryJson, makeVault, PASSPHRASE as CLI_PASSPHRASE } from '../cli/helpers';

const cleanups = cleanupAfterEach();

async function vault() {
  const v = await freshService();
  cleanups.push(v.cleanup);
  return { ...v, file: join(v.vaultDir, REMINDER_FILE) };
}

/** The vault id as hearth.db holds it in the clear, read straight from SQLite. */
function vaultIdOf(vaultDir: string): string {
  const db = new Database(join(vaultDir, VAULT_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT vault_id FROM vault').get() as { vault_id: string }).vault_id;
  } finally {
    db.close();
  }
}

const parsed = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const lastEntryDay = (file: string) => (parsed(file) as { lastEntryDay: string | null }).lastEntryDay;
const ON = { enabled: true, times: ['07:30', '20:00'], days: [1, 3] as Weekday[] };

describe('reminders.json written by the service', () => {
  it('holds exactly the times, days, vault id and newest entry date while reminders are on, owner-only', async () => {
    const { service, vaultDir, file } = await vault();
    expect(existsSync(file)).toBe(false);
    await service.addEntry(
      entry({ occurredAt: '2026-06-01T21:10:00+02:00', mood: 2, tags: ['CANARYTAG'], note: 'CANARYNOTE words', interactions: [{ person: 'CANARYNAME', kinds: ['emotional'] }] }),
    );
    expect(existsSync(file)).toBe(false);
    await service.updateSettings({ reminders: ON });
    expect(parsed(file)).toEqual({ version: 1, vaultId: vaultIdOf(vaultDir), times: ['07:30', '20:00'], days: [1, 3], keepRunning: false, lastEntryDay: '2026-06-01' });
    const raw = readFileSync(file, 'latin1');
    for (const word of ['CANARY', 'words', 'mood', 'emotional', '21:10']) expect(raw).not.toContain(word);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);

    await service.updateSettings({ reminders: { ...ON, times: ['06:00'], days: [0] } });
    expect(parsed(file)).toMatchObject({ times: ['06:00'], days: [0] });
    await service.updateSettings({ keepRunning: true });
    expect(parsed(file)).toMatchObject({ keepRunning: true });
    expect(await service.reminderSchedule()).toMatchObject({ keepRunning: true });
    await service.updateSettings({ reminders: { ...ON, enabled: false } });
    expect(existsSync(file)).toBe(false);
    expect(await service.reminderSchedule()).toBeNull();
  });

  it('follows the newest entry through add, edit and delete, back to null', async () => {
    const { service, file } = await vault();
    await service.updateSettings({ reminders: ON });
    expect(lastEntryDay(file)).toBeNull();
    const first = await service.addEntry(entry({ occurredAt: '2026-06-01T09:00:00+02:00', mood: 5 }));
    const second = await service.addEntry(entry({ occurredAt: '2026-06-03T09:00:00+02:00', mood: 5 }));
    expect(lastEntryDay(file)).toBe('2026-06-03');
    // Back-dated: the first one is the newest again.
    await service.updateEntry({ id: second.id, entry: entry({ occurredAt: '2026-05-20T09:00:00+02:00', mood: 5 }) });
    expect(lastEntryDay(file)).toBe('2026-06-01');
    const third = await service.addEntry(entry({ occurredAt: '2026-06-05T23:30:00-04:00', mood: 5 }));
    // The date as the entry was written, in its own offset.
    expect(lastEntryDay(file)).toBe('2026-06-05');
    await service.deleteEntry({ id: third.id });
    expect(lastEntryDay(file)).toBe('2026-06-01');
    await service.deleteEntry({ id: first.id });
    expect(lastEntryDay(file)).toBe('2026-05-20');
    await service.deleteEntry({ id: second.id });
    expect(lastEntryDay(file)).toBeNull();
  });

  it('follows another process turning reminders on and off while this one has them off and writes on', async () => {
    const { service, file, reopen } = await vault();
    await service.addEntry(entry({ occurredAt: '2026-06-01T09:00:00+02:00', mood: 5 }));
    await service.addEntry(entry({ occurredAt: '2026-06-02T09:00:00+02:00', mood: 5 }));
    expect(existsSync(file)).toBe(false);
    const other = reopen();
    cleanups.push(() => other.close());
    await other.unlock({ passphrase: PASSPHRASE });
    for (const round of [1, 2]) {
      await other.updateSettings({ reminders: ON });
      expect(lastEntryDay(file)).toBe(`2026-06-0${2 * round}`);
      // This process takes in the change with its next write, and keeps the file to its own newer entry.
      await service.addEntry(entry({ occurredAt: `2026-06-0${2 * round + 1}T09:00:00+02:00`, mood: 5 }));
      expect(lastEntryDay(file)).toBe(`2026-06-0${2 * round + 1}`);
      await other.updateSettings({ reminders: { ...ON, enabled: false } });
      expect(existsSync(file)).toBe(false);
      await service.addEntry(entry({ occurredAt: `2026-06-0${2 * round + 2}T09:00:00+02:00`, mood: 5 }));
      expect(existsSync(file)).toBe(false);
    }
  });

  it('is rewritten at unlock from the journal, which wins over whatever the file says', async () => {
    const { service, vaultDir, file, reopen } = await vault();
    await service.updateSettings({ reminders: ON });
    await service.lock();
    const id = vaultIdOf(vaultDir);
    writeFileSync(file, JSON.stringify({ version: 1, vaultId: id, times: ['03:00'], days: [6], keepRunning: false, lastEntryDay: '2030-01-01' }));
    // Locked: the file is what there is.
    expect(await service.reminderSchedule()).toEqual({ reminders: { enabled: true, times: ['03:00'], days: [6] }, keepRunning: false, lastEntryDate: '2030-01-01' });
    await service.unlock({ passphrase: PASSPHRASE });
    expect(parsed(file)).toEqual({ version: 1, vaultId: id, times: ['07:30', '20:00'], days: [1, 3], keepRunning: false, lastEntryDay: null });

    // Reminders off in the journal: a file left there goes at unlock.
    await service.updateSettings({ reminders: { ...ON, enabled: false } });
    await service.lock();
    writeFileSync(file, JSON.stringify({ version: 1, vaultId: id, times: ['03:00'], days: [6], keepRunning: false, lastEntryDay: null }));
    const other = reopen();
    cleanups.push(() => other.close());
    await other.unlock({ passphrase: PASSPHRASE });
    expect(existsSync(file)).toBe(false);
  });

  it('is read before any unlock by a service that has just started', async () => {
    const { service, reopen } = await vault();
    await service.updateSettings({ reminders: ON });
    await service.addEntry(entry({ occurredAt: '2026-06-02T08:00:00+02:00', mood: 4 }));
    service.close();
    const started = reopen();
    cleanups.push(() => started.close());
    expect(await started.reminderSchedule()).toEqual({ reminders: ON, keepRunning: false, lastEntryDate: '2026-06-02' });
    expect(await started.status()).toMatchObject({ unlocked: false });
  });

  it('is updated by the CLI: hearth add on a locked journal with reminders on', async () => {
    const made = await makeVault();
    cleanups.push(made.cleanup);
    const service = new HearthService({ vaultDir: made.dir });
    await service.unlock({ passphrase: CLI_PASSPHRASE });
    await service.updateSettings({ reminders: ON });
    service.close();
    const file = join(made.dir, REMINDER_FILE);
    expect(lastEntryDay(file)).toBeNull();
    const added = await cli(['--vault', made.dir, 'add'], { stdin: entryJson({ occurredAt: '2026-06-04T22:00:00+02:00', note: 'CANARYCLI' }) });
    expect(added.code).toBe(0);
    expect(parsed(file)).toEqual({ version: 1, vaultId: vaultIdOf(made.dir), times: ON.times, days: ON.days, keepRunning: false, lastEntryDay: '2026-06-04' });
    expect(readFileSync(file, 'latin1')).not.toContain('CANARYCLI');
  });

  it('replaces a link planted at its name instead of writing through it, and never reads through one', async () => {
    const { service, vaultDir, file, filesDir } = await vault();
    const target = join(filesDir, 'elsewhere.json');
    writeFileSync(target, 'not yours');
    symlinkSync(target, file);
    await service.updateSettings({ reminders: ON });
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('not yours');
    expect(parsed(file)).toMatchObject({ times: ON.times });

    // A link to a well-formed schedule is not followed when reading either.
    const valid = readFileSync(file, 'utf8');
    const linked = join(filesDir, 'valid.json');
    writeFileSync(linked, valid);
    await service.lock();
    rmSync(file);
    symlinkSync(linked, file);
    expect(readReminderFile(linked, vaultIdOf(vaultDir))).not.toBeNull();
    expect(readReminderFile(file, vaultIdOf(vaultDir))).toBeNull();
    expect(await service.reminderSchedule()).toBeNull();
  });

  it('gives no schedule, and no crash, for a damaged, foreign or odd file', async () => {
    const { service, vaultDir, file } = await vault();
    await service.updateSettings({ reminders: ON });
    await service.lock();
    const id = vaultIdOf(vaultDir);
    const good = { version: 1, vaultId: id, times: ['20:00'], days: [1], keepRunning: false, lastEntryDay: null };
    expect(readReminderFile(file, id)).toEqual({ reminders: ON, keepRunning: false, lastEntryDate: null });
    for (const bad of [
      '',
      '{',
      'null',
      JSON.stringify({ ...good, vaultId: 'another-journal' }),
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify({ ...good, note: 'extra' }),
      JSON.stringify({ ...good, times: ['25:00'] }),
      JSON.stringify({ ...good, days: [7] }),
      JSON.stringify({ ...good, lastEntryDay: 'yesterday' }),
      JSON.stringify({ ...good, times: Array.from({ length: 2000 }, () => '20:00') }),
    ]) {
      writeFileSync(file, bad);
      expect(await service.reminderSchedule()).toBeNull();
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.record({ version: fc.constant(1), vaultId: fc.string(), times: fc.array(fc.string()), days: fc.array(fc.integer()), lastEntryDay: fc.option(fc.string()) }).map((o) => JSON.stringify(o))), (text) => {
        writeFileSync(file, text);
        expect(readReminderFile(file, id)).toBeNull();
      }),
      { numRuns: 200 },
    );
    // A folder planted at the name: no schedule, and unlocking does not fail over it.
    rmSync(file);
    mkdirSync(file);
    expect(await service.reminderSchedule()).toBeNull();
    await service.unlock({ passphrase: PASSPHRASE });
    expect(await service.reminderSchedule()).toBeNull();
  });
});

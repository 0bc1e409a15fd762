// The shell's reminders on a real vault and the real schedule, with the clock faked: what is shown,
// when, how often, what a click does, that the words never carry anything from the journal, and that
// before an unlock the schedule file the service keeps (reminders.json) is followed as it changes.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REMINDER_FILE, reminderFileStamp } from '../../../electron/service/reminder-file';
import { reminderDue, slotKey } from '../../../electron/service/reminder-schedule';
import { PLAN_MAY_CHANGE, REMINDER_TEXT, Reminders, type RemindersOptions } from '../../../electron/shell/reminders';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.useRealTimers();
  while (cleanups.length) cleanups.pop()!();
});

const MINUTE = 60_000;
const due: RemindersOptions['due'] = ({ schedule, ...when }) => {
  const slot = reminderDue({ ...when, reminders: schedule.reminders, lastEntryDate: schedule.lastEntryDate });
  return slot && slotKey(slot);
};

/** A real unlocked journal with reminders at 20:00 every day, and the shell's reminders over it in Paris. */
async function setup(start: string) {
  const vault = await freshService();
  cleanups.push(vault.cleanup);
  await vault.service.updateSettings({ reminders: { enabled: true, times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] } });
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date(start));
  const shown: Array<{ text: { title: string; body: string }; click: () => void }> = [];
  const opened = vi.fn();
  const plans = vi.fn();
  const reminders = new Reminders({
    readPlan: () => vault.service.reminderPlan(undefined),
    readSchedule: () => vault.service.reminderSchedule(),
    scheduleStamp: () => reminderFileStamp(join(vault.vaultDir, REMINDER_FILE)),
    due,
    notify: (text, click) => shown.push({ text, click }),
    openNewEntry: opened,
    onPlan: plans,
    timeZone: () => 'Europe/Paris',
  });
  cleanups.push(() => reminders.stop());
  await reminders.refresh();
  reminders.start();
  return { ...vault, reminders, shown, opened, plans };
}

describe('Reminders', () => {
  it('shows one fixed notification at the chosen time, and a click opens a new entry', async () => {
    // 19:50 in Paris (CEST, UTC+2).
    const { shown, opened, service } = await setup('2026-06-01T17:50:00Z');
    await service.addEntry(entry({ occurredAt: '2026-05-31T10:00:00+02:00', mood: 2, note: 'CANARY-NOTE', interactions: [{ person: 'CANARY-NAME', kinds: ['emotional'] }] }));
    await vi.advanceTimersByTimeAsync(10 * MINUTE - 1);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(shown.map((s) => s.text)).toEqual([REMINDER_TEXT]);
    expect(REMINDER_TEXT).toEqual({ title: 'Hearth', body: 'Time to write in Hearth' });
    expect(JSON.stringify(shown[0]!.text)).not.toMatch(/CANARY|mood|2026/i);
    await vi.advanceTimersByTimeAsync(3 * 60 * MINUTE);
    expect(shown).toHaveLength(1);
    expect(opened).not.toHaveBeenCalled();
    shown[0]!.click();
    expect(opened).toHaveBeenCalledOnce();
  });

  it('skips the day once an entry is written, and keeps reminding while the journal is locked', async () => {
    const { shown, service, reminders } = await setup('2026-06-01T17:00:00Z');
    await service.addEntry(entry({ occurredAt: '2026-06-01T18:30:00+02:00', mood: 5, note: 'written today' }));
    await reminders.refresh();
    await service.lock();
    await reminders.refresh();
    expect(reminders.plan?.lastEntryDate).toBe('2026-06-01');
    await vi.advanceTimersByTimeAsync(2 * 60 * MINUTE);
    expect(shown).toEqual([]);
    // The next day, still locked: the schedule file, as it was at the lock, is followed.
    await vi.advanceTimersByTimeAsync(24 * 60 * MINUTE);
    expect(shown).toHaveLength(1);
  });

  it('shows one reminder on waking from a sleep that missed several', async () => {
    const { service, shown, reminders } = await setup('2026-06-01T05:00:00Z');
    await service.updateSettings({ reminders: { enabled: true, times: ['09:00', '13:00', '18:00'], days: [1] } });
    await reminders.refresh();
    reminders.stop();
    // Asleep: no timer runs from 07:00 to 19:00 in Paris; then the system says it resumed.
    vi.setSystemTime(new Date('2026-06-01T17:00:00Z'));
    reminders.check();
    reminders.start();
    await vi.advanceTimersByTimeAsync(4 * 60 * MINUTE);
    expect(shown).toHaveLength(1);
  });

  it('shows nothing before it has read a plan, and hands each plan on', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-06-01T17:59:00Z'));
    const notify = vi.fn();
    const reminders = new Reminders({
      readPlan: () => Promise.reject(new Error('locked')),
      readSchedule: () => Promise.resolve(null),
      scheduleStamp: () => null,
      due,
      notify,
      openNewEntry: () => {},
      timeZone: () => 'Europe/Paris',
    });
    cleanups.push(() => reminders.stop());
    await reminders.refresh();
    reminders.start();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(notify).not.toHaveBeenCalled();
    expect(reminders.plan).toBeNull();
  });

  it('before any unlock follows the schedule file, and reads it again when another program changes it', async () => {
    // Written by a journal with reminders on, then the app starts and nobody unlocks.
    const { service, vaultDir, reopen, shown, reminders, opened } = await setup('2026-06-01T16:00:00Z');
    reminders.stop();
    await service.lock();
    const app = reopen();
    cleanups.push(() => app.close());
    const started = new Reminders({
      readPlan: () => app.reminderPlan(undefined),
      readSchedule: () => app.reminderSchedule(),
      scheduleStamp: () => reminderFileStamp(join(vaultDir, REMINDER_FILE)),
      due,
      notify: (text, click) => shown.push({ text, click }),
      openNewEntry: opened,
      timeZone: () => 'Europe/Paris',
    });
    cleanups.push(() => started.stop());
    await started.refresh();
    started.start();
    expect(started.plan).toBeNull();
    expect(started.schedule).toEqual({ reminders: { enabled: true, times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] }, keepRunning: false, lastEntryDate: null });
    // 20:00 in Paris is 18:00 UTC: nothing before, one at it.
    await vi.advanceTimersByTimeAsync(2 * 60 * MINUTE - 30_000);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(shown.map((s) => s.text)).toEqual([REMINDER_TEXT]);
    shown[0]!.click();
    expect(opened).toHaveBeenCalledOnce();

    // Tuesday 19:00 in Paris: the CLI (another service on the same vault) writes today's entry; the
    // watch reads the file again and 20:00 passes without a reminder.
    await vi.advanceTimersByTimeAsync(23 * 60 * MINUTE - 30_000);
    const cli = reopen();
    cleanups.push(() => cli.close());
    await cli.unlock({ passphrase: PASSPHRASE });
    await cli.addEntry(entry({ occurredAt: '2026-06-02T18:55:00+02:00', mood: 6 }));
    cli.close();
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
      expect(started.schedule?.lastEntryDate).toBe('2026-06-02');
    });
    await vi.advanceTimersByTimeAsync(2 * 60 * MINUTE);
    expect(shown).toHaveLength(1);
    // Wednesday 20:00 comes again.
    await vi.advanceTimersByTimeAsync(24 * 60 * MINUTE);
    expect(shown).toHaveLength(2);
  });

  it('reads the plan again after the calls that can change it', () => {
    for (const method of ['unlock', 'updateSettings', 'addEntry', 'deleteEntry', 'commitImport']) expect(PLAN_MAY_CHANGE.has(method)).toBe(true);
    expect(PLAN_MAY_CHANGE.has('listEntries')).toBe(false);
  });
});

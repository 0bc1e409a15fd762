// The reminder schedule kept outside the encrypted journal, in reminders.json beside hearth.db, so
// the app can remind before the first unlock and follow entries the CLI adds while it is locked.
// It holds the reminder times and days, whether Hearth keeps running when its window is closed (so
// reminders outlive a window closed before the first unlock) and the date of the newest entry: no
// words, names, moods or counts. It exists only while reminders are on. The service rewrites it after every write under
// the vault's lock (with reminders off, only until it finds the file gone, and again once another
// process wrote: see SessionKeeper.keepReminders) and at each unlock (the journal's settings win); the shell only reads it.
// A missing, damaged, foreign or linked file means no reminders until the journal is unlocked.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { reminderSettingsSchema, type ReminderSchedule } from '../../shared/contract/reminders';
import type { ReminderSettings } from '../../shared/domain';
import { writeFileAtomic } from '../files/atomic-file';

export const REMINDER_FILE = 'reminders.json';
/** Far above any valid file (six times, seven days): a larger one is not read. */
const MAX_BYTES = 4096;

const fileSchema = z.strictObject({
  version: z.literal(1),
  /** The vault id hearth.db already holds in the clear: a file copied from another journal is ignored. */
  vaultId: z.string().min(1).max(100),
  times: reminderSettingsSchema.shape.times,
  days: reminderSettingsSchema.shape.days,
  keepRunning: z.boolean(),
  lastEntryDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});
export type ReminderFile = z.infer<typeof fileSchema>;

/** The file's text for these settings, or null when reminders are off (then there is no file). */
export function reminderFileText(vaultId: string, reminders: ReminderSettings, keepRunning: boolean, lastEntryDay: string | null): string | null {
  if (!reminders.enabled) return null;
  const file: ReminderFile = { version: 1, vaultId, times: reminders.times, days: reminders.days, keepRunning, lastEntryDay };
  return `${JSON.stringify(file)}\n`;
}

/** The file's bytes as text, or null when it is absent, not a plain file (a link is never followed) or too large. */
function readPlainFile(path: string): string | null {
  let fd: number | undefined;
  try {
    // O_NOFOLLOW where the system has it; the lstat covers the others.
    if (!lstatSync(path).isFile()) return null;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    const size = stat.size;
    if (!stat.isFile() || size > MAX_BYTES) return null;
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The schedule the file holds for this vault, or null: missing, damaged, unreadable or another journal's. */
export function readReminderFile(path: string, vaultId: string): ReminderSchedule | null {
  const text = readPlainFile(path);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success || parsed.data.vaultId !== vaultId) return null;
  const { times, days, keepRunning, lastEntryDay } = parsed.data;
  return { reminders: { enabled: true, times, days }, keepRunning, lastEntryDate: lastEntryDay };
}

/**
 * Makes the file match the journal: written (atomically, 0600, never through a link planted at its
 * name) when it differs, removed when reminders are off. Never throws: the journal's write has
 * already been committed, and the file is only a convenience for the time before an unlock. When it
 * cannot be written it is removed, so a stale one never reminds on a day already written.
 */
export async function keepReminderFile(
  path: string,
  vaultId: string,
  settings: { reminders: ReminderSettings; keepRunning: boolean },
  lastEntryDay: string | null,
): Promise<void> {
  const text = reminderFileText(vaultId, settings.reminders, settings.keepRunning, lastEntryDay);
  try {
    // Looked for first: rmSync of a missing file costs a thrown error, on every write with reminders off.
    if (text === null) {
      if (lstatSync(path, { throwIfNoEntry: false }) !== undefined) rmSync(path, { force: true });
    } else if (readPlainFile(path) !== text) await writeFileAtomic(path, text);
  } catch {
    try {
      rmSync(path, { force: true });
    } catch {
      // A folder planted at the name, or no right to remove it: reading it gives no schedule either.
    }
  }
}

/** What changes when the file is replaced or removed; the shell compares it to know when to read again. */
export function reminderFileStamp(path: string): string | null {
  try {
    const s = lstatSync(path, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
  } catch {
    return null;
  }
}

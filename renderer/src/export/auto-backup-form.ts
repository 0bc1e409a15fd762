// The words and checks of the automatic backup form.
import { AUTO_BACKUP_TRIGGERS, type AutoBackupTrigger } from '../../../shared/domain';
import type { ShownError } from '../ui/errors';

export const TRIGGER_LABELS: Record<AutoBackupTrigger, string> = {
  'lock-and-daily': 'On lock and daily',
  lock: 'On lock',
  daily: 'Daily',
};

/** In the order the form offers them: the default first. */
export const TRIGGER_CHOICES: readonly AutoBackupTrigger[] = ['lock-and-daily', ...AUTO_BACKUP_TRIGGERS.filter((t) => t !== 'lock-and-daily')];

export const KEEP_RANGE = { min: 1, max: 100, default: 10 } as const;

/** The number of backups to keep, from the number box's text, or the problem (field 'keep'). */
export function parseKeep(text: string): { ok: true; keep: number } | { ok: false; error: ShownError } {
  const keep = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(keep) || keep < KEEP_RANGE.min || keep > KEEP_RANGE.max) {
    return { ok: false, error: { message: `Keep a whole number of backups from ${KEEP_RANGE.min} to ${KEEP_RANGE.max}.`, field: 'keep' } };
  }
  return { ok: true, keep };
}

// The one sentence that says how sync stands ("Up to date · last synced 10:42", "3 changes from
// Laptop", "Syncing…"), for the status line and Settings → Sync alike.
import type { SyncActivity, SyncRound, SyncStatus } from '../../../shared/contract/sync';
import { plural } from '../../../shared/format';
import { formatInstant } from './date-locale';

/** "10:42" today, "2 Dec 2026, 10:42" on another day. */
export function syncedAt(iso: string, now: Date): string {
  const at = new Date(iso);
  const sameDay = at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate();
  return formatInstant(iso, sameDay ? 'time' : 'dateTime');
}

/** "3 changes from Laptop", "1 change from Laptop and 2 changes from Desk", or null when none came. */
export function changesFrom(round: SyncRound): string | null {
  if (round.applied === 0) return null;
  if (round.from.length === 0) return `${plural(round.applied, 'change')} from your other computers`;
  const parts = round.from.map((d) => `${plural(d.changes, 'change')} from ${d.name}`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** The status line, or null while this journal does not sync. */
export function syncLine(status: SyncStatus | null, activity: SyncActivity, now: Date): string | null {
  if (status === null || status.folder === null) return null;
  if (activity.syncing) return 'Syncing…';
  const last = activity.last;
  if (last !== null && !last.ok) return `Sync did not work: ${last.message}`;
  const round = last?.ok ? last.round : null;
  const lastSynced = last?.at ?? status.lastSyncedAt;
  const parts = [(round && changesFrom(round)) ?? (lastSynced === null ? 'Not synced yet' : 'Up to date')];
  if (lastSynced !== null) parts.push(`last synced ${syncedAt(lastSynced, now)}`);
  if (round && round.skipped.length > 0) parts.push(`${plural(round.skipped.length, 'file')} skipped`);
  return parts.join(' · ');
}

// The small line that says how sync stands, read out politely when it changes. Empty while the
// journal does not sync; the live region stays, so the first sentence is announced too.
import type { SyncStatus } from '../../../shared/contract/sync';
import { useSyncActivity } from './sync-activity';
import { syncLine } from './sync-words';
import { useData } from './useData';

export function SyncStatusLine({ className = 'sync-line' }: { className?: string }) {
  const { activity, setUps } = useSyncActivity();
  const status = useData<SyncStatus>(() => window.hearth.syncStatus(), [activity.syncing, activity.last?.at, setUps], { refetchOnJournalChange: true });
  const line = syncLine(status.value, activity, new Date());
  return (
    <p className={className} role="status" aria-live="polite">
      {line ?? ''}
    </p>
  );
}

// Last-writer-wins per record. The state holds, for every record ever changed, the change with the
// greatest stamp; a deletion is a change like any other (a tombstone), so it wins over older edits
// and loses to newer ones. Taking the greatest of a totally ordered set is commutative,
// associative and idempotent: any arrival order, with any repeats, ends in the same state.
import { compareHlc, type Hlc } from './hlc';

export const SYNCED_KINDS = ['entry', 'person', 'checkin', 'settings'] as const;
export type SyncedKind = (typeof SYNCED_KINDS)[number];

export interface Change {
  readonly kind: SyncedKind;
  readonly id: string;
  readonly hlc: Hlc;
  /** The whole record as the vault stores it, or null for a deletion. */
  readonly body: unknown;
}

export type MergeState = Map<string, Change>;

export function recordKey(change: Pick<Change, 'kind' | 'id'>): string {
  return `${change.kind}:${change.id}`;
}

/** Keeps `change` when it is newer than what the state holds for its record; says whether it did. */
export function mergeChange(state: MergeState, change: Change): boolean {
  const key = recordKey(change);
  const held = state.get(key);
  if (held !== undefined && compareHlc(change.hlc, held.hlc) <= 0) return false;
  state.set(key, change);
  return true;
}

export function mergeAll(state: MergeState, changes: Iterable<Change>): Change[] {
  const applied: Change[] = [];
  for (const change of changes) if (mergeChange(state, change)) applied.push(change);
  return applied;
}

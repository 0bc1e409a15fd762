// When a device writes a snapshot, and which of its own files it may delete, without the disk.
// A device deletes only its own change files, only below every known device's acknowledgement
// (each has applied them), and only below what its newest snapshot covers (so a device that joins
// later, or one passing a file it cannot open, still has a way in). A known device that never
// acknowledges holds this back until it is forgotten here.
import type { DeviceFile } from './device-file';
import { parseChangeFilePath } from './folder-listing';
import { snapshotNumber, type Coverage } from './snapshot-file';

/** A device writes a new snapshot once it has published this many change files since its last, at the least. */
export const SNAPSHOT_EVERY = 64;
/** And at the least one change file for this many records the snapshot holds. */
const RECORDS_PER_FILE_BETWEEN = 100;

/**
 * How many change files between snapshots for a journal of `records` records. A snapshot costs
 * about what the whole journal costs to seal (some 15 s at 100,000 records), so in a large journal
 * they come rarer: shared over the files published since the last one, its cost stays the same at
 * any size. A snapshot asked for by a device that cannot open a file comes at once all the same.
 */
export function snapshotEvery(records: number): number {
  return Math.max(SNAPSHOT_EVERY, Math.ceil(records / RECORDS_PER_FILE_BETWEEN));
}

export interface OwnSnapshot {
  readonly n: number;
  readonly covers: Coverage;
}

export interface SnapshotInput {
  readonly ownDevice: string;
  /** The number this device publishes next. */
  readonly ownNext: number;
  readonly newest: OwnSnapshot | null;
  /** The device files of the devices this one does not ignore (known, not forgotten). */
  readonly others: ReadonlyMap<string, DeviceFile | null>;
  readonly every?: number;
}

/** Whether to write a snapshot now: enough published since the last, or another device reports a file of this one it cannot open and no snapshot covers it. */
export function snapshotDue(input: SnapshotInput): boolean {
  const covered = input.newest?.covers[input.ownDevice] ?? 1;
  if (input.ownNext - covered >= (input.every ?? SNAPSHOT_EVERY)) return true;
  for (const file of input.others.values()) {
    if (file?.refused.some((r) => r.device === input.ownDevice && r.seq >= covered && r.seq < input.ownNext)) return true;
  }
  return false;
}

/**
 * The first own change-file number that must stay: below every known device's acknowledgement of
 * this device and below what this device's newest snapshot covers. A known device whose file is
 * missing or unreadable acknowledges nothing.
 */
export function keepFrom(ownDevice: string, newest: OwnSnapshot | null, known: readonly string[], files: ReadonlyMap<string, DeviceFile | null>): number {
  let bound = newest?.covers[ownDevice] ?? 1;
  for (const id of known) {
    if (id === ownDevice) continue;
    bound = Math.min(bound, files.get(id)?.acks[ownDevice] ?? 1);
  }
  return bound;
}

/** What publishing a change file or snapshot leaves when stopped midway (../files/atomic-file.ts partialName). */
const LEFT_PARTWAY = /^(\d{12}|snapshot-\d{12})\.hearthsync\.[0-9a-f]{12}\.partial$/;

/**
 * Of the names in this device's folder, the change files (copies too) below `keep`, the snapshots
 * older than `newest`, and what a publish stopped midway left (only this device, holding its
 * vault's write lock, writes there).
 */
export function removable(ownDevice: string, names: readonly string[], keep: number, newest: number | null): string[] {
  return names.filter((name) => {
    if (LEFT_PARTWAY.test(name)) return true;
    const file = parseChangeFilePath(`devices/${ownDevice}/${name}`);
    if (file !== null) return file.seq < keep;
    const n = snapshotNumber(name);
    return n !== null && newest !== null && n < newest;
  });
}

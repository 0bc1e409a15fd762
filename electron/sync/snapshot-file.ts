// A snapshot: the whole merged state one device held (every synced record with its stamp, deletion
// tombstones too) and, per device, the first change-file number it does not cover. Applying it is
// applying many changes (merge is last-writer-wins and idempotent), after which the reader needs
// only the files from those numbers on: so old change files may go, a late joiner starts here, and
// a file that never opens is passed by. Sealed in the change-file layout (./change-file.ts) under
// the journal's key; the associated data names the snapshot, its device and its number, so a
// snapshot moved to another device's folder, renamed, or of another journal is refused by name.
import { z } from 'zod';
import { CHANGE_FILE_SUFFIX } from './folder-listing';
import { openFolderFile, sealFolderFile, type ChangeFileProblem } from './change-file';
import { readChange } from './change-schema';
import type { Change } from './merge';
import type { Sodium } from '../vault/sodium';

const SNAPSHOT_NAME = /^snapshot-(\d{12})\.hearthsync$/;
const DEVICE_ID = /^[0-9a-f]{32}$/;

/** Per device id, the first change-file number not covered (every number below it is). */
export type Coverage = Record<string, number>;

export interface Snapshot {
  readonly covers: Coverage;
  readonly changes: Change[];
}

export type OpenedSnapshot = { readonly ok: true; readonly snapshot: Snapshot } | { readonly ok: false; readonly reason: ChangeFileProblem };

export function snapshotFileName(n: number): string {
  return `snapshot-${String(n).padStart(12, '0')}${CHANGE_FILE_SUFFIX}`;
}

/** The number of a snapshot file's name, or null for any other name (a sync tool's copy included). */
export function snapshotNumber(name: string): number | null {
  const match = SNAPSHOT_NAME.exec(name);
  return match === null ? null : Number(match[1]);
}

const tail = (device: string, n: number) => `:snapshot:${device}:${n}`;

const seqNumber = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const coverageSchema = z.record(z.string().regex(DEVICE_ID), seqNumber);

const payload = z.strictObject({
  v: z.literal(1),
  covers: coverageSchema,
  // Each checked as a change file's are (./change-schema.ts).
  changes: z.array(z.unknown()),
});

export function sealSnapshot(sodium: Sodium, syncKey: Uint8Array, journalId: string, device: string, n: number, snapshot: Snapshot): Uint8Array {
  return sealFolderFile(sodium, syncKey, journalId, tail(device, n), JSON.stringify({ v: 1, covers: snapshot.covers, changes: snapshot.changes }));
}

export function openSnapshot(sodium: Sodium, syncKey: Uint8Array, journalId: string, device: string, n: number, file: Uint8Array): OpenedSnapshot {
  const opened = openFolderFile(sodium, syncKey, journalId, tail(device, n), file);
  if (!opened.ok) return opened;
  let json: unknown;
  try {
    json = JSON.parse(opened.text);
  } catch {
    return { ok: false, reason: 'does-not-open' };
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'does-not-open' };
  const changes: Change[] = [];
  for (const value of parsed.data.changes) {
    const change = readChange(value);
    if (change === null) return { ok: false, reason: 'does-not-open' };
    changes.push(change);
  }
  return { ok: true, snapshot: { covers: parsed.data.covers, changes } };
}

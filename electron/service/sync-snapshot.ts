// Snapshots, acknowledgements and compaction as a round does them (see ../sync/snapshot-file.ts,
// ../sync/device-file.ts, ../sync/compaction.ts). Reading: the other devices' device files, and a
// snapshot when one covers what this device's files could not give it. Writing, after applying:
// a snapshot when one is due, this device's device file (its acknowledgements, the files it
// refuses, its newest snapshot), then the deletion of its own change files every known device has
// applied and its snapshot covers, and of its superseded snapshots. Every step is safe to stop
// anywhere: a snapshot is published whole before the device file names it, and only then is
// anything deleted.
import { CHANGE_FILE_PROBLEMS } from '../sync/change-file';
import { keepFrom, removable, snapshotDue, snapshotEvery, type OwnSnapshot } from '../sync/compaction';
import { DEVICE_FILE, openDeviceFile, sameDeviceFile, sealDeviceFile, type DeviceFile, type RefusedFile } from '../sync/device-file';
import { parseChangeFilePath } from '../sync/folder-listing';
import type { Change } from '../sync/merge';
import type { SkippedFile } from '../sync/round';
import { openSnapshot, sealSnapshot, snapshotFileName, snapshotNumber, type Coverage, type OpenedSnapshot } from '../sync/snapshot-file';
import { deviceFolderFiles, MAX_SNAPSHOT_BYTES, publishNewFile, readFolderFile, readFolderFiles, removeOwnFile, writeOwnFile } from '../sync/sync-folder';
import type { Sodium } from '../vault/sodium';
import type { SyncParts } from './journal-sync';
import type { DeviceState } from './sync-local';
import { changeBody, isSyncedKind, SYNCED_SETTINGS_ID } from './sync-records';

export interface SnapshotPolicy {
  /** Own change files published between snapshots (../sync/compaction.ts snapshotEvery by default). */
  readonly every?: number;
}

/** The device files of `ids`, each null when missing or not opening. */
export async function readDeviceFiles(sodium: Sodium, parts: SyncParts, folder: string, ids: Iterable<string>): Promise<Map<string, DeviceFile | null>> {
  const key = parts.cipher.syncFolderKey();
  const devices = [...new Set(ids)];
  const read = await readFolderFiles(folder, devices.map((id) => `devices/${id}/${DEVICE_FILE}`));
  return new Map(devices.map((id, i) => [id, read[i] == null ? null : openDeviceFile(sodium, key, parts.vaultId, id, read[i]!)]));
}

/**
 * The snapshots worth opening, most useful first: those whose coverage goes past what this
 * device has applied of some device it reads (a file gone after compaction, one refused here, or
 * a journal just joined).
 */
export function usefulSnapshots(files: ReadonlyMap<string, DeviceFile | null>, ownDevice: string, ignored: ReadonlySet<string>, nextSeq: Readonly<Record<string, number>>): Array<{ device: string; n: number }> {
  const found: Array<{ device: string; n: number; gain: number }> = [];
  for (const [device, file] of files) {
    if (device === ownDevice || ignored.has(device) || file?.snapshot == null) continue;
    let gain = 0;
    for (const [id, covers] of Object.entries(file.snapshot.covers)) if (id !== ownDevice && !ignored.has(id)) gain += Math.max(0, covers - (nextSeq[id] ?? 1));
    if (gain > 0) found.push({ device, n: file.snapshot.n, gain });
  }
  return found.sort((a, b) => b.gain - a.gain || (a.device < b.device ? -1 : 1));
}

export async function readSnapshot(sodium: Sodium, parts: SyncParts, folder: string, device: string, n: number): Promise<OpenedSnapshot> {
  const bytes = await readFolderFile(folder, `devices/${device}/${snapshotFileName(n)}`, MAX_SNAPSHOT_BYTES);
  if (bytes === null) return { ok: false, reason: 'incomplete' };
  return openSnapshot(sodium, parts.cipher.syncFolderKey(), parts.vaultId, device, n, bytes);
}

/** The files of other devices this device refuses and waits at: each the next number it needs of that device. */
export function refusedFiles(skipped: readonly SkippedFile[], nextSeq: Readonly<Record<string, number>>): RefusedFile[] {
  const refused = new Map<string, RefusedFile>();
  for (const s of skipped) {
    const file = parseChangeFilePath(s.file);
    if (file === null || s.reason === CHANGE_FILE_PROBLEMS.incomplete || file.seq !== (nextSeq[file.device] ?? 1)) continue;
    refused.set(`${file.device}:${file.seq}`, { device: file.device, seq: file.seq });
  }
  return [...refused.values()];
}

/** Every record this journal holds with its stamp, and every deletion, as changes. */
function mergedState({ store, cipher, local }: SyncParts): Change[] {
  const changes: Change[] = [];
  for (const stamp of local.allStamps()) {
    if (!isSyncedKind(stamp.kind)) continue;
    const id = stamp.kind === 'settings' ? SYNCED_SETTINGS_ID : stamp.id;
    if (stamp.deleted) {
      changes.push({ kind: stamp.kind, id, hlc: stamp.hlc, body: null });
      continue;
    }
    const record = store.get(stamp.id);
    if (record === null || record.kind !== stamp.kind) continue;
    try {
      changes.push({ kind: stamp.kind, id, hlc: stamp.hlc, body: changeBody(stamp.kind, cipher.openText(record)) });
    } catch {
      // A record that does not open has nothing to give; it is reported as damaged elsewhere.
    }
  }
  return changes;
}

export interface UpkeepInput {
  /** After applying: per other device, the first number not applied here. */
  readonly nextSeq: Readonly<Record<string, number>>;
  readonly forgotten: ReadonlySet<string>;
  readonly refused: readonly RefusedFile[];
  readonly files: ReadonlyMap<string, DeviceFile | null>;
  /** The device folders listed this round. */
  readonly devices: readonly string[];
}

/** This device's own files in the folder, as upkeep starts from them. */
export interface OwnFiles {
  /** The names of the plain files in its folder. */
  readonly names: string[];
  /** Its device file, or null when missing or not opening. */
  readonly file: DeviceFile | null;
}

/**
 * Reads this device's own files. Only this device writes there, and only in publish and upkeep, so
 * the round reads them while it applies (after publishing), and its thread does not wait on them.
 */
export async function readOwnFiles(sodium: Sodium, parts: SyncParts, device: DeviceState): Promise<OwnFiles> {
  const [names, bytes] = await Promise.all([deviceFolderFiles(device.folder, device.id), readFolderFile(device.folder, `devices/${device.id}/${DEVICE_FILE}`)]);
  return { names, file: bytes === null ? null : openDeviceFile(sodium, parts.cipher.syncFolderKey(), parts.vaultId, device.id, bytes) };
}

/** After a round applied: a snapshot when due, this device's file, then compaction. */
export async function upkeep(sodium: Sodium, parts: SyncParts, device: DeviceState, input: UpkeepInput, ownFiles: OwnFiles, policy: SnapshotPolicy = {}): Promise<void> {
  const folder = device.folder;
  const key = parts.cipher.syncFolderKey();
  const ownFile = ownFiles.file;
  const own = [...ownFiles.names];
  let newest: OwnSnapshot | null = ownFile?.snapshot != null && own.includes(snapshotFileName(ownFile.snapshot.n)) ? ownFile.snapshot : null;
  const known = input.devices.filter((id) => id !== device.id && !input.forgotten.has(id));
  const others = new Map(known.map((id) => [id, input.files.get(id) ?? null]));

  if (snapshotDue({ ownDevice: device.id, ownNext: device.nextSeq, newest, others, every: policy.every ?? snapshotEvery(parts.local.rows.countStamps()) })) {
    const covers: Coverage = { ...input.nextSeq, [device.id]: device.nextSeq };
    const snapshot = { covers, changes: mergedState(parts) };
    let n = Math.max(newest?.n ?? 0, ...own.map((name) => snapshotNumber(name) ?? 0)) + 1;
    for (;;) {
      try {
        await publishNewFile(folder, device.id, snapshotFileName(n), sealSnapshot(sodium, key, parts.vaultId, device.id, n, snapshot));
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || n > 1_000_000) throw e;
        n += 1;
      }
    }
    newest = { n, covers };
    own.push(snapshotFileName(n));
  }

  const acks: Coverage = {};
  for (const [id, seq] of Object.entries(input.nextSeq)) if (!input.forgotten.has(id) && id !== device.id) acks[id] = seq;
  const content: DeviceFile = { name: device.name, acks, refused: input.refused, snapshot: newest };
  if (ownFile === null || !sameDeviceFile(ownFile, content)) await writeOwnFile(folder, device.id, DEVICE_FILE, sealDeviceFile(sodium, key, parts.vaultId, device.id, content));

  // Only now, with the snapshot whole and named: what every known device has applied and the snapshot covers goes.
  const keep = keepFrom(device.id, newest, known, others);
  for (const name of removable(device.id, own, keep, newest?.n ?? null)) await removeOwnFile(folder, device.id, name);
}

/** This device's file with a new name, keeping what else it says. */
export async function writeDeviceName(sodium: Sodium, parts: SyncParts, device: DeviceState): Promise<void> {
  const key = parts.cipher.syncFolderKey();
  const bytes = await readFolderFile(device.folder, `devices/${device.id}/${DEVICE_FILE}`);
  const old = bytes === null ? null : openDeviceFile(sodium, key, parts.vaultId, device.id, bytes);
  const content: DeviceFile = { acks: {}, refused: [], snapshot: null, ...old, name: device.name };
  await writeOwnFile(device.folder, device.id, DEVICE_FILE, sealDeviceFile(sodium, key, parts.vaultId, device.id, content));
}

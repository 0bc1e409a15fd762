// Sync as the service offers it: set a folder up, run a round, say where things stand, rename this
// device, forget another, leave. Each runs on the unlocked journal holding the vault's write lock
// (HearthService.withLockedJournal), so the app and the CLI on one journal never sync at once, and
// no write happens between reading the journal and applying a round. See ./sync-round.ts.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { HearthError } from '../../shared/errors';
import { KEYS_FILE, parseKeysFile } from '../sync/folder-keys';
import { HlcClock } from '../sync/hlc';
import { parseChangeFilePath } from '../sync/folder-listing';
import { deviceFolderFiles, folderContents, listDevices, readFolderFile } from '../sync/sync-folder';
import { FOLDER_MODE } from '../files/atomic-file';
import { loadSodium } from '../vault/sodium';
import type { HearthService } from './hearth-service';
import type { Journal } from './journal';
import type { SyncParts } from './journal-sync';
import type { DeviceState } from './sync-local';
import { isSyncedKind } from './sync-records';
import { keepKeysFile, syncRound, type SyncRoundResult } from './sync-round';
import { readDeviceFiles, writeDeviceName } from './sync-snapshot';

export type { SyncRoundResult } from './sync-round';

export interface SyncDevice {
  id: string;
  /** As that device named itself, or null until its name file arrives. */
  name: string | null;
  /** Every change file of that device up to this number is applied here. */
  appliedUpTo: number;
  /** When a change file of that device was last applied here (ISO), or null. */
  lastSeenAt: string | null;
}

export interface SyncStatus {
  folder: string;
  device: { id: string; name: string };
  devices: SyncDevice[];
  lastSyncedAt: string | null;
  /** Changes made here since the last round published them. */
  unpublished: number;
}

/** The status with what the folder says (`hearth sync status`): snapshots and acknowledgements. */
export interface SyncFolderStatus extends SyncStatus {
  devices: Array<SyncDevice & { acknowledges: number | null }>;
  /** This computer's newest snapshot: its number and how many of this computer's change files it covers. */
  snapshot: { number: number; covers: number } | null;
  /** This computer's change files in the folder (compaction deletes those every computer applied). */
  changeFiles: number;
}

export const DEVICE_NAME_MAX = 100;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function requireDevice(parts: SyncParts): DeviceState {
  const device = parts.local.device();
  if (device === null) throw new HearthError('SYNC_NOT_SET_UP');
  return device;
}

function deviceName(name: string | undefined): string {
  const trimmed = (name ?? hostname()).trim().slice(0, DEVICE_NAME_MAX);
  return trimmed === '' ? 'This computer' : trimmed;
}

/** The journal ids the devices of a folder have written keys for. */
export async function folderJournals(folder: string): Promise<Set<string>> {
  const journals = new Set<string>();
  for (const id of await listDevices(folder)) {
    const file = await readFolderFile(folder, `devices/${id}/${KEYS_FILE}`);
    const keys = file && parseKeysFile(file);
    if (keys) journals.add(keys.journal);
  }
  return journals;
}

/**
 * `join` is a journal made from the folder's keys (./sync-join.ts): its records (only its first
 * settings) are not stamped, so everything the folder holds wins over them. Otherwise every
 * record of the journal is stamped now and published in the first round.
 */
export async function setUpSync(journal: Journal, arg: { folder: string; deviceName?: string }, mode: 'new' | 'join' = 'new'): Promise<SyncRoundResult> {
  const folder = resolve(arg.folder);
  const parts = journal.syncParts();
  const existing = parts.local.device();
  if (existing !== null) {
    if (existing.folder !== folder) throw new HearthError('SYNC_ALREADY_SET_UP');
    return syncRound(journal);
  }
  let contents: string[] | null;
  try {
    contents = await folderContents(folder);
  } catch {
    throw new HearthError('SYNC_FOLDER_NOT_EMPTY', `${folder} is not a folder.`);
  }
  if (contents === null) await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
  else if (contents.length > 0) {
    if (!contents.includes('devices')) throw new HearthError('SYNC_FOLDER_NOT_EMPTY');
    const journals = await folderJournals(folder);
    if ([...journals].some((j) => j !== parts.vaultId)) throw new HearthError('SYNC_OTHER_JOURNAL');
  }
  journal.refresh();
  const id = randomBytes(16).toString('hex');
  const device: DeviceState = { id, nextSeq: 1, folder, name: deviceName(arg.deviceName), last: { wall: 0, count: 0, device: id }, syncedAt: null };
  parts.local.rows.transaction(() => {
    const clock = new HlcClock(id, Date.now);
    if (mode === 'new') {
      for (const { id: recordId, kind } of parts.store.versions()) {
        if (isSyncedKind(kind)) parts.local.putStamp(recordId, kind, { hlc: clock.tick(), deleted: false }, false);
      }
    }
    parts.local.saveDevice({ ...device, last: clock.last() });
  });
  await keepKeysFile(parts, device);
  await writeName(parts, device);
  return syncRound(journal);
}

async function writeName(parts: SyncParts, device: DeviceState): Promise<void> {
  await writeDeviceName(await loadSodium(), parts, device);
}

export function syncStatusOf(journal: Journal): SyncStatus | null {
  const { local } = journal.syncParts();
  const device = local.device();
  if (device === null) return null;
  return {
    folder: device.folder,
    device: { id: device.id, name: device.name },
    devices: local
      .peers()
      .filter((p) => !p.forgotten)
      .map((p) => ({ id: p.id, name: p.name, appliedUpTo: p.nextSeq - 1, lastSeenAt: iso(p.seenAt) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    lastSyncedAt: iso(device.syncedAt),
    unpublished: local.rows.countUnpublished(),
  };
}

/**
 * syncStatusOf with what the device files in the folder say: for each other computer, how many
 * of this computer's change files it says it applied (null until its file says), which is what
 * holds compaction back.
 */
export async function syncFolderStatusOf(journal: Journal): Promise<SyncFolderStatus | null> {
  const status = syncStatusOf(journal);
  if (status === null) return null;
  const parts = journal.syncParts();
  const sodium = await loadSodium();
  const files = await readDeviceFiles(sodium, parts, status.folder, [status.device.id, ...status.devices.map((d) => d.id)]);
  const own = files.get(status.device.id)?.snapshot ?? null;
  const acked = (id: string) => {
    const seq = files.get(id)?.acks[status.device.id];
    return seq === undefined ? null : seq - 1;
  };
  return {
    ...status,
    devices: status.devices.map((d) => ({ ...d, acknowledges: acked(d.id) })),
    snapshot: own === null ? null : { number: own.n, covers: (own.covers[status.device.id] ?? 1) - 1 },
    changeFiles: (await deviceFolderFiles(status.folder, status.device.id)).filter((name) => parseChangeFilePath(`devices/${status.device.id}/${name}`) !== null).length,
  };
}

export async function renameThisDevice(journal: Journal, name: string): Promise<void> {
  const parts = journal.syncParts();
  const device = { ...requireDevice(parts), name: deviceName(name) };
  parts.local.saveDevice(device);
  await writeName(parts, device);
}

/** Stops reading a device's files here; they stay in the folder. */
export function forgetSyncDevice(journal: Journal, id: string): void {
  const { local } = journal.syncParts();
  requireDevice(journal.syncParts());
  const peer = local.peers().find((p) => p.id === id);
  if (peer === undefined) throw new HearthError('NOT_FOUND', 'This journal knows no device with that id.');
  local.savePeer({ ...peer, forgotten: true });
}

/** Stops syncing here: this device's sync state goes; the folder and the journal stay as they are. */
export function leaveSync(journal: Journal): void {
  const { local } = journal.syncParts();
  requireDevice(journal.syncParts());
  local.rows.transaction(() => local.rows.clear());
}

/** The sync API of an unlocked HearthService. */
export class SyncSession {
  constructor(private readonly service: HearthService) {}

  syncSetUp(arg: { folder: string; deviceName?: string }): Promise<SyncRoundResult> {
    return this.service.withLockedJournal((j) => setUpSync(j, arg));
  }

  syncRound(): Promise<SyncRoundResult> {
    return this.service.withLockedJournal((j) => syncRound(j));
  }

  /** Where sync stands, or null when it is not set up. */
  syncStatus(): Promise<SyncFolderStatus | null> {
    return this.service.withJournalToRead((j) => syncFolderStatusOf(j));
  }

  renameDevice(name: string): Promise<void> {
    return this.service.withLockedJournal((j) => renameThisDevice(j, name));
  }

  forgetDevice(id: string): Promise<void> {
    return this.service.withLockedJournal(async (j) => forgetSyncDevice(j, id));
  }

  syncLeave(): Promise<void> {
    return this.service.withLockedJournal(async (j) => leaveSync(j));
  }
}

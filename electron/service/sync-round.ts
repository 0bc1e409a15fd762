// One sync round, holding the vault's write lock: publish what this device changed since its last
// round as change files under its own folder, then read the other devices' files in number order,
// merge them record by record with what this journal holds (last writer wins by (stamp, device)),
// and write the winners in one transaction, through the same commit as every other write, keeping
// the other device's stamps. What a sync tool did to the folder (a file half there, a conflict
// copy, a gap) is handled by ../sync/round.ts; a file that does not open is skipped by name.
import { randomUUID } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { HearthError } from '../../shared/errors';
import { CHANGE_FILE_PROBLEMS, openChangeFile, sealChangeFile, type OpenedChangeFile } from '../sync/change-file';
import { KEYS_FILE, keysFileText } from '../sync/folder-keys';
import { parseChangeFilePath, type ListedChangeFile } from '../sync/folder-listing';
import { compareHlc, HlcClock } from '../sync/hlc';
import type { Change } from '../sync/merge';
import { planRound, type SkippedFile } from '../sync/round';
import { snapshotFileName } from '../sync/snapshot-file';
import { listChangeFiles, listDevices, publishChangeFile, readFolderFile, readFolderFiles, writeOwnFile } from '../sync/sync-folder';
import type { SealedRecord } from '../vault/record-cipher';
import { loadSodium, type Sodium } from '../vault/sodium';
import type { Keyslot } from '../vault/keyslots';
import type { Journal } from './journal';
import type { SyncParts } from './journal-sync';
import type { DeviceState, PeerState } from './sync-local';
import { changeBody, localValue, readableBody, SYNCED_SETTINGS_ID } from './sync-records';
import { SCHEMA } from './stored-records';
import { readDeviceFiles, readOwnFiles, readSnapshot, refusedFiles, upkeep, usefulSnapshots, type SnapshotPolicy, type UpkeepInput } from './sync-snapshot';

export interface SyncRoundResult {
  /** Changes of this device published this round. */
  published: number;
  /** Changes of other devices that changed this journal this round. */
  applied: number;
  /** Files not applied, each with why; a file not yet whole is tried again next round. */
  skipped: SkippedFile[];
  /** Of `applied`, how many came from each device ("3 changes from Laptop"); devices with none are left out. */
  from: Array<{ id: string; name: string | null; applied: number }>;
}

type Applied = Omit<SyncRoundResult, 'published'> & { upkeep: UpkeepInput };

/** At most this many changes in one file, so that no file grows past what is read into memory. */
const CHANGES_PER_FILE = 2000;

/** One round; the caller holds the write lock. `now` is the wall clock in ms. */
export async function syncRound(journal: Journal, now: () => number = Date.now, policy: SnapshotPolicy = {}): Promise<SyncRoundResult> {
  journal.refresh();
  const parts = journal.syncParts();
  const device = parts.local.device();
  if (device === null) throw new HearthError('SYNC_NOT_SET_UP');
  if (!(await isFolder(device.folder))) {
    throw new HearthError('FILE_ERROR', `The sync folder ${device.folder} is not there (a drive not connected, or the folder moved): nothing was synced.`);
  }
  const sodium = await loadSodium();
  await keepKeysFile(parts, device);
  const published = await publish(sodium, parts, device);
  const ownFiles = readOwnFiles(sodium, parts, device);
  // Not awaited if applying fails first; its own failure is then of no interest.
  ownFiles.catch(() => undefined);
  const { applied, skipped, from, upkeep: state } = await apply(sodium, journal, parts, now);
  await upkeep(sodium, parts, parts.local.device()!, state, await ownFiles, policy);
  return { published, applied, skipped, from };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The keys file matches the journal's key slots (a passphrase changed here reaches the folder). */
export async function keepKeysFile(parts: SyncParts, device: DeviceState): Promise<void> {
  const slots = (['passphrase', 'recovery'] as const).map((s) => parts.store.keyslot(s)).filter((k): k is Keyslot => k !== null);
  const text = keysFileText({ journal: parts.vaultId, slots });
  const there = await readFolderFile(device.folder, `devices/${device.id}/${KEYS_FILE}`);
  if (there === null || Buffer.from(there).toString('utf8') !== text) await writeOwnFile(device.folder, device.id, KEYS_FILE, text);
}

async function publish(sodium: Sodium, { vaultId, store, cipher, local }: SyncParts, device: DeviceState): Promise<number> {
  const rows = local.rows.unpublished();
  let nextSeq = device.nextSeq;
  let published = 0;
  for (let from = 0; from < rows.length; from += CHANGES_PER_FILE) {
    const chunk = rows.slice(from, from + CHANGES_PER_FILE);
    const changes: Change[] = [];
    for (const row of chunk) {
      const stamp = local.stamp(row.id);
      const kind = row.kind as Change['kind'];
      if (stamp === null) continue;
      let body: unknown = null;
      if (!stamp.deleted) {
        const record = store.get(row.id);
        let text: string | null = null;
        try {
          text = record && cipher.openText(record);
        } catch {
          // A record that does not open has nothing to send; it goes when it is next written or deleted.
        }
        if (text === null) continue;
        body = changeBody(kind, text);
      }
      changes.push({ kind, id: kind === 'settings' ? SYNCED_SETTINGS_ID : row.id, hlc: stamp.hlc, body });
    }
    if (changes.length > 0) {
      nextSeq = await publishAt(sodium, cipher.syncFolderKey(), vaultId, device, nextSeq, changes);
      published += changes.length;
    }
    const seq = nextSeq;
    local.rows.transaction(() => {
      local.rows.markPublished(chunk.map((r) => r.id));
      const now = local.device();
      if (now !== null) local.saveDevice({ ...now, nextSeq: seq });
    });
  }
  return published;
}

/**
 * Publishes `changes` under the first free number from `seq` and returns the number after it. A
 * number is taken already only when this device published it and was stopped before noting so;
 * its changes are still unpublished here, so they go again, harmlessly, under the next number.
 */
async function publishAt(sodium: Sodium, key: Uint8Array, vaultId: string, device: DeviceState, seq: number, changes: Change[]): Promise<number> {
  for (let n = seq; ; n++) {
    try {
      await publishChangeFile(device.folder, device.id, n, sealChangeFile(sodium, key, vaultId, { device: device.id, seq: n }, changes));
      return n + 1;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || n > seq + 1000) throw e;
    }
  }
}

/**
 * A change another device may send: settings under the one settings id, and a record this Hearth
 * can read. (An id that names a record of another kind here is passed over when merging.)
 */
function acceptable(change: Change): boolean {
  return (change.kind === 'settings') === (change.id === SYNCED_SETTINGS_ID) && readableBody(change.kind, change.body);
}

async function apply(sodium: Sodium, journal: Journal, parts: SyncParts, now: () => number): Promise<Applied> {
  const { vaultId, store, cipher, local } = parts;
  const device = local.device()!;
  const peers = new Map(local.peers().map((p) => [p.id, p]));
  const forgotten = new Set([...peers.values()].filter((p) => p.forgotten).map((p) => p.id));
  const listed = (await listChangeFiles(device.folder)).filter((f) => f.device !== device.id && !forgotten.has(f.device));
  const nextSeq: Record<string, number> = {};
  for (const p of peers.values()) nextSeq[p.id] = p.nextSeq;
  const seen = new Set([...peers.values()].flatMap((p) => p.copies));
  // The other devices' own files are read meanwhile: this thread opens and checks the change files.
  const devicesRead = listDevices(device.folder).then(async (listedIds) => {
    const ids = new Set([...peers.keys(), ...listedIds].filter((id) => id !== device.id));
    return { listedIds, ids, files: await readDeviceFiles(sodium, parts, device.folder, ids) };
  });
  // Not awaited if reading a change file fails first; its own failure is then of no interest.
  devicesRead.catch(() => undefined);
  const wanted = listed.filter((f) => f.seq >= (nextSeq[f.device] ?? 1) || (f.copy && !seen.has(f.path)));
  const read = await readFolderFiles(device.folder, wanted.map((f) => f.path));
  const bytes = new Map(wanted.map((f, i) => [f.path, read[i]!]));
  const key = cipher.syncFolderKey();
  const openedFiles = new Map<string, OpenedChangeFile>();
  const open = (f: ListedChangeFile): OpenedChangeFile => {
    const known = openedFiles.get(f.path);
    if (known !== undefined) return known;
    const b = bytes.get(f.path);
    if (b === undefined || b === null) return { ok: false, reason: 'incomplete' };
    const opened = openChangeFile(sodium, key, vaultId, f, b);
    const result: OpenedChangeFile = opened.ok && !opened.changes.every(acceptable) ? { ok: false, reason: 'not-readable' } : opened;
    openedFiles.set(f.path, result);
    return result;
  };
  let plan = planRound({ ownDevice: device.id, listed, nextSeq, seen, open });
  const changes = [...plan.changes];
  const appliedPaths = [...plan.applied];

  // What the files could not give (compacted away, refused here, a journal just joined), a snapshot
  // may: its records merge like any changes, then each device's numbers move up to what it covers.
  const { listedIds, ids, files } = await devicesRead;
  const snapshotSkips: SkippedFile[] = [];
  const tried = new Set<string>();
  // One snapshot may not cover every gap (each device's newest covers the others as far as it had them): take each that still helps.
  for (;;) {
    const candidate = usefulSnapshots(files, device.id, forgotten, plan.nextSeq).find((c) => !tried.has(c.device));
    if (candidate === undefined) break;
    tried.add(candidate.device);
    const opened = await readSnapshot(sodium, parts, device.folder, candidate.device, candidate.n);
    const result = opened.ok && !opened.snapshot.changes.every(acceptable) ? ({ ok: false, reason: 'not-readable' } as const) : opened;
    if (!result.ok) {
      snapshotSkips.push({ file: `devices/${candidate.device}/${snapshotFileName(candidate.n)}`, reason: CHANGE_FILE_PROBLEMS[result.reason] });
      continue;
    }
    const raised: Record<string, number> = { ...plan.nextSeq };
    for (const [id, covers] of Object.entries(result.snapshot.covers)) if (id !== device.id && !forgotten.has(id)) raised[id] = Math.max(raised[id] ?? 1, covers);
    changes.push(...result.snapshot.changes);
    plan = planRound({ ownDevice: device.id, listed, nextSeq: raised, seen: new Set([...seen, ...appliedPaths]), open });
    changes.push(...plan.changes);
    appliedPaths.push(...plan.applied);
  }

  // Merge: per record, the greatest stamp among this journal's and every change read.
  const clock = new HlcClock(device.id, now, device.last);
  const settingsId = journal.index.settingsId ?? randomUUID();
  const winners = new Map<string, Change>();
  const idOf = (change: Change) => (change.kind === 'settings' ? settingsId : change.id);
  const stamps = local.stampsOf([...new Set(changes.map(idOf))]);
  for (const change of changes) {
    clock.receive(change.hlc);
    const id = idOf(change);
    const here = parts.kindOf(id);
    if (here !== undefined && here !== change.kind) continue;
    const held = winners.get(id)?.hlc ?? stamps.get(id)?.hlc;
    if (held !== undefined && compareHlc(change.hlc, held) <= 0) continue;
    winners.set(id, change);
  }

  const puts: SealedRecord[] = [];
  const deletes: Array<{ id: string; kind: string }> = [];
  const values = new Map<string, unknown>();
  const settingsRow = store.get(settingsId);
  const localSettings = settingsRow === null ? null : (JSON.parse(cipher.openText(settingsRow)) as object);
  for (const [id, change] of winners) {
    if (change.body === null) {
      const kind = parts.kindOf(id);
      if (kind !== undefined) deletes.push({ id, kind });
    } else {
      const value = localValue(change.kind, change.body as object, localSettings);
      puts.push(cipher.seal(change.kind, id, SCHEMA, value));
      values.set(id, value);
    }
  }

  const names = new Map([...files].map(([id, f]) => [id, f?.name ?? null]));
  const at = now();
  const finalSeq: Record<string, number> = {};
  const alongside = () => {
    for (const [id, change] of winners) local.putStamp(id, change.kind, { hlc: change.hlc, deleted: change.body === null }, true);
    const listedPaths = new Set(listed.map((f) => f.path));
    for (const id of new Set([...peers.keys(), ...Object.keys(plan.nextSeq), ...ids])) {
      const old: PeerState = peers.get(id) ?? { id, nextSeq: 1, forgotten: false, name: null, seenAt: null, copies: [] };
      const next = Math.max(old.nextSeq, plan.nextSeq[id] ?? 1);
      const fresh = appliedPaths.filter((p) => p.startsWith(`devices/${id}/`));
      // Only copies below the numbers applied need remembering, and only while they are in the folder.
      const copies = [...old.copies, ...fresh].filter((p) => {
        const f = parseChangeFilePath(p);
        return f !== null && f.copy && f.seq < next && listedPaths.has(p);
      });
      local.savePeer({ ...old, nextSeq: next, name: names.get(id) ?? old.name, seenAt: fresh.length > 0 ? at : old.seenAt, copies: [...new Set(copies)] });
      finalSeq[id] = next;
    }
    const current = local.device()!;
    local.saveDevice({ ...current, last: clock.last(), syncedAt: at });
  };
  if (puts.length > 0 || deletes.length > 0) journal.applySynced(puts, deletes, values, alongside);
  else local.rows.transaction(alongside);
  const counts = new Map<string, number>();
  for (const change of winners.values()) counts.set(change.hlc.device, (counts.get(change.hlc.device) ?? 0) + 1);
  const from = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, applied]) => ({ id, name: names.get(id) ?? null, applied }));
  const skipped = [...snapshotSkips, ...plan.skipped];
  return { applied: winners.size, skipped, from, upkeep: { nextSeq: finalSeq, forgotten, refused: refusedFiles(plan.skipped, finalSeq), files, devices: listedIds } };
}

// This device's sync state in hearth.db: its id and clock, the folder, the other devices, and each
// synced record's stamp. Ids, kinds, numbers and the published bit are in the clear; everything
// that says when, or names a person, a device or a path, is sealed under the sync-state subkey,
// bound to its row. It also stamps every local write, inside the write's own transaction.
import { compareHlc, HlcClock, type Hlc } from '../sync/hlc';
import { parseChangeFilePath } from '../sync/folder-listing';
import type { SyncedKind } from '../sync/merge';
import type { RecordStore } from '../store/record-store';
import { SyncRows, type StampRow } from '../store/sync-rows';
import type { RecordCipher, SealedRecord } from '../vault/record-cipher';
import { isSyncedKind, sharedSettings } from './sync-records';

export interface DeviceState {
  readonly id: string;
  readonly nextSeq: number;
  readonly folder: string;
  readonly name: string;
  readonly last: Hlc;
  /** When a round last finished here (ms), or null. */
  readonly syncedAt: number | null;
}

export interface PeerState {
  readonly id: string;
  readonly nextSeq: number;
  readonly forgotten: boolean;
  readonly name: string | null;
  /** When a file of this device was last applied here (ms), or null. */
  readonly seenAt: number | null;
  /**
   * The conflict copies of this device's files already applied, that are still in the folder.
   * Files under a number's own name below `nextSeq` need no list: they are applied, or covered by
   * a snapshot applied. (A journal synced before snapshots kept every applied file here, as
   * `applied`; read, it keeps only the copies, and nothing is read twice or passed over.)
   */
  readonly copies: readonly string[];
}

export interface Stamp {
  readonly hlc: Hlc;
  readonly deleted: boolean;
}

export interface StampState extends Stamp {
  readonly kind: string;
  readonly published: boolean;
}

export class SyncLocal {
  readonly rows: SyncRows;

  constructor(
    private readonly store: RecordStore,
    private readonly cipher: RecordCipher,
    private readonly now: () => number = Date.now,
  ) {
    this.rows = new SyncRows(store.db);
  }

  /** This device's state, or null when sync is not set up (or its row does not open). */
  device(): DeviceState | null {
    const row = this.rows.device();
    if (row === null) return null;
    const text = this.cipher.openSyncState(`device:${row.deviceId}`, row.nonce, row.box);
    if (text === null) return null;
    const { folder, name, last, syncedAt } = JSON.parse(text) as Pick<DeviceState, 'folder' | 'name' | 'last' | 'syncedAt'>;
    return { id: row.deviceId, nextSeq: row.nextSeq, folder, name, last, syncedAt };
  }

  saveDevice(state: DeviceState): void {
    const { id, nextSeq, ...sealed } = state;
    this.rows.putDevice({ deviceId: id, nextSeq, ...this.cipher.sealSyncState(`device:${id}`, JSON.stringify(sealed)) });
  }

  peers(): PeerState[] {
    return this.rows.peers().flatMap((row) => {
      const text = this.cipher.openSyncState(`peer:${row.deviceId}`, row.nonce, row.box);
      if (text === null) return [];
      const { name, seenAt, copies, applied } = JSON.parse(text) as Pick<PeerState, 'name' | 'seenAt'> & { copies?: string[]; applied?: string[] };
      const kept = copies ?? (applied ?? []).filter((path) => parseChangeFilePath(path)?.copy === true);
      return [{ id: row.deviceId, nextSeq: row.nextSeq, forgotten: row.forgotten, name, seenAt, copies: kept }];
    });
  }

  savePeer(peer: PeerState): void {
    const { id, nextSeq, forgotten, ...sealed } = peer;
    this.rows.putPeer({ deviceId: id, nextSeq, forgotten, ...this.cipher.sealSyncState(`peer:${id}`, JSON.stringify(sealed)) });
  }

  stamp(id: string): StampState | null {
    const row = this.rows.stamp(id);
    return row === null ? null : this.opened(row);
  }

  /** The stamps of those of `ids` that have one that opens, by id: a round's changes in one read. */
  stampsOf(ids: readonly string[]): Map<string, StampState> {
    const stamps = new Map<string, StampState>();
    for (const row of this.rows.stampsOf(ids)) {
      const stamp = this.opened(row);
      if (stamp !== null) stamps.set(row.id, stamp);
    }
    return stamps;
  }

  /** Every stamp that opens, with its record's id. */
  allStamps(): Array<StampState & { id: string }> {
    return this.rows.allStamps().flatMap((row) => {
      const stamp = this.opened(row);
      return stamp === null ? [] : [{ id: row.id, ...stamp }];
    });
  }

  /** A stamp that does not open is as if none: the record takes the next change that comes. */
  private opened(row: StampRow): StampState | null {
    const text = this.cipher.openSyncState(`stamp:${row.kind}:${row.id}`, row.nonce, row.box);
    if (text === null) return null;
    const { hlc, deleted } = JSON.parse(text) as Stamp;
    return { hlc, deleted, kind: row.kind, published: row.published };
  }

  putStamp(id: string, kind: SyncedKind, stamp: Stamp, published: boolean): void {
    this.rows.putStamp({ id, kind, published, ...this.cipher.sealSyncState(`stamp:${kind}:${id}`, JSON.stringify(stamp)) });
  }

  /**
   * Stamps a local write with fresh clock readings, unpublished; nothing when sync is not set up.
   * Runs inside the write's transaction, before its records are put or deleted. A settings write
   * that changes only this computer's own settings is not a change to send.
   */
  stampLocal(puts: readonly SealedRecord[], deletes: readonly string[]): void {
    const device = this.device();
    if (device === null) return;
    const clock = new HlcClock(device.id, this.now, device.last);
    for (const put of puts) {
      if (!isSyncedKind(put.kind) || (put.kind === 'settings' && !this.sharedSettingsChanged(put))) continue;
      this.putStamp(put.id, put.kind, { hlc: clock.tick(), deleted: false }, false);
    }
    for (const id of deletes) {
      const kind = this.store.get(id)?.kind;
      if (kind !== undefined && isSyncedKind(kind)) this.putStamp(id, kind, { hlc: clock.tick(), deleted: true }, false);
    }
    if (compareHlc(clock.last(), device.last) !== 0) this.saveDevice({ ...device, last: clock.last() });
  }

  private sharedSettingsChanged(put: SealedRecord): boolean {
    const old = this.store.get(put.id);
    if (old === null) return true;
    try {
      const before = sharedSettings(JSON.parse(this.cipher.openText(old)) as object);
      const after = sharedSettings(JSON.parse(this.cipher.openText(put)) as object);
      return JSON.stringify(before) !== JSON.stringify(after);
    } catch {
      return true;
    }
  }
}

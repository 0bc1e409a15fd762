// Row access for this device's sync state (the three sync tables of ./migrations.ts). No crypto:
// every box here is sealed and opened by the service (service/sync-local.ts).
import type { Db } from './database';

export interface SealedBox {
  nonce: Uint8Array;
  box: Uint8Array;
}

export interface DeviceRow extends SealedBox {
  deviceId: string;
  nextSeq: number;
}

export interface PeerRow extends SealedBox {
  deviceId: string;
  nextSeq: number;
  forgotten: boolean;
}

export interface StampRow extends SealedBox {
  id: string;
  kind: string;
  published: boolean;
}

interface RawPeer {
  device_id: string;
  next_seq: number;
  forgotten: number;
  nonce: Buffer;
  box: Buffer;
}

interface RawStamp {
  id: string;
  kind: string;
  published: number;
  nonce: Buffer;
  box: Buffer;
}

const stampOf = (r: RawStamp): StampRow => ({ id: r.id, kind: r.kind, published: r.published === 1, nonce: r.nonce, box: r.box });

export class SyncRows {
  private readonly selectStamp;
  private readonly upsertStamp;
  private readonly selectDevice;
  private readonly upsertDevice;

  constructor(private readonly db: Db) {
    this.selectStamp = db.prepare('SELECT id, kind, published, nonce, box FROM sync_stamps WHERE id = ?');
    this.upsertStamp = db.prepare('INSERT OR REPLACE INTO sync_stamps (id, kind, published, nonce, box) VALUES (?, ?, ?, ?, ?)');
    this.selectDevice = db.prepare('SELECT device_id, next_seq, nonce, box FROM sync_device WHERE singleton = 1');
    this.upsertDevice = db.prepare('INSERT OR REPLACE INTO sync_device (singleton, device_id, next_seq, nonce, box) VALUES (1, ?, ?, ?, ?)');
  }

  device(): DeviceRow | null {
    const r = this.selectDevice.get() as { device_id: string; next_seq: number; nonce: Buffer; box: Buffer } | undefined;
    return r ? { deviceId: r.device_id, nextSeq: r.next_seq, nonce: r.nonce, box: r.box } : null;
  }

  putDevice(row: DeviceRow): void {
    this.upsertDevice.run(row.deviceId, row.nextSeq, row.nonce, row.box);
  }

  peers(): PeerRow[] {
    return (this.db.prepare('SELECT device_id, next_seq, forgotten, nonce, box FROM sync_peers').all() as RawPeer[]).map((r) => ({
      deviceId: r.device_id,
      nextSeq: r.next_seq,
      forgotten: r.forgotten === 1,
      nonce: r.nonce,
      box: r.box,
    }));
  }

  putPeer(row: PeerRow): void {
    this.db
      .prepare('INSERT OR REPLACE INTO sync_peers (device_id, next_seq, forgotten, nonce, box) VALUES (?, ?, ?, ?, ?)')
      .run(row.deviceId, row.nextSeq, row.forgotten ? 1 : 0, row.nonce, row.box);
  }

  stamp(id: string): StampRow | null {
    const r = this.selectStamp.get(id) as RawStamp | undefined;
    return r ? stampOf(r) : null;
  }

  /** The stamps of those of `ids` that have one, read in one statement. */
  stampsOf(ids: readonly string[]): StampRow[] {
    const select = this.db.prepare('SELECT s.id, s.kind, s.published, s.nonce, s.box FROM json_each(?) AS j JOIN sync_stamps AS s ON s.id = j.value');
    return (select.all(JSON.stringify(ids)) as RawStamp[]).map(stampOf);
  }

  putStamp(row: StampRow): void {
    this.upsertStamp.run(row.id, row.kind, row.published ? 1 : 0, row.nonce, row.box);
  }

  unpublished(): StampRow[] {
    return (this.db.prepare('SELECT id, kind, published, nonce, box FROM sync_stamps WHERE published = 0').all() as RawStamp[]).map(stampOf);
  }

  /** Every stamp, for a snapshot of the whole merged state. */
  allStamps(): StampRow[] {
    return (this.db.prepare('SELECT id, kind, published, nonce, box FROM sync_stamps').all() as RawStamp[]).map(stampOf);
  }

  countStamps(): number {
    return this.db.prepare('SELECT count(*) FROM sync_stamps').pluck().get() as number;
  }

  countUnpublished(): number {
    return this.db.prepare('SELECT count(*) FROM sync_stamps WHERE published = 0').pluck().get() as number;
  }

  markPublished(ids: readonly string[]): void {
    const mark = this.db.prepare('UPDATE sync_stamps SET published = 1 WHERE id = ?');
    for (const id of ids) mark.run(id);
  }

  /** Ends sync on this device: its id, the other devices and every stamp go. */
  clear(): void {
    this.db.exec('DELETE FROM sync_stamps; DELETE FROM sync_peers; DELETE FROM sync_device;');
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}

// Salvage: every record of a damaged journal that still decrypts, and what was lost. The journal is
// only read, as bytes (./sqlite-pages.ts), never opened with SQLite: nothing can be written to it,
// and a zeroed page or a cut-off file loses only the records on the damaged pages.
import { existsSync, readFileSync } from 'node:fs';
import type { CorruptRecord } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import { asBackupRecord, type BackupRecord } from '../backup/backup-format';
import { deriveKey, kdfParamsAcceptable, type KdfParams } from '../vault/kdf';
import type { KdfCost } from '../vault/key-manager';
import { unwrapDataKey, type Keyslot } from '../vault/keyslots';
import { RecordCipher, type SealedRecord } from '../vault/record-cipher';
import { loadSodium, type Sodium } from '../vault/sodium';
import { readBackupContents } from './restore-plan';
import { readRawRows, type Value } from './sqlite-pages';

export interface SalvagedJournal {
  /** Every record that decrypts and fits its kind, as a backup would hold it. */
  records: BackupRecord[];
  /** Records found but unreadable, and ids the journal's index names but whose row is gone ("unknown" kind). */
  lost: CorruptRecord[];
  /** The Argon2 cost of the damaged journal's passphrase, kept for the new one. */
  kdf: KdfCost;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const isUuid = (v: Value | undefined): v is string => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);
const isBytes = (v: Value | undefined): v is Uint8Array => v instanceof Uint8Array;

interface Found {
  slots: Keyslot[];
  vaultIds: string[];
  sealed: SealedRecord[];
  indexedIds: Set<string>;
}

/**
 * Sorts the raw rows by the shape of the table they belong to (see ../store/migrations.ts). A
 * record row has a seventh value, its version, when it was written after migration 2.
 */
function sortRows(db: Uint8Array, wal: Uint8Array | null): Found {
  const found: Found = { slots: [], vaultIds: [], sealed: [], indexedIds: new Set() };
  for (const { kind, values: v } of readRawRows(db, wal)) {
    if (kind === 'index') {
      if (v.length === 2 && isUuid(v[0])) found.indexedIds.add(v[0]);
    } else if ((v.length === 6 || (v.length === 7 && typeof v[6] === 'number')) && isUuid(v[0]) && typeof v[1] === 'string' && typeof v[2] === 'number' && typeof v[3] === 'number' && isBytes(v[4]) && isBytes(v[5])) {
      found.sealed.push({ id: v[0], kind: v[1], format: v[2], schema: v[3], nonce: v[4], box: v[5] });
    } else if (v.length === 4 && (v[0] === 'passphrase' || v[0] === 'recovery') && isBytes(v[2]) && isBytes(v[3])) {
      try {
        found.slots.push({ slot: v[0], kdf: typeof v[1] === 'string' ? (JSON.parse(v[1]) as KdfParams) : null, nonce: v[2], box: v[3] });
      } catch {
        // A damaged slot: another copy, or the other slot, may still be whole.
      }
    } else if (v.length === 3 && v[0] === null && isUuid(v[1]) && typeof v[2] === 'number') {
      found.vaultIds.push(v[1]);
    }
  }
  return found;
}

/**
 * The data key from a passphrase slot. The slot is bound to the vault id; when the vault row is
 * lost, every id-shaped string left in the file is tried (a cheap check each, after one Argon2).
 */
async function openDataKey(sodium: Sodium, found: Found, bytes: Uint8Array[], passphrase: string): Promise<{ dataKey: Uint8Array; kdf: KdfParams } | null> {
  const candidates = new Set(found.vaultIds);
  for (const b of bytes) for (const match of Buffer.from(b).toString('latin1').matchAll(UUID)) candidates.add(match[0]);
  for (const slot of found.slots) {
    if (slot.slot !== 'passphrase' || !slot.kdf || !kdfParamsAcceptable(slot.kdf)) continue;
    const kek = await deriveKey(passphrase, slot.kdf);
    try {
      for (const vaultId of candidates) {
        const dataKey = unwrapDataKey(sodium, slot, kek, vaultId);
        if (dataKey) return { dataKey, kdf: slot.kdf };
      }
    } finally {
      sodium.memzero(kek);
    }
  }
  return null;
}

/** The record as a backup holds it, if it decrypts and fits its kind; the settings without this machine's backup details. */
function readable(cipher: RecordCipher, row: SealedRecord): BackupRecord | null {
  try {
    // A record of a kind this version does not know does not open.
    let data = cipher.open(row) as Record<string, unknown>;
    if (row.kind === 'settings') {
      const { autoBackup: _folder, autoBackupKey: _key, ...rest } = data;
      data = rest;
    }
    const record = asBackupRecord({ kind: row.kind, id: row.id, schema: row.schema, data });
    if (record) readBackupContents([record]);
    return record;
  } catch {
    return null;
  }
}

export async function salvageJournal(dbPath: string, passphrase: string): Promise<SalvagedJournal> {
  if (!existsSync(dbPath)) throw new HearthError('NO_VAULT', 'There is no journal file to recover from here.');
  const db = readFileSync(dbPath);
  const wal = existsSync(`${dbPath}-wal`) ? readFileSync(`${dbPath}-wal`) : null;
  const found = sortRows(db, wal);
  const sodium = await loadSodium();
  const key = await openDataKey(sodium, found, wal ? [db, wal] : [db], passphrase);
  if (!key) {
    throw new HearthError('WRONG_PASSPHRASE', 'That passphrase does not open this journal, or the part of the file that holds its key is damaged.');
  }
  const cipher = new RecordCipher(sodium, key.dataKey);
  sodium.memzero(key.dataKey);
  const records = new Map<string, BackupRecord>();
  const unreadable = new Map<string, string>();
  try {
    for (const row of found.sealed) {
      if (records.has(row.id)) continue;
      const record = readable(cipher, row);
      if (record) {
        records.set(row.id, record);
        unreadable.delete(row.id);
      } else {
        unreadable.set(row.id, row.kind);
      }
    }
  } finally {
    cipher.wipe();
  }
  const lost: CorruptRecord[] = [...unreadable].map(([id, kind]) => ({ id, kind }));
  for (const id of found.indexedIds) if (!records.has(id) && !unreadable.has(id)) lost.push({ id, kind: 'unknown' });
  return { records: [...records.values()], lost, kdf: { opsLimit: key.kdf.opsLimit, memLimit: key.kdf.memLimit } };
}

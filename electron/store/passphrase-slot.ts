// The passphrase slot's Argon2id parameters, read straight from hearth.db on a read-only
// connection, without the service: the CLI starts deriving the key with them while the service
// (SQLite's store, libsodium, every feature) is still loading.
import Database from 'better-sqlite3';
import { kdfParamsAcceptable, type KdfParams } from '../vault/kdf';

function isKdfParams(value: unknown): value is KdfParams {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<KdfParams>;
  if (p.alg !== 'argon2id13' || typeof p.salt !== 'string' || typeof p.opsLimit !== 'number' || typeof p.memLimit !== 'number') return false;
  return kdfParamsAcceptable({ opsLimit: p.opsLimit, memLimit: p.memLimit });
}

/**
 * The parameters, or null whenever they cannot be read here and now: no file, no journal, a damaged
 * or locked file, a slot outside the accepted range. The service then opens the journal the usual
 * way and says what is wrong, so nothing is decided on this read alone.
 */
export function readPassphraseKdf(dbPath: string): KdfParams | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    const row = db.prepare("SELECT kdf FROM keyslots WHERE slot = 'passphrase'").get() as { kdf: string | null } | undefined;
    const kdf: unknown = typeof row?.kdf === 'string' ? JSON.parse(row.kdf) : null;
    return isKdfParams(kdf) ? { alg: kdf.alg, opsLimit: kdf.opsLimit, memLimit: kdf.memLimit, salt: kdf.salt } : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** True when both are the same slot parameters (the same salt: no new passphrase in between). */
export function sameKdf(a: KdfParams, b: KdfParams | null): boolean {
  return b !== null && a.alg === b.alg && a.opsLimit === b.opsLimit && a.memLimit === b.memLimit && a.salt === b.salt;
}

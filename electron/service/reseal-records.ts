// Every record sealed again under another key: what a key rotation (./key-rotation.ts) and adopting
// a sync folder's journal (./sync-adopt.ts) both do, inside their own transaction.
import { HearthError } from '../../shared/errors';
import type { RecordStore } from '../store/record-store';
import type { RecordCipher, RecordKind } from '../vault/record-cipher';
import { sealProblems } from './journal-sync';
import { RecordLedger } from './record-ledger';

/**
 * Call inside a transaction. Reads every record there (so nothing written meanwhile is left under
 * the old key), seals each one that opens under `source` again under `target` at the next change
 * number, and makes the seal under `target` for `journalId`; returns that change number. A record
 * that opens under no key stays as it is, still reported as damaged. A journal that does not match
 * its seal is refused (READ_ONLY): sealing it again would seal the altered state.
 */
export function resealRecords(store: RecordStore, ownId: string, source: RecordCipher, target: RecordCipher, journalId: string): number {
  const { counter, rows, manifest, marked } = store.snapshot();
  if (counter === null || sealProblems(source, ownId, rows, manifest, marked).length > 0) throw new HearthError('READ_ONLY');
  const next = counter + 1;
  const after = rows.map((row) => {
    let text: string;
    try {
      text = source.openText(row);
    } catch {
      return row;
    }
    const resealed = target.sealJson(row.kind as RecordKind, row.id, row.schema, text);
    store.put(resealed, next);
    return { ...resealed, version: next };
  });
  const sealed = target.sealManifest(journalId, next, RecordLedger.of(next, after).manifest());
  store.setManifest(next, sealed.nonce, sealed.box);
  return next;
}

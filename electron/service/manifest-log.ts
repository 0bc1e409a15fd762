// The journal-wide seal as a log, so a write costs what it changed rather than the whole journal:
// a base (the whole manifest, sealed at some counter) and one small sealed delta per later write
// (its puts and deletes, sealed at its own counter), with a small sealed head at the journal's
// counter naming the base's (a write rewrites no large row). Read back, the deltas must run unbroken from
// the base's counter to the journal's: one missing, extra, moved, replayed, from another vault or
// altered makes the whole seal damaged, as an altered single manifest did.
import type { ManifestRow } from '../store/record-store';
import type { RecordCipher } from '../vault/record-cipher';
import type { ManifestBody, ManifestDeltaBody, ManifestEntry } from './record-ledger';

/** The entries the base and its deltas, in counter order, seal: each delta's deletes, then its puts. */
export function replayManifest(base: string, deltas: readonly string[]): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>();
  for (const entry of (JSON.parse(base) as ManifestBody).records) entries.set(entry[0], entry);
  for (const text of deltas) {
    const delta = JSON.parse(text) as ManifestDeltaBody;
    for (const id of delta.deletes) entries.delete(id);
    for (const entry of delta.puts) {
      entries.delete(entry[0]);
      entries.set(entry[0], entry);
    }
  }
  return entries;
}

/** The head's text: the counter of the base the deltas up to `counter` follow. */
export function manifestHead(counter: number, base: number): string {
  return JSON.stringify({ format: 1, counter, base });
}

/** The entries a sealed manifest row holds, by id, or null when its head, base or any delta is missing, out of place or does not open. */
export function openManifestLog(
  cipher: RecordCipher,
  vaultId: string,
  manifest: ManifestRow & { nonce: Uint8Array; box: Uint8Array },
): ReadonlyMap<string, ManifestEntry> | null {
  // No base row: the manifest row holds the whole manifest, and no delta may follow it.
  if (manifest.base === null) {
    const whole = manifest.deltas.length === 0 ? cipher.openManifest(vaultId, manifest.counter, manifest.nonce, manifest.box) : null;
    return whole === null ? null : replayManifest(whole, []);
  }
  const head = cipher.openManifestHead(vaultId, manifest.counter, manifest.nonce, manifest.box);
  const base = manifest.base.counter;
  if (head === null || (JSON.parse(head) as { base: number }).base !== base) return null;
  if (manifest.deltas.length !== manifest.counter - base) return null;
  const baseText = cipher.openManifest(vaultId, base, manifest.base.nonce, manifest.base.box);
  if (baseText === null) return null;
  const deltas: string[] = [];
  for (const [i, delta] of manifest.deltas.entries()) {
    if (delta.counter !== base + 1 + i) return null;
    const text = cipher.openManifestDelta(vaultId, delta.counter, delta.nonce, delta.box);
    if (text === null) return null;
    deltas.push(text);
  }
  return replayManifest(baseText, deltas);
}

// A record as stored: its id, kind and versions in the clear (they are bound to the box as its
// associated data), and the box sealed under its kind's subkey. Sealed by record-cipher.ts, opened
// there one at a time and in bulk by record-opener.ts.
export interface SealedRecord {
  id: string;
  kind: string;
  format: number;
  schema: number;
  nonce: Uint8Array;
  box: Uint8Array;
}

// devices/<id>/device.hearthsync: what a device tells the others, sealed under the sync key and
// bound to the journal and the device. Its name ("3 changes from Laptop"); its acknowledgements
// (per other device, the first change-file number it has not applied: every file below it is
// applied, so its publisher may drop them once a snapshot covers them); the files it refuses (a
// device and number that never open here: the publisher answers with a snapshot covering it); and
// its newest snapshot's number and coverage, so a reader opens a snapshot only when it helps.
// A file written before acknowledgements existed holds only the name, and reads as acknowledging
// nothing.
import { z } from 'zod';
import { randomNonce } from '../vault/nonces';
import { padJson } from '../vault/record-cipher';
import type { Sodium } from '../vault/sodium';
import { coverageSchema, type Coverage } from './snapshot-file';

export const DEVICE_FILE = 'device.hearthsync';

export interface RefusedFile {
  readonly device: string;
  readonly seq: number;
}

export interface DeviceFile {
  readonly name: string;
  readonly acks: Coverage;
  readonly refused: readonly RefusedFile[];
  /** The device's newest snapshot: its number and what it covers. */
  readonly snapshot: { readonly n: number; readonly covers: Coverage } | null;
}

const NONCE_BYTES = 24;
const deviceAd = (journal: string, device: string) => `hearth-sync-device:v1:${journal}:${device}`;

const schema = z.strictObject({
  name: z.string().max(200),
  acks: coverageSchema.optional(),
  refused: z
    .array(z.strictObject({ device: z.string().regex(/^[0-9a-f]{32}$/), seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }))
    .max(1000)
    .optional(),
  snapshot: z.strictObject({ n: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), covers: coverageSchema }).nullable().optional(),
});

export function sealDeviceFile(sodium: Sodium, syncKey: Uint8Array, journal: string, device: string, content: DeviceFile): Uint8Array {
  const padded = padJson(JSON.stringify(content));
  const nonce = randomNonce(NONCE_BYTES);
  const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, deviceAd(journal, device), null, nonce, syncKey);
  padded.fill(0);
  const file = new Uint8Array(NONCE_BYTES + box.length);
  file.set(nonce);
  file.set(box, NONCE_BYTES);
  return file;
}

/** What the file says, or null when it does not open (altered, moved, of another journal, not whole yet). */
export function openDeviceFile(sodium: Sodium, syncKey: Uint8Array, journal: string, device: string, file: Uint8Array): DeviceFile | null {
  if (file.length <= NONCE_BYTES) return null;
  try {
    const padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, file.subarray(NONCE_BYTES), deviceAd(journal, device), file.subarray(0, NONCE_BYTES), syncKey);
    const parsed = schema.safeParse(JSON.parse(new TextDecoder().decode(padded.subarray(0, padded.lastIndexOf(0x80)))));
    padded.fill(0);
    if (!parsed.success) return null;
    const { name, acks = {}, refused = [], snapshot = null } = parsed.data;
    return { name, acks, refused, snapshot };
  } catch {
    return null;
  }
}

/** Whether two device files say the same (a file is rewritten only when what it says changed). */
export function sameDeviceFile(a: DeviceFile, b: DeviceFile): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(f: DeviceFile): unknown {
  const sorted = (c: Coverage) => Object.fromEntries(Object.entries(c).sort(([x], [y]) => (x < y ? -1 : 1)));
  return {
    name: f.name,
    acks: sorted(f.acks),
    refused: [...f.refused].sort((x, y) => (x.device < y.device ? -1 : x.device > y.device ? 1 : x.seq - y.seq)),
    snapshot: f.snapshot === null ? null : { n: f.snapshot.n, covers: sorted(f.snapshot.covers) },
  };
}

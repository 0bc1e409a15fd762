// The two small files each device keeps beside its change files:
//   devices/<id>/keys.hearthsync    the journal id and copies of the passphrase and recovery key
//                                    slots (already encrypted: the data key wrapped under the
//                                    Argon2id key of the passphrase, and under the recovery key),
//                                    so another computer joins with the passphrase;
//   devices/<id>/device.hearthsync  the device's name, sealed under the sync key and bound to the
//                                    journal and device, so others can say "3 changes from Laptop".
// Neither name starts with a number, so neither is ever read as a change file.
import { z } from 'zod';
import type { Keyslot } from '../vault/keyslots';
import { randomNonce } from '../vault/nonces';
import { padJson } from '../vault/record-cipher';
import type { Sodium } from '../vault/sodium';

export const KEYS_FILE = 'keys.hearthsync';
export const DEVICE_FILE = 'device.hearthsync';

export interface FolderKeys {
  readonly journal: string;
  readonly slots: readonly Keyslot[];
}

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(400);
const slotSchema = z.strictObject({
  slot: z.enum(['passphrase', 'recovery']),
  kdf: z
    .strictObject({ alg: z.literal('argon2id13'), opsLimit: z.number().int(), memLimit: z.number().int(), salt: b64 })
    .nullable(),
  nonce: b64,
  box: b64,
});
const keysSchema = z.strictObject({
  hearthSyncKeys: z.literal(1),
  journal: z.string().uuid(),
  slots: z.array(slotSchema).min(1).max(2),
});

export function keysFileText(keys: FolderKeys): string {
  const slots = keys.slots.map((k) => ({ slot: k.slot, kdf: k.kdf, nonce: Buffer.from(k.nonce).toString('base64'), box: Buffer.from(k.box).toString('base64') }));
  return `${JSON.stringify({ hearthSyncKeys: 1, journal: keys.journal, slots })}\n`;
}

/** The keys a keys file holds, or null when it is not one (or not whole yet). */
export function parseKeysFile(bytes: Uint8Array): FolderKeys | null {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const parsed = keysSchema.safeParse(json);
  if (!parsed.success) return null;
  return {
    journal: parsed.data.journal,
    slots: parsed.data.slots.map((s) => ({ slot: s.slot, kdf: s.kdf, nonce: Uint8Array.from(Buffer.from(s.nonce, 'base64')), box: Uint8Array.from(Buffer.from(s.box, 'base64')) })),
  };
}

const NONCE_BYTES = 24;
const deviceAd = (journal: string, device: string) => `hearth-sync-device:v1:${journal}:${device}`;

export function sealDeviceName(sodium: Sodium, syncKey: Uint8Array, journal: string, device: string, name: string): Uint8Array {
  const padded = padJson(JSON.stringify({ name }));
  const nonce = randomNonce(NONCE_BYTES);
  const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, deviceAd(journal, device), null, nonce, syncKey);
  padded.fill(0);
  const file = new Uint8Array(NONCE_BYTES + box.length);
  file.set(nonce);
  file.set(box, NONCE_BYTES);
  return file;
}

/** The device's name, or null when the file does not open (altered, moved, of another journal, not whole yet). */
export function openDeviceName(sodium: Sodium, syncKey: Uint8Array, journal: string, device: string, file: Uint8Array): string | null {
  if (file.length <= NONCE_BYTES) return null;
  try {
    const padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, file.subarray(NONCE_BYTES), deviceAd(journal, device), file.subarray(0, NONCE_BYTES), syncKey);
    const parsed = z.strictObject({ name: z.string().max(200) }).safeParse(JSON.parse(new TextDecoder().decode(padded.subarray(0, padded.lastIndexOf(0x80)))));
    padded.fill(0);
    return parsed.success ? parsed.data.name : null;
  } catch {
    return null;
  }
}

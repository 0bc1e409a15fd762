// The two small files each device keeps beside its change files:
//   devices/<id>/keys.hearthsync    the journal id and copies of the passphrase and recovery key
//                                    slots (already encrypted: the data key wrapped under the
//                                    Argon2id key of the passphrase, and under the recovery key),
//                                    so another computer joins with the passphrase;
//   devices/<id>/device.hearthsync  the device's name and how far it has read the others, sealed
//                                    (./device-file.ts).
// Neither name starts with a number, so neither is ever read as a change file.
import { z } from 'zod';
import type { Keyslot } from '../vault/keyslots';

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

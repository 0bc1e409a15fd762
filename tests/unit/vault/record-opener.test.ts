import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { deriveSubkeys, FORMAT_VERSION, openRecordText, PAD_BLOCK, type SealedRecord } from '../../../electron/vault/record-cipher';
import { RecordOpener } from '../../../electron/vault/record-opener';
import { loadSodium, type Sodium } from '../../../electron/vault/sodium';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A record of `kind` sealed by libsodium's own wrapper around `plain`, which may or may not be padded or UTF-8. */
function sealRaw(subkeys: Record<string, Uint8Array>, kind: string, id: string, plain: Uint8Array): SealedRecord {
  const nonce = sodium.randombytes_buf(24);
  const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, `hearth:1:${kind}:${id}:1`, null, nonce, subkeys[kind]!);
  return { id, kind, format: 1, schema: 1, nonce, box };
}

const plaintexts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 3000 }).map((text) => sodium.pad(new TextEncoder().encode(text), PAD_BLOCK)),
  fc.uint8Array({ maxLength: 9000 }),
);

/** What may happen to a sealed record on disk: nothing, or a change that must keep it from opening. */
const changes = fc.oneof(
  fc.constant((r: SealedRecord) => r),
  fc.constant((r: SealedRecord) => ({ ...r, kind: r.kind === 'entry' ? 'person' : 'entry' })),
  fc.constant((r: SealedRecord) => ({ ...r, kind: 'unknown' })),
  fc.constant((r: SealedRecord) => ({ ...r, id: `${r.id}x` })),
  fc.constant((r: SealedRecord) => ({ ...r, format: 2 })),
  fc.constant((r: SealedRecord) => ({ ...r, schema: 2 })),
  fc.constant((r: SealedRecord) => ({ ...r, nonce: r.nonce.subarray(1) })),
  fc.constant((r: SealedRecord) => ({ ...r, box: r.box.subarray(0, 15) })),
  fc.nat().map((at) => (r: SealedRecord) => {
    const box = Uint8Array.from(r.box);
    box[at % box.length]! ^= 1;
    return { ...r, box };
  }),
);

it('opens exactly what openRecordText opens, and refuses what it refuses', () => {
  const subkeys = deriveSubkeys(sodium, sodium.randombytes_buf(32));
  const opener = new RecordOpener(sodium, subkeys, FORMAT_VERSION, PAD_BLOCK);
  fc.assert(
    fc.property(plaintexts, fc.constantFrom('entry', 'person', 'checkin'), fc.string({ maxLength: 400 }), changes, (plain, kind, id, change) => {
      const record = change(sealRaw(subkeys, kind, id, plain));
      expect(opener.open(record)).toBe(openRecordText(sodium, subkeys, record, decoder, FORMAT_VERSION, PAD_BLOCK));
    }),
    { numRuns: 300 },
  );
  opener.wipe();
});

it('opens the text of a padded record, and nothing once wiped', () => {
  const subkeys = deriveSubkeys(sodium, sodium.randombytes_buf(32));
  const opener = new RecordOpener(sodium, subkeys, FORMAT_VERSION, PAD_BLOCK);
  const record = sealRaw(subkeys, 'entry', 'one', sodium.pad(new TextEncoder().encode('{"note":"café"}'), PAD_BLOCK));
  expect(opener.open(record)).toBe('{"note":"café"}');
  opener.wipe();
  expect(opener.open(record)).toBeNull();
  opener.wipe();
});

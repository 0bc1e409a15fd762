// Records whose data is already JSON text (what the journal keeps for each entry) are written as
// is, and read back exactly like records serialised by the writer.
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { JsonText, type BackupRecord } from '../../../electron/backup/backup-format';
import { deriveBackupKey, newBackupKdfParams } from '../../../electron/backup/backup-key';
import { openBackup } from '../../../electron/backup/backup-reader';
import { sealBackup } from '../../../electron/backup/backup-writer';
import { KDF_FLOOR, type KdfParams } from '../../../electron/vault/kdf';
import { HearthError } from '../../../shared/errors';

let kdf: KdfParams;
let key: Uint8Array;
beforeAll(async () => {
  kdf = newBackupKdfParams(KDF_FLOOR);
  key = await deriveBackupKey('json text passphrase', kdf);
});

const data = fc.record({ note: fc.string({ unit: 'grapheme' }), mood: fc.integer({ min: 0, max: 10 }), tags: fc.array(fc.string()) });

it('text data and object data make backups that open to the same records', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.uuid(), data), { maxLength: 30 }), async (items) => {
      const plain: BackupRecord[] = items.map(([id, d]) => ({ kind: 'entry', id, schema: 1, data: d }));
      const texts: BackupRecord[] = items.map(([id, d]) => ({ kind: 'entry', id, schema: 1, data: new JsonText(JSON.stringify(d)) }));
      const now = new Date('2026-11-25T12:00:00Z');
      expect(await openBackup(await sealBackup(texts, key, kdf, now), key)).toEqual(await openBackup(await sealBackup(plain, key, kdf, now), key));
      expect(await openBackup(await sealBackup(texts, key, kdf, now), key)).toEqual(plain);
    }),
    { numRuns: 50 },
  );
});

it('a text record with a field the reader would refuse is refused when written', async () => {
  const bad = [{ kind: 'entry', id: '', schema: 1, data: new JsonText('{}') }] as BackupRecord[];
  await expect(sealBackup(bad, key, kdf, new Date())).rejects.toBeInstanceOf(HearthError);
});

// The container's fixed prefix, read without a key: what is refused, and with which sentence. And
// the rules every record obeys, checked the same way on both sides.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  asBackupRecord,
  BACKUP_RECORD_KINDS,
  backupHeader,
  encodeBackupPrefix,
  FIXED_PREFIX_BYTES,
  MAX_HEADER_BYTES,
  MESSAGES,
  parseBackupPrefix,
  type BackupHeader,
} from '../../../electron/backup/backup-format';
import { newBackupKdfParams } from '../../../electron/backup/backup-key';
import { DEFAULT_KDF, KDF_CEILING, KDF_FLOOR } from '../../../electron/vault/kdf';
import { HearthError } from '../../../shared/errors';

const kdf = newBackupKdfParams(KDF_FLOOR);
const header = backupHeader(kdf, new Date('2026-11-25T09:30:00.000Z'));

/** A prefix around any header text, valid or not. */
function prefixOf(json: string, version = 1): Uint8Array {
  const body = new TextEncoder().encode(json);
  const bytes = new Uint8Array(FIXED_PREFIX_BYTES + body.length);
  bytes.set(new TextEncoder().encode('HEARTHBK'));
  new DataView(bytes.buffer).setUint8(8, version);
  new DataView(bytes.buffer).setUint32(9, body.length);
  bytes.set(body, FIXED_PREFIX_BYTES);
  return bytes;
}

function refusedWith(bytes: Uint8Array): string {
  try {
    parseBackupPrefix(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(HearthError);
    expect((e as HearthError).code).toBe('BACKUP_UNREADABLE');
    return (e as HearthError).message;
  }
  throw new Error('the prefix was accepted');
}

describe('the prefix', () => {
  it('encodes magic, version, a big-endian length and the header JSON, and parses back', () => {
    const prefix = encodeBackupPrefix(header);
    expect(Buffer.from(prefix.subarray(0, 9)).toString('latin1')).toBe('HEARTHBK\x01');
    const length = new DataView(prefix.buffer).getUint32(9);
    expect(length).toBe(prefix.length - 13);
    expect(JSON.parse(Buffer.from(prefix.subarray(13)).toString('utf8'))).toEqual(header);
    expect(parseBackupPrefix(prefix)).toEqual({ header, prefixLength: prefix.length });
  });

  it('names the format version and the chunk size in the header', () => {
    expect(header).toMatchObject({ app: 'hearth', format: 1, chunkBytes: 65536, createdAt: '2026-11-25T09:30:00.000Z', kdf });
  });

  it('reads only the prefix: what follows it is not its concern', () => {
    const prefix = encodeBackupPrefix(header);
    const longer = new Uint8Array(prefix.length + 100);
    longer.set(prefix);
    expect(parseBackupPrefix(longer).prefixLength).toBe(prefix.length);
  });

  it('refuses to encode a header no reader would accept', () => {
    expect(() => encodeBackupPrefix({ ...header, kdf: { ...kdf, memLimit: KDF_FLOOR.memLimit - 1 } })).toThrow();
    expect(() => encodeBackupPrefix({ ...header, chunkBytes: 10 })).toThrow();
  });
});

describe('refusals', () => {
  it('says a file that does not start with the magic is not a Hearth backup', () => {
    for (const text of ['', 'PK\x03\x04 a zip file', '{"app":"hearth"}', 'hearthbk', 'HEARTHBX\x01']) {
      expect(refusedWith(new TextEncoder().encode(text))).toBe(MESSAGES.notBackup);
    }
  });

  it('says a newer container version was made by a newer Hearth', () => {
    expect(refusedWith(prefixOf(JSON.stringify(header), 2))).toBe(MESSAGES.newer);
    expect(refusedWith(prefixOf('not even JSON', 200))).toBe(MESSAGES.newer);
  });

  it('refuses a cut prefix, version 0 and header lengths out of range with the generic message', () => {
    const prefix = encodeBackupPrefix(header);
    for (const cut of [4, 8, 12, prefix.length - 1]) expect(refusedWith(prefix.subarray(0, cut))).toBe(MESSAGES.unreadable);
    expect(refusedWith(prefixOf(JSON.stringify(header), 0))).toBe(MESSAGES.unreadable);
    expect(refusedWith(prefixOf(''))).toBe(MESSAGES.unreadable);
    const tooLong = prefixOf(JSON.stringify({ ...header, pad: 'x'.repeat(MAX_HEADER_BYTES) }));
    expect(refusedWith(tooLong)).toBe(MESSAGES.unreadable);
    const huge = Uint8Array.from(prefix);
    new DataView(huge.buffer).setUint32(9, 0xffffffff);
    expect(refusedWith(huge)).toBe(MESSAGES.unreadable);
  });

  const invalid: Array<[string, unknown]> = [
    ['another app', { ...header, app: 'other' }],
    ['another format', { ...header, format: 2 }],
    ['a date that is not ISO', { ...header, createdAt: 'yesterday' }],
    ['another KDF', { ...header, kdf: { ...kdf, alg: 'scrypt' } }],
    ['a salt of 8 bytes', { ...header, kdf: { ...kdf, salt: 'AAAAAAAAAAA=' } }],
    ['a salt that is not base64', { ...header, kdf: { ...kdf, salt: '!!!!!!!!!!!!!!!!!!!!!!==' } }],
    ['ops below the floor', { ...header, kdf: { ...kdf, opsLimit: KDF_FLOOR.opsLimit - 1 } }],
    ['memory below the floor', { ...header, kdf: { ...kdf, memLimit: 8 * 1024 * 1024 } }],
    ['ops above the ceiling', { ...header, kdf: { ...kdf, opsLimit: KDF_CEILING.opsLimit + 1 } }],
    ['memory above the ceiling', { ...header, kdf: { ...kdf, memLimit: 2 * KDF_CEILING.memLimit } }],
    ['fractional ops', { ...header, kdf: { ...kdf, opsLimit: 2.5 } }],
    ['chunks too small', { ...header, chunkBytes: 16 }],
    ['chunks too large', { ...header, chunkBytes: 1 << 30 }],
    ['a missing field', { ...header, chunkBytes: undefined }],
    ['an unknown field', { ...header, compression: 'zstd' }],
    ['an array', [header]],
  ];
  it.each(invalid)('refuses a header with %s', (_, value) => {
    expect(refusedWith(prefixOf(JSON.stringify(value)))).toBe(MESSAGES.unreadable);
  });

  it('refuses a header that is not JSON or not UTF-8', () => {
    expect(refusedWith(prefixOf('{"app":"hearth",'))).toBe(MESSAGES.unreadable);
    const bad = prefixOf(JSON.stringify(header));
    bad[20] = 0xff;
    expect(refusedWith(bad)).toBe(MESSAGES.unreadable);
  });

  it('accepts the production KDF cost and an offset date', () => {
    const production: BackupHeader = { ...backupHeader(newBackupKdfParams(DEFAULT_KDF), new Date()), createdAt: '2026-11-25T10:30:00+01:00' };
    expect(parseBackupPrefix(prefixOf(JSON.stringify(production))).header).toEqual(production);
  });
});

describe('records', () => {
  // The rules as a schema: asBackupRecord is written out for speed and must agree with it.
  const rules = z.strictObject({
    kind: z.enum(BACKUP_RECORD_KINDS),
    id: z.string().min(1).max(256),
    schema: z.number().int().min(0),
    data: z.unknown().refine((d) => d !== undefined && typeof d !== 'function' && typeof d !== 'symbol'),
  });
  const agrees = (value: unknown) => {
    const record = asBackupRecord(value);
    expect(record !== null).toBe(rules.safeParse(value).success);
    if (record !== null) expect(record).toBe(value);
  };

  // Mostly right, now and then nearly right or wrong, missing, or joined by another field.
  const either = (right: fc.Arbitrary<unknown>, wrong: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: wrong, weight: 1 });
  const rarely = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary, weight: 1 });
  const nearRecord = fc
    .tuple(
      fc.record({
        kind: either(fc.constantFrom(...BACKUP_RECORD_KINDS), fc.oneof(fc.constantFrom('Entry', 'journey', ''), fc.anything())),
        id: either(fc.string({ minLength: 1, maxLength: 12 }), fc.oneof(fc.constant(''), fc.string({ minLength: 255, maxLength: 258 }), fc.anything())),
        schema: either(fc.nat(), fc.oneof(fc.double(), fc.constantFrom(-0, 2 ** 53 - 1, 2 ** 53, -1, Infinity, NaN), fc.anything())),
        data: either(fc.jsonValue(), fc.constantFrom(undefined, () => 1, Symbol('s'), 1n)),
      }),
      rarely(fc.constantFrom('kind', 'id', 'schema', 'data')),
      rarely(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue(), { minKeys: 1, maxKeys: 1 })),
    )
    .map(([record, missing, extra]) => {
      const value: Record<string, unknown> = { ...record, ...extra };
      if (missing !== null) delete value[missing];
      return value;
    });

  it('agrees with the rules on near-records, as the writer hands them over', () => {
    fc.assert(fc.property(nearRecord, agrees), { numRuns: 2000 });
  });

  it('agrees with the rules on any JSON, as the reader parses it', () => {
    // A BigInt anywhere makes JSON.stringify throw: such a near-record never reaches a reader.
    const text = (value: unknown) => {
      try {
        return JSON.stringify(value) ?? 'null';
      } catch {
        return 'null';
      }
    };
    const json = fc.oneof(nearRecord.map(text), fc.jsonValue().map(text));
    fc.assert(fc.property(json, (t) => agrees(JSON.parse(t))), { numRuns: 2000 });
  });

  it.each([
    ['a record', { kind: 'person', id: 'p', schema: 0, data: null }, true],
    ['a field named __proto__', JSON.parse('{"kind":"entry","id":"x","schema":1,"data":1,"__proto__":1}'), false],
    ['an inherited field', Object.assign(Object.create({ inherited: 1 }) as object, { kind: 'entry', id: 'x', schema: 1, data: 1 }), false],
    ['an array', ['entry', 'x', 1, {}], false],
    ['a boxed schema', { kind: 'entry', id: 'x', schema: Object(1) as unknown, data: 1 }, false],
  ])('decides on %s as the rules do', (_, value, accepted) => {
    expect(asBackupRecord(value) !== null).toBe(accepted);
    agrees(value);
  });
});

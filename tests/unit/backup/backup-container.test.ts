// The backup container on real libsodium: records come back identical, and every truncation,
// reordering, trailing byte and flipped bit is refused with the sentence the person will read.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AD_BYTES,
  backupHeader,
  CHUNK_BYTES,
  encodeBackupPrefix,
  MESSAGES,
  SS_HEADER_BYTES,
  type BackupRecord,
} from '../../../electron/backup/backup-format';
import { deriveBackupKey, newBackupKdfParams } from '../../../electron/backup/backup-key';
import { openBackup, readBackupHeader } from '../../../electron/backup/backup-reader';
import { sealBackup } from '../../../electron/backup/backup-writer';
import { StreamWorker } from '../../../electron/backup/stream-worker';
import { KDF_FLOOR, type KdfParams } from '../../../electron/vault/kdf';
import { loadSodium, type Sodium } from '../../../electron/vault/sodium';
import { HearthError } from '../../../shared/errors';

const CREATED = new Date('2026-11-25T09:30:00.000Z');

let sodium: Sodium;
let kdf: KdfParams;
let key: Uint8Array;
beforeAll(async () => {
  sodium = await loadSodium();
  kdf = newBackupKdfParams(KDF_FLOOR);
  // Argon2id at the floor still costs ~0.3 s: one derivation serves the whole file.
  key = await deriveBackupKey('a backup passphrase for tests', kdf);
});

const entry = (id: string, note: string, extra: Record<string, unknown> = {}): BackupRecord => ({
  kind: 'entry',
  id,
  schema: 1,
  data: { occurredAt: '2026-11-24T20:15:00+01:00', mood: 6, support: 7, note, tags: ['friends'], interactions: [], ...extra },
});

/** ~100 KB of text with characters of 1 to 4 UTF-8 bytes, so chunk boundaries fall inside them. */
const longNote = (seed: number) => `${seed} ` + 'Chloé listened 🌱 and 日本語 helped; "quoted" \\ back\tslash\n'.repeat(1700);

const SAMPLE: BackupRecord[] = [
  entry('8c1f2b9e-3d4a-4e5f-9a6b-7c8d9e0f1a2b', 'Coffee with Sam, felt lighter ☕'),
  { kind: 'person', id: 'c0ffee00-0000-4000-8000-000000000001', schema: 1, data: { name: 'Zoë Ångström 👩‍👩‍👧', relationship: 'friend' } },
  entry('e1', longNote(1)),
  entry('e2', 'RTL: שלום, combining: e\u0301, separators: \u2028\u2029, nul: \u0000, lone: \ud800'),
  entry('e3', longNote(2), { stress: 3 }),
  { kind: 'settings', id: 'settings', schema: 2, data: { autoLockMinutes: 5, theme: 'system', nested: { a: [1, 2.5, -3, null, true] } } },
  entry('e4', longNote(3)),
  entry('e5', ''),
];

interface Chunk {
  /** Offset of the chunk's length prefix. */
  start: number;
  /** Offset just past its ciphertext. */
  end: number;
}

/** Where the pieces of a valid file lie. */
function layout(file: Uint8Array): { prefixLength: number; chunks: Chunk[] } {
  const { prefixLength } = readBackupHeader(file);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const chunks: Chunk[] = [];
  for (let at = prefixLength + SS_HEADER_BYTES; at < file.length; ) {
    const end = at + 4 + view.getUint32(at);
    chunks.push({ start: at, end });
    at = end;
  }
  return { prefixLength, chunks };
}

const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

function flipped(file: Uint8Array, index: number, bit = 0): Uint8Array {
  const copy = Uint8Array.from(file);
  copy[index] = copy[index]! ^ (1 << bit);
  return copy;
}

async function refusal(bytes: Uint8Array, withKey = key): Promise<HearthError> {
  const error = await openBackup(bytes, withKey).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HearthError);
  expect((error as HearthError).code).toBe('BACKUP_UNREADABLE');
  return error as HearthError;
}

/**
 * A container holding exactly the plaintext chunks given, each with its own tag: for files our
 * writer would never make but someone holding the key could.
 */
function forge(chunks: Array<{ text: string | Uint8Array; tag?: 'message' | 'final' | 'push' | 'rekey' }>): Uint8Array {
  const prefix = encodeBackupPrefix(backupHeader(kdf, CREATED));
  const ad = sodium.crypto_generichash(AD_BYTES, prefix, null);
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  const tags = {
    message: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
    final: sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    push: sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH,
    rekey: sodium.crypto_secretstream_xchacha20poly1305_TAG_REKEY,
  };
  const parts = [prefix, header];
  chunks.forEach(({ text, tag }, i) => {
    const plain = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    const ciphertext = sodium.crypto_secretstream_xchacha20poly1305_push(state, plain, ad, tags[tag ?? (i === chunks.length - 1 ? 'final' : 'message')]);
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, ciphertext.length);
    parts.push(length, ciphertext);
  });
  return concat(...parts);
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const trailer = (records: number) => line({ end: true, records });

describe('round trip', () => {
  it('gives back every record, identical and in order, across many chunks', async () => {
    const file = await sealBackup(SAMPLE, key, kdf, CREATED);
    const { chunks } = layout(file);
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    expect(await openBackup(file, key)).toEqual(SAMPLE);
  });

  it('writes the layout of the format: magic, version, header, full chunks, final chunk last', async () => {
    const file = await sealBackup(SAMPLE, key, kdf, CREATED);
    expect(new TextDecoder().decode(file.subarray(0, 8))).toBe('HEARTHBK');
    expect(file[8]).toBe(1);
    const { header, prefixLength } = readBackupHeader(file);
    expect(header).toEqual({ app: 'hearth', format: 1, createdAt: '2026-11-25T09:30:00.000Z', kdf, chunkBytes: CHUNK_BYTES });
    expect(new DataView(file.buffer, file.byteOffset).getUint32(9)).toBe(prefixLength - 13);
    const { chunks } = layout(file);
    // Every chunk but the last is full: the plaintext is packed, lines span chunks.
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.end - chunk.start - 4 - sodium.crypto_secretstream_xchacha20poly1305_ABYTES).toBeGreaterThan(CHUNK_BYTES - 4);
    }
    expect(chunks.at(-1)!.end).toBe(file.length);
  });

  it('round-trips an empty journal', async () => {
    const file = await sealBackup([], key, kdf, CREATED);
    expect(layout(file).chunks).toHaveLength(1);
    expect(await openBackup(file, key)).toEqual([]);
  });

  it('takes any iterable, such as a generator that reads the journal as it goes', async () => {
    function* records() {
      yield* SAMPLE;
    }
    expect(await openBackup(await sealBackup(records(), key, kdf, CREATED), key)).toEqual(SAMPLE);
  });

  it('refuses to write a record the reader would refuse', async () => {
    const bad = [
      { kind: 'journey', id: 'x', schema: 1, data: {} },
      { kind: 'entry', id: '', schema: 1, data: {} },
      { kind: 'entry', id: 'x', schema: 1.5, data: {} },
      { kind: 'entry', id: 'x', schema: 1, data: undefined },
      { kind: 'entry', id: 'x', schema: 1, data: () => 1 },
      { kind: 'entry', id: 'x', schema: 1, data: { big: 1n } },
    ] as unknown as BackupRecord[];
    for (const record of bad) {
      await expect(sealBackup([record], key, kdf, CREATED)).rejects.toMatchObject({ code: 'INTERNAL' });
    }
  });

  it('writes only the four fields of a record', async () => {
    const withExtra = { ...SAMPLE[0]!, decrypted: 'not for the file' } as BackupRecord;
    expect(await openBackup(await sealBackup([withExtra], key, kdf, CREATED), key)).toEqual([SAMPLE[0]]);
  });

  it('refuses KDF parameters the reader would refuse, and a key of the wrong size', async () => {
    await expect(sealBackup(SAMPLE, key, { ...kdf, opsLimit: 1 }, CREATED)).rejects.toThrow();
    await expect(sealBackup(SAMPLE, key, { ...kdf, salt: 'c2hvcnQ=' }, CREATED)).rejects.toThrow();
    await expect(sealBackup(SAMPLE, key.subarray(0, 16), kdf, CREATED)).rejects.toThrow();
  });
});

describe('truncation, reordering and trailing data', () => {
  let file: Uint8Array;
  let chunks: Chunk[];
  let prefixLength: number;
  beforeAll(async () => {
    file = await sealBackup(SAMPLE, key, kdf, CREATED);
    ({ chunks, prefixLength } = layout(file));
  });

  it('refuses the file cut at every chunk boundary, inside every length prefix and right after it', async () => {
    for (const [i, chunk] of chunks.entries()) {
      for (const cut of [chunk.start, chunk.start + 2, chunk.start + 4, chunk.end - 1]) {
        // Until the first chunk opens, a cut file looks the same as a wrong passphrase.
        expect((await refusal(file.subarray(0, cut))).message).toBe(i === 0 ? MESSAGES.unreadable : MESSAGES.damaged);
      }
    }
  });

  it('refuses the file cut inside the magic, the header and the secretstream header', async () => {
    expect((await refusal(file.subarray(0, 0))).message).toBe(MESSAGES.notBackup);
    for (const cut of [3, 8, 11, prefixLength - 1, prefixLength, prefixLength + 10]) {
      expect((await refusal(file.subarray(0, cut))).message).toBe(MESSAGES.unreadable);
    }
  });

  it('refuses the file cut at random offsets', async () => {
    const random = fc.sample(fc.integer({ min: 1, max: file.length - 1 }), { numRuns: 25, seed: 7 });
    for (const cut of random) await refusal(file.subarray(0, cut));
  });

  it('refuses chunks swapped, dropped or repeated', async () => {
    const piece = (i: number) => file.subarray(chunks[i]!.start, chunks[i]!.end);
    const head = file.subarray(0, chunks[0]!.start);
    const reassemble = (order: number[]) => concat(head, ...order.map(piece));
    const all = chunks.map((_, i) => i);
    const n = chunks.length;
    expect(await openBackup(reassemble(all), key)).toEqual(SAMPLE);
    expect((await refusal(reassemble([1, 0, ...all.slice(2)]))).message).toBe(MESSAGES.unreadable);
    expect((await refusal(reassemble([0, 2, 1, ...all.slice(3)]))).message).toBe(MESSAGES.damaged);
    expect((await refusal(reassemble([...all.slice(0, n - 2), n - 1, n - 2]))).message).toBe(MESSAGES.damaged);
    expect((await refusal(reassemble([0, ...all.slice(2)]))).message).toBe(MESSAGES.damaged);
    expect((await refusal(reassemble([0, 1, 1, ...all.slice(2)]))).message).toBe(MESSAGES.damaged);
  });

  it('refuses any byte after the final chunk', async () => {
    const last = file.subarray(chunks.at(-1)!.start);
    for (const extra of [new Uint8Array([0]), new Uint8Array(4), last, file.subarray(chunks[0]!.start, chunks[0]!.end)]) {
      expect((await refusal(concat(file, extra))).message).toBe(MESSAGES.trailing);
    }
  });

  it('refuses an authentic chunk pushed after the final one', async () => {
    const forged = forge([{ text: trailer(0), tag: 'final' }, { text: trailer(0), tag: 'final' }]);
    expect((await refusal(forged)).message).toBe(MESSAGES.trailing);
  });
});

describe('flipped bits', () => {
  let file: Uint8Array;
  let chunks: Chunk[];
  let prefixLength: number;
  beforeAll(async () => {
    file = await sealBackup(SAMPLE, key, kdf, CREATED);
    ({ chunks, prefixLength } = layout(file));
  });

  it('says a file with another magic is not a Hearth backup', async () => {
    for (let i = 0; i < 8; i++) expect((await refusal(flipped(file, i, i % 8))).message).toBe(MESSAGES.notBackup);
  });

  it('says a newer container version was made by a newer Hearth', async () => {
    for (const version of [2, 3, 255]) {
      const newer = Uint8Array.from(file);
      newer[8] = version;
      expect((await refusal(newer)).message).toBe(MESSAGES.newer);
    }
    expect((await refusal(flipped(file, 8, 0))).message).toBe(MESSAGES.unreadable);
  });

  it('refuses every flipped byte of the header length, the header and the secretstream header', async () => {
    for (let i = 9; i < prefixLength + SS_HEADER_BYTES; i++) {
      for (const bit of [0, 5]) expect((await refusal(flipped(file, i, bit))).message).toBe(MESSAGES.unreadable);
    }
  });

  it('refuses a header edited into another valid header: the chunks authenticate it', async () => {
    const text = Buffer.from(file).toString('latin1');
    for (const [from, to] of [
      ['2026-11-25T09:30', '2025-11-25T09:30'],
      ['"chunkBytes":65536', '"chunkBytes":65537'],
    ] as const) {
      const edited = Uint8Array.from(Buffer.from(text.replace(from, to), 'latin1'));
      expect(readBackupHeader(edited).header).not.toEqual(readBackupHeader(file).header);
      expect((await refusal(edited)).message).toBe(MESSAGES.unreadable);
    }
  });

  it("refuses a flipped bit in every chunk's length prefix", async () => {
    for (const [i, chunk] of chunks.entries()) {
      for (let byte = 0; byte < 4; byte++) {
        const error = await refusal(flipped(file, chunk.start + byte, byte === 3 ? 7 : 0));
        if (i > 0) expect(error.message).toBe(MESSAGES.damaged);
      }
    }
  });

  it("refuses a flipped bit at the start, middle and end of every chunk's ciphertext", async () => {
    for (const [i, chunk] of chunks.entries()) {
      for (const at of [chunk.start + 4, Math.floor((chunk.start + 4 + chunk.end) / 2), chunk.end - 1]) {
        expect((await refusal(flipped(file, at, 3))).message).toBe(i === 0 ? MESSAGES.unreadable : MESSAGES.damaged);
      }
    }
  });

  it('refuses a wrong passphrase with the generic message', async () => {
    const wrongKey = await deriveBackupKey('not the backup passphrase', kdf);
    expect((await refusal(file, wrongKey)).message).toBe(MESSAGES.unreadable);
    expect((await refusal(file, new Uint8Array(16))).message).toBe(MESSAGES.unreadable);
  });
});

describe('plaintext that authenticates but breaks the rules', () => {
  const record = SAMPLE[0]!;

  it('accepts what the writer would write, however it is cut into chunks', async () => {
    const text = line(record) + line(record) + trailer(2);
    const bytes = new TextEncoder().encode(text);
    for (const cut of [1, 10, line(record).length, bytes.length - 1]) {
      expect(await openBackup(forge([{ text: bytes.subarray(0, cut) }, { text: bytes.subarray(cut) }]), key)).toEqual([record, record]);
    }
  });

  it.each([
    ['a trailer that miscounts', [line(record) + trailer(2)]],
    ['no trailer', [line(record)]],
    ['a record after the trailer', [trailer(0) + line(record)]],
    ['a second trailer', [trailer(0) + trailer(0)]],
    ['an unterminated trailer', [JSON.stringify({ end: true, records: 0 })]],
    ['a trailer outside the final chunk', [trailer(0), '']],
    ['an empty line', ['\n' + trailer(0)]],
    ['a line that is not JSON', ['{"kind":"entry",\n' + trailer(0)]],
    ['an unknown kind', [line({ ...record, kind: 'journey' }) + trailer(1)]],
    ['a record without data', [line({ kind: 'entry', id: 'x', schema: 1 }) + trailer(1)]],
    ['a record with an extra field', [line({ ...record, extra: 1 }) + trailer(1)]],
    ['a fractional schema version', [line({ ...record, schema: 1.5 }) + trailer(1)]],
    ['a trailer with an extra field', [line({ end: true, records: 0, more: 1 })]],
    ['JSON that is not an object', ['[1,2]\n' + trailer(0)]],
    ['a line that starts with a byte-order mark', [`\uFEFF${line({ ...record, data: 'é' })}${trailer(1)}`]],
  ])('refuses %s', async (_, texts) => {
    expect((await refusal(forge(texts.map((text) => ({ text }))))).message).toBe(MESSAGES.damaged);
  });

  it('refuses invalid UTF-8, even split across chunks', async () => {
    const bad = Uint8Array.from([...new TextEncoder().encode('{"kind":"entry","id":"x","schema":1,"data":"'), 0xc3, 0x28, ...new TextEncoder().encode('"}\n')]);
    expect((await refusal(forge([{ text: concat(bad, new TextEncoder().encode(trailer(1))) }]))).message).toBe(MESSAGES.damaged);
    const euro = new TextEncoder().encode(`${line({ ...record, data: '€' })}${trailer(1)}`);
    const at = euro.indexOf(0xe2) + 1;
    expect(await openBackup(forge([{ text: euro.subarray(0, at) }, { text: euro.subarray(at) }]), key)).toEqual([{ ...record, data: '€' }]);
    const truncatedEuro = concat(euro.subarray(0, at), euro.subarray(at + 2));
    expect((await refusal(forge([{ text: truncatedEuro }]))).message).toBe(MESSAGES.damaged);
  });

  it('refuses a stream that ends without the final tag', async () => {
    expect((await refusal(forge([{ text: trailer(0), tag: 'message' }]))).message).toBe(MESSAGES.damaged);
  });

  it('refuses tags the writer never uses', async () => {
    for (const tag of ['push', 'rekey'] as const) {
      expect((await refusal(forge([{ text: '', tag }, { text: trailer(0) }]))).message).toBe(MESSAGES.damaged);
    }
  });

  it('refuses a chunk larger than the header allows', async () => {
    const big = `${line({ ...record, data: 'x'.repeat(CHUNK_BYTES) })}${trailer(2)}`;
    expect((await refusal(forge([{ text: big }]))).message).toBe(MESSAGES.unreadable);
    expect((await refusal(forge([{ text: line(record) }, { text: big }]))).message).toBe(MESSAGES.damaged);
  });
});

describe('properties', () => {
  const recordArb: fc.Arbitrary<BackupRecord> = fc.record({
    kind: fc.constantFrom('entry', 'person', 'settings'),
    id: fc.string({ minLength: 1, maxLength: 40 }),
    schema: fc.nat(),
    data: fc.oneof(
      { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 9 },
      // Now and then a note long enough to span chunks, made of characters of every width.
      { arbitrary: fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.integer({ min: 5_000, max: 25_000 })).map(([s, n]) => ({ note: s.repeat(n) })), weight: 1 },
    ),
  });

  it('round-trips any list of records, as JSON carries them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { maxLength: 12 }), async (records) => {
        // JSON has no -0: that is the only change a value can see.
        expect(await openBackup(await sealBackup(records, key, kdf, CREATED), key)).toEqual(JSON.parse(JSON.stringify(records)));
      }),
      { numRuns: 200 },
    );
  });

  it('never accepts a changed file, and refuses it only with BACKUP_UNREADABLE', async () => {
    const original = await sealBackup(SAMPLE.slice(0, 5), key, kdf, CREATED);
    const { prefixLength, chunks } = layout(original);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    // Half the positions land in the prefix and the first bytes of the stream, where the structure is.
    const position = fc.oneof(fc.nat(prefixLength + SS_HEADER_BYTES + 8), fc.nat(original.length - 1));
    type Mutation = { flip: number; bit: number } | { truncate: number } | { insert: number; bytes: Uint8Array } | { remove: number; count: number };
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ flip: position, bit: fc.integer({ min: 0, max: 7 }) }),
      fc.record({ truncate: fc.nat(original.length) }),
      fc.record({ insert: fc.oneof(position, fc.constant(original.length)), bytes: fc.uint8Array({ maxLength: 8 }) }),
      fc.record({ remove: position, count: fc.integer({ min: 1, max: 8 }) }),
    );
    const apply = (bytes: Uint8Array, m: Mutation): Uint8Array => {
      if ('flip' in m) return flipped(bytes, Math.min(m.flip, bytes.length - 1), m.bit);
      if ('truncate' in m) return bytes.subarray(0, m.truncate);
      if ('insert' in m) return concat(bytes.subarray(0, m.insert), m.bytes, bytes.subarray(m.insert));
      return concat(bytes.subarray(0, m.remove), bytes.subarray(m.remove + m.count));
    };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const mutated = mutations.reduce(apply, original);
        let records: BackupRecord[];
        try {
          records = await openBackup(mutated, key);
        } catch (e) {
          expect(e).toBeInstanceOf(HearthError);
          expect((e as HearthError).code).toBe('BACKUP_UNREADABLE');
          return;
        }
        expect(Buffer.compare(mutated, original)).toBe(0);
        expect(records).toEqual(SAMPLE.slice(0, 5));
      }),
      { numRuns: 200 },
    );
  });
});

describe('opening on a stream worker', () => {
  /** The records, or the refusal, that opening gives. */
  async function outcome(bytes: Uint8Array, worker?: StreamWorker): Promise<unknown> {
    try {
      return await openBackup(bytes, key, worker);
    } catch (e) {
      return e instanceof HearthError ? e.toInfo() : e;
    }
  }

  it('gives back what the thread gives back, any list of records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...SAMPLE), { maxLength: 30 }), async (records) => {
        const file = await sealBackup(records, key, kdf, CREATED);
        expect(await openBackup(file, key, StreamWorker.start())).toEqual(records);
      }),
      { numRuns: 12 },
    );
  });

  it('refuses every damaged file as the thread does, with the same sentence', async () => {
    const file = await sealBackup(SAMPLE, key, kdf, CREATED);
    const { chunks } = layout(file);
    const piece = (i: number) => file.subarray(chunks[i]!.start, chunks[i]!.end);
    const head = file.subarray(0, chunks[0]!.start);
    const all = chunks.map((_, i) => i);
    const n = chunks.length;
    const record = SAMPLE[0]!;
    const damaged = [
      ...chunks.flatMap((chunk) => [file.subarray(0, chunk.start + 2), file.subarray(0, chunk.end - 1)]),
      ...chunks.map((chunk) => flipped(file, Math.floor((chunk.start + 4 + chunk.end) / 2), 3)),
      ...chunks.map((chunk) => flipped(file, chunk.start + 3, 0)),
      ...[[1, 0, ...all.slice(2)], [0, 2, 1, ...all.slice(3)], [...all.slice(0, n - 2), n - 1, n - 2], [0, 1, 1, ...all.slice(2)]].map((order) =>
        concat(head, ...order.map(piece)),
      ),
      concat(file, new Uint8Array([0])),
      concat(file, piece(0)),
      forge([{ text: trailer(0), tag: 'final' }, { text: trailer(0), tag: 'final' }]),
      forge([{ text: line(record) + trailer(2) }]),
      forge([{ text: trailer(0) }, { text: '' }]),
      forge([{ text: '{"kind":"entry",\n' + trailer(0) }]),
      forge([{ text: line({ ...record, extra: 1 }) + trailer(1) }]),
      forge([{ text: trailer(0), tag: 'message' }]),
      forge([{ text: '', tag: 'rekey' }, { text: trailer(0) }]),
      forge([{ text: line(record) }, { text: `${line({ ...record, data: 'x'.repeat(CHUNK_BYTES) })}${trailer(2)}` }]),
      forge([{ text: Uint8Array.from([...new TextEncoder().encode(line({ ...record, data: 'ab' })).subarray(0, 60), 0xc3, 0x28, 0x0a]) }]),
    ];
    for (const bytes of damaged) {
      const refused = await outcome(bytes);
      expect(refused).toMatchObject({ code: 'BACKUP_UNREADABLE' });
      expect(await outcome(bytes, StreamWorker.start())).toEqual(refused);
    }
    const wrongKey = await deriveBackupKey('not the backup passphrase', kdf);
    expect(await openBackup(file, wrongKey, StreamWorker.start()).catch((e: HearthError) => e.message)).toBe(MESSAGES.unreadable);
  });

  it('accepts a line split across chunks inside a character, and a chunk with no newline', async () => {
    const text = new TextEncoder().encode(`${line({ ...SAMPLE[0]!, data: '€ '.repeat(20) })}${trailer(1)}`);
    const at = text.indexOf(0xe2) + 1;
    const split = forge([{ text: text.subarray(0, 5) }, { text: text.subarray(5, at) }, { text: '' }, { text: text.subarray(at) }]);
    expect(await outcome(split, StreamWorker.start())).toEqual(await outcome(split));
    expect(await outcome(split)).toEqual([{ ...SAMPLE[0]!, data: '€ '.repeat(20) }]);
  });

  it('opens and refuses a backup of many more chunks than the worker is handed at once as the thread does', async () => {
    const records = Array.from({ length: 30 }, (_, i) => entry(`long-${i}`, longNote(i)));
    const file = await sealBackup(records, key, kdf, CREATED);
    const { chunks } = layout(file);
    // The worker is kept a few messages of eight chunks ahead: this file needs it refilled many times.
    expect(chunks.length).toBeGreaterThan(40);
    const piece = (i: number) => file.subarray(chunks[i]!.start, chunks[i]!.end);
    const head = file.subarray(0, chunks[0]!.start);
    const all = chunks.map((_, i) => i);
    const late = chunks.length - 5;
    const damaged = [
      flipped(file, chunks[late]!.start + 20, 1),
      file.subarray(0, chunks[late]!.end),
      file.subarray(0, chunks[late]!.end + 3),
      concat(head, ...[...all.slice(0, late), late + 1, late, ...all.slice(late + 2)].map(piece)),
      concat(head, ...all.filter((i) => i !== late).map(piece)),
      concat(file, piece(late)),
    ];
    expect(await outcome(file, StreamWorker.start())).toEqual(records);
    for (const bytes of damaged) {
      const refused = await outcome(bytes);
      expect(refused).toMatchObject({ code: 'BACKUP_UNREADABLE', message: expect.not.stringContaining(MESSAGES.unreadable) });
      expect(await outcome(bytes, StreamWorker.start())).toEqual(refused);
    }
  });

  it('is done with the worker once the backup is open or refused', async () => {
    const file = await sealBackup(SAMPLE, key, kdf, CREATED);
    for (const bytes of [file, file.subarray(0, file.length - 1), file.subarray(0, 5)]) {
      const worker = StreamWorker.start();
      await outcome(bytes, worker);
      await expect(worker.initPush(key, new Uint8Array(AD_BYTES))).rejects.toThrow(/exited/);
    }
  });
});

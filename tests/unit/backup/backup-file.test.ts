// Backup files on disk: written under a temporary name, made durable and renamed, so a failure or a
// crash never leaves half a backup under the final name; read back with the passphrase.
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES, type BackupRecord } from '../../../electron/backup/backup-format';
import { deriveBackupKey, newBackupKdfParams } from '../../../electron/backup/backup-key';
import { openBackup, readBackupFile, readBackupHeader } from '../../../electron/backup/backup-reader';
import { sealBackup, writeBackupFile } from '../../../electron/backup/backup-writer';
import { StreamWorker } from '../../../electron/backup/stream-worker';
import { KDF_FLOOR, type KdfParams } from '../../../electron/vault/kdf';
import { HearthError } from '../../../shared/errors';
import { tempDir } from '../../support/vault';

const PASSPHRASE = 'a backup passphrase for tests';
/** The atomic writer's temporary name beside journal.hearthbackup. */
const PARTIAL = /^journal\.hearthbackup\.[0-9a-f]{12}\.partial$/;
const CREATED = new Date('2026-11-25T09:30:00.000Z');

const records: BackupRecord[] = Array.from({ length: 300 }, (_, i) => ({
  kind: 'entry',
  id: `entry-${i}`,
  schema: 1,
  data: { mood: i % 11, note: `Day ${i}: a walk with Zoë 🌳 `.repeat(40) },
}));

let kdf: KdfParams;
let key: Uint8Array;
beforeAll(async () => {
  kdf = newBackupKdfParams(KDF_FLOOR);
  key = await deriveBackupKey(PASSPHRASE, kdf);
});

let dir: string;
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir('hearth-backup-file-')));
afterEach(() => cleanup());

async function fileError(promise: Promise<unknown>): Promise<HearthError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HearthError);
  return error as HearthError;
}

/** A complete backup of ten records written at `path` first, as it is on disk. */
async function earlierBackup(path: string): Promise<Buffer> {
  await writeBackupFile(path, records.slice(0, 10), key, kdf, CREATED);
  return readFileSync(path);
}

/** Every record, then the journal fails to be read: a backup that breaks off midway. */
function* failingRecords(): Generator<BackupRecord> {
  yield* records;
  throw new Error('the journal could not be read');
}

describe('writeBackupFile', () => {
  it('writes the backup under its name only, private to its owner, and reports its size', async () => {
    const path = join(dir, 'journal.hearthbackup');
    const { bytes } = await writeBackupFile(path, records, key, kdf, CREATED);
    expect(readdirSync(dir)).toEqual(['journal.hearthbackup']);
    expect(statSync(path).size).toBe(bytes);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await openBackup(readFileSync(path), key)).toEqual(records);
  });

  it('writes what sealBackup makes in memory: the same prefix and layout, another random stream', async () => {
    const path = join(dir, 'journal.hearthbackup');
    await writeBackupFile(path, records, key, kdf, CREATED);
    const onDisk = Uint8Array.from(readFileSync(path));
    const inMemory = await sealBackup(records, key, kdf, CREATED);
    const { prefixLength } = readBackupHeader(inMemory);
    expect(onDisk.length).toBe(inMemory.length);
    expect(onDisk.subarray(0, prefixLength)).toEqual(inMemory.subarray(0, prefixLength));
    expect(onDisk.subarray(prefixLength)).not.toEqual(inMemory.subarray(prefixLength));
  });

  it('only ever has its temporary file while writing', async () => {
    const path = join(dir, 'journal.hearthbackup');
    const seen: string[][] = [];
    function* watched() {
      for (const [i, record] of records.entries()) {
        if (i % 100 === 0) seen.push(readdirSync(dir));
        yield record;
      }
    }
    await writeBackupFile(path, watched(), key, kdf, CREATED);
    expect(seen).toHaveLength(3);
    for (const names of seen) expect(names).toEqual([expect.stringMatching(PARTIAL)]);
    expect(readdirSync(dir)).toEqual(['journal.hearthbackup']);
  });

  it('leaves nothing behind when the folder does not exist', async () => {
    const path = join(dir, 'missing', 'journal.hearthbackup');
    const error = await fileError(writeBackupFile(path, records, key, kdf, CREATED));
    expect(error.code).toBe('FILE_ERROR');
    expect(error.message).toMatch(/could not create the backup file/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the previous backup intact and removes the .partial when writing fails midway', async () => {
    const path = join(dir, 'journal.hearthbackup');
    const before = await earlierBackup(path);
    const error = await fileError(writeBackupFile(path, failingRecords(), key, kdf, CREATED));
    expect(error.code).toBe('FILE_ERROR');
    expect(readdirSync(dir)).toEqual(['journal.hearthbackup']);
    expect(readFileSync(path)).toEqual(before);
  });

  it('lets a HearthError through as it is, and still cleans up', async () => {
    const path = join(dir, 'journal.hearthbackup');
    const bad = [...records, { kind: 'journey', id: 'x', schema: 1, data: {} } as unknown as BackupRecord];
    expect((await fileError(writeBackupFile(path, bad, key, kdf, CREATED))).code).toBe('INTERNAL');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes a temporary file left by a crash, and does not inherit its permissions', async () => {
    const path = join(dir, 'journal.hearthbackup');
    writeFileSync(`${path}.0123456789ab.partial`, 'half a backup from before the crash');
    chmodSync(`${path}.0123456789ab.partial`, 0o644);
    await writeBackupFile(path, records, key, kdf, CREATED);
    expect(readdirSync(dir)).toEqual(['journal.hearthbackup']);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await openBackup(readFileSync(path), key)).toEqual(records);
  });

  it('refuses a KDF cost no reader would accept before creating any file', async () => {
    const path = join(dir, 'journal.hearthbackup');
    await expect(writeBackupFile(path, records, key, { ...kdf, opsLimit: 1 }, CREATED)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeBackupFile on a stream worker', () => {
  /** Where each chunk starts and ends: the layout, which does not depend on the stream's randomness. */
  function chunkBounds(file: Uint8Array): number[] {
    const { prefixLength } = readBackupHeader(file);
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    const bounds: number[] = [];
    for (let at = prefixLength + 24; at < file.length; at += 4 + view.getUint32(at)) bounds.push(at);
    return bounds;
  }

  const gone = (worker: StreamWorker) => expect(worker.initPush(key, new Uint8Array(32))).rejects.toThrow(/exited/);

  it('writes what the thread writes, and each opens what the other wrote', async () => {
    const path = join(dir, 'journal.hearthbackup');
    const worker = StreamWorker.start();
    const { bytes } = await writeBackupFile(path, records, key, kdf, CREATED, worker);
    await gone(worker);
    const onDisk = Uint8Array.from(readFileSync(path));
    const inMemory = await sealBackup(records, key, kdf, CREATED);
    expect(onDisk.length).toBe(bytes);
    expect(onDisk.length).toBe(inMemory.length);
    expect(chunkBounds(onDisk)).toEqual(chunkBounds(inMemory));
    const { prefixLength } = readBackupHeader(inMemory);
    expect(onDisk.subarray(0, prefixLength)).toEqual(inMemory.subarray(0, prefixLength));
    expect(await openBackup(onDisk, key)).toEqual(records);
    expect(await openBackup(inMemory, key, StreamWorker.start())).toEqual(records);
    expect((await readBackupFile(path, PASSPHRASE)).records).toEqual(records);
  });

  it('round-trips any records, written on the worker and opened on the thread', async () => {
    const note = fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 40_000 })).map(([s, n]) => s.repeat(n));
    const record = fc.record({ kind: fc.constant('entry' as const), id: fc.uuid(), schema: fc.nat(), data: fc.record({ note, more: fc.jsonValue({ maxDepth: 2 }) }) });
    const path = join(dir, 'journal.hearthbackup');
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 40 }), async (written) => {
        await writeBackupFile(path, written, key, kdf, CREATED, StreamWorker.start());
        expect(await openBackup(readFileSync(path), key)).toEqual(JSON.parse(JSON.stringify(written)));
      }),
      { numRuns: 8 },
    );
  });

  it('keeps the previous backup, removes the .partial and is done with the worker when writing fails midway', async () => {
    const path = join(dir, 'journal.hearthbackup');
    const before = await earlierBackup(path);
    const bad = [...records, { kind: 'journey', id: 'x', schema: 1, data: {} } as unknown as BackupRecord];
    for (const [written, code] of [
      [failingRecords(), 'FILE_ERROR'],
      [bad, 'INTERNAL'],
    ] as const) {
      const worker = StreamWorker.start();
      expect((await fileError(writeBackupFile(path, written, key, kdf, CREATED, worker))).code).toBe(code);
      await gone(worker);
      expect(readdirSync(dir)).toEqual(['journal.hearthbackup']);
      expect(readFileSync(path)).toEqual(before);
    }
  });

  it('is done with the worker when the file cannot be created or the header is refused', async () => {
    let worker = StreamWorker.start();
    expect((await fileError(writeBackupFile(join(dir, 'missing', 'b.hearthbackup'), records, key, kdf, CREATED, worker))).code).toBe('FILE_ERROR');
    await gone(worker);
    worker = StreamWorker.start();
    await expect(writeBackupFile(join(dir, 'b.hearthbackup'), records, key, { ...kdf, opsLimit: 1 }, CREATED, worker)).rejects.toThrow();
    await gone(worker);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails cleanly when the worker dies midway', async () => {
    const path = join(dir, 'journal.hearthbackup');
    const worker = StreamWorker.start();
    function* dying() {
      for (const [i, record] of records.entries()) {
        if (i === 100) worker.terminate();
        yield record;
      }
    }
    const error = await fileError(writeBackupFile(path, dying(), key, kdf, CREATED, worker));
    expect(error.toInfo()).toEqual({ code: 'FILE_ERROR', message: 'Hearth could not write the backup file; the disk may be full.' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('readBackupFile', () => {
  it('reads the header and the records with the passphrase', async () => {
    const path = join(dir, 'journal.hearthbackup');
    await writeBackupFile(path, records, key, kdf, CREATED);
    const opened = await readBackupFile(path, PASSPHRASE);
    expect(opened.header).toEqual({ app: 'hearth', format: 1, createdAt: CREATED.toISOString(), kdf, chunkBytes: 65536 });
    expect(opened.records).toEqual(records);
  });

  it('reads the file past the head it reads before Argon2, and refuses one cut short or run on as openBackup does', async () => {
    const path = join(dir, 'journal.hearthbackup');
    await writeBackupFile(path, records, key, kdf, CREATED);
    const whole = readFileSync(path);
    // Well past what is read before Argon2 (the fixed prefix and the largest header).
    expect(whole.length).toBeGreaterThan(4 * 65536);
    for (const changed of [whole.subarray(0, whole.length - 100), whole.subarray(0, 70000), Buffer.concat([whole, Buffer.from([0])])]) {
      writeFileSync(path, changed);
      const refused = await fileError(openBackup(changed, key));
      expect((await fileError(readBackupFile(path, PASSPHRASE))).toInfo()).toEqual(refused.toInfo());
    }
  });

  it('refuses a wrong passphrase with the generic message', async () => {
    const path = join(dir, 'journal.hearthbackup');
    await writeBackupFile(path, records, key, kdf, CREATED);
    const error = await fileError(readBackupFile(path, 'not the passphrase'));
    expect(error.toInfo()).toEqual({ code: 'BACKUP_UNREADABLE', message: MESSAGES.unreadable });
  });

  it('reports a file that cannot be read as a file error', async () => {
    const error = await fileError(readBackupFile(join(dir, 'nowhere.hearthbackup'), PASSPHRASE));
    expect(error.code).toBe('FILE_ERROR');
    expect((await fileError(readBackupFile(dir, PASSPHRASE))).code).toBe('FILE_ERROR');
  });

  it('says a file that is not a backup is not one, without asking Argon2', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'just some notes');
    expect((await fileError(readBackupFile(path, PASSPHRASE))).message).toBe(MESSAGES.notBackup);
  });
});

describe('a writer killed with SIGKILL', () => {
  const writer = pathToFileURL(join(import.meta.dirname, '../../../electron/backup/backup-writer.ts')).href;
  // ~20 MB of records, so the kill lands while the file is being written.
  const script = `
    import { writeBackupFile } from ${JSON.stringify(writer)};
    function* records() {
      for (let i = 0; i < 20000; i++) {
        if (i === 100) process.stdout.write('writing\\n');
        yield { kind: 'entry', id: 'e' + i, schema: 1, data: { note: 'x'.repeat(1000) } };
      }
    }
    await writeBackupFile(process.env.TARGET, records(), Buffer.from(process.env.KEY, 'hex'), JSON.parse(process.env.KDF), new Date());
    process.stdout.write('done\\n');
  `;

  function killedWhileWriting(target: string, delayMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { PATH: process.env.PATH ?? '', TARGET: target, KEY: Buffer.from(key).toString('hex'), KDF: JSON.stringify(kdf) },
      });
      let out = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('writing')) setTimeout(() => child.kill('SIGKILL'), delayMs);
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (_, signal) => (out.includes('writing') ? resolve(`${out}${signal ?? ''}`) : reject(new Error(stderr))));
    });
  }

  it('leaves the previous backup or the complete new one under the name, never half of one', async () => {
    const old = records.slice(0, 5);
    const outcomes = await Promise.all(
      [0, 100, 250].map(async (delayMs) => {
        const folder = join(dir, `kill-${delayMs}`);
        mkdirSync(folder);
        const target = join(folder, 'journal.hearthbackup');
        await writeBackupFile(target, old, key, kdf, CREATED);
        const before = readFileSync(target);
        const outcome = await killedWhileWriting(target, delayMs);
        const after = readFileSync(target);
        if (after.equals(before)) return outcome;
        expect(await openBackup(after, key)).toHaveLength(20000);
        return outcome;
      }),
    );
    // At least one kill landed mid-write (the others may have come after the rename).
    expect(outcomes.some((o) => o.includes('SIGKILL') && !o.includes('done'))).toBe(true);
  });

  it('has its leftover temporary file removed by the next backup', async () => {
    const target = join(dir, 'journal.hearthbackup');
    await killedWhileWriting(target, 0);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(PARTIAL)]);
    await writeBackupFile(target, records, key, kdf, CREATED);
    expect(readdirSync(dir)).toEqual(['journal.hearthbackup']);
  });
});

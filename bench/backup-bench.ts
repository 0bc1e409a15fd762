// Backup and restore throughput against a bare libsodium secretstream push loop over the same
// plaintext size in the same chunk size, which is the limit of a backup. The key is derived once,
// untimed. A restore has a second limit that this loop leaves out: it must also parse every line and
// hold every record, and it holds them on one thread (the one that gets them). So raw_parse is that
// alone: JSON.parse of the same NDJSON lines, already in memory as strings, each value kept, on one
// thread. A restore on two threads (secretstream on a worker, parsing here) cannot beat the slower of
// the two limits; the target stays against raw_secretstream, and restore_vs_raw_parse shows how much of
// the gap is parsing.
// All of it runs in a fresh process (measureFreshBackup), as a restore onto a new computer runs: in
// the bench's own process the garbage of every earlier phase (the generated journal, the raw boxes,
// five unlocks) made the collector's pauses land on restore's allocations and on none of the
// baselines', which allocate almost nothing.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AD_BYTES, CHUNK_BYTES, type BackupRecord } from '../electron/backup/backup-format';
import { deriveBackupKey, newBackupKdfParams } from '../electron/backup/backup-key';
import { openBackup, readBackupBytes, readBackupFile } from '../electron/backup/backup-reader';
import { writeBackupFile } from '../electron/backup/backup-writer';
import { StreamWorker } from '../electron/backup/stream-worker';
import { KDF_FLOOR } from '../electron/vault/kdf';
import { loadSodium, type Sodium } from '../electron/vault/sodium';

const REPEATS = 7;

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;
/** Collects what the previous phase left, when node runs with --expose-gc (npm run bench does). */
const settle = () => (globalThis as { gc?: () => void }).gc?.();

/** The NDJSON lines the writer produces, without their newlines: one per record, then the trailer. */
function ndjsonLines(records: BackupRecord[]): string[] {
  const lines = records.map(({ kind, id, schema, data }) => JSON.stringify({ kind, id, schema, data }));
  lines.push(JSON.stringify({ end: true, records: records.length }));
  return lines;
}

/** Only the parsing a restore must do: every line parsed and its value kept, as openBackup keeps its records. */
function rawParse(lines: string[]): number {
  const kept = lines.map((line) => JSON.parse(line) as unknown);
  return kept.length;
}

/** Only the stream cipher: the same number of bytes, in chunks of the same size, with the same tags and AD size. */
function rawPush(sodium: Sodium, key: Uint8Array, bytes: number): void {
  const plain = new Uint8Array(CHUNK_BYTES).fill(0x61);
  const ad = new Uint8Array(AD_BYTES);
  const { state } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  for (let at = 0; at < bytes; at += CHUNK_BYTES) {
    const last = at + CHUNK_BYTES >= bytes;
    const tag = last ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    sodium.crypto_secretstream_xchacha20poly1305_push(state, plain.subarray(0, Math.min(CHUNK_BYTES, bytes - at)), ad, tag);
  }
}

/**
 * A stream worker, started and warmed up before the clock starts: in the app it starts together with
 * the Argon2id derivation of the backup passphrase (~1 s in its own worker), which hides its start-up.
 */
async function warmWorker(): Promise<StreamWorker> {
  const worker = StreamWorker.start();
  await worker.ready();
  return worker;
}

type BackupFigures = { backup_mb_s: number; restore_mb_s: number; raw_secretstream_mb_s: number; raw_parse_mb_s: number; backup_bytes: number };

const PASSPHRASE = 'benchmark passphrase, not secret';

/**
 * backup: writeBackupFile from the records (serialising, encrypting, writing, fsync, rename);
 * restore: openBackup of the file's bytes (decrypting, parsing, validating). Both as the app runs
 * them, with the secretstream on a worker: readBackupFile reads the file while Argon2 derives the
 * key, as the worker starts, so the read is left out of the restore's time as its start-up is.
 * MB/s of plaintext. The backups run while the records are held, as the unlocked journal holds
 * them; the restores after they are dropped (`source.records` is emptied), as on a new computer,
 * where only what the file holds comes to be in memory.
 */
async function benchBackup(source: { records: BackupRecord[] }, dir: string): Promise<BackupFigures> {
  const sodium = await loadSodium();
  const kdf = newBackupKdfParams(KDF_FLOOR);
  const key = await deriveBackupKey(PASSPHRASE, kdf);
  const path = join(dir, 'bench.hearthbackup');
  const count = source.records.length;
  const lines = ndjsonLines(source.records);
  const plaintext = lines.reduce((bytes, line) => bytes + Buffer.byteLength(line) + 1, 0);
  const timeRaw = () => {
    settle();
    const t = process.hrtime.bigint();
    rawPush(sodium, key, plaintext);
    return seconds(t);
  };
  try {
    let backupBytes = 0;
    const times = { backup: [] as number[], restore: [] as number[], raw: [] as number[], parse: [] as number[] };
    // Each phase interleaved with the bare loop, so a busy moment on the machine weighs on both alike; pass 0 warms up.
    for (let pass = 0; pass <= REPEATS; pass++) {
      // Each pass writes a new file, as a backup does: replacing the last pass's file would also time
      // the file system freeing it (~4 ms for 13 MB on ext4).
      rmSync(path, { force: true });
      const writer = await warmWorker();
      settle();
      const t = process.hrtime.bigint();
      backupBytes = (await writeBackupFile(path, source.records, key, kdf, new Date(), writer)).bytes;
      const backup = seconds(t);
      const raw = timeRaw();
      if (pass > 0) {
        times.backup.push(backup);
        times.raw.push(raw);
      }
    }
    source.records = [];
    for (let pass = 0; pass <= REPEATS; pass++) {
      const reader = await warmWorker();
      // Read before the clock starts, as the worker starts: readBackupFile reads the file while Argon2 derives the key.
      let bytes: Uint8Array | null = await readBackupBytes(path);
      settle();
      let t = process.hrtime.bigint();
      const restored = await openBackup(bytes, key, reader);
      const restore = seconds(t);
      // Not held while the baselines run.
      bytes = null;
      if (restored.length !== count) throw new Error('the benchmark backup did not restore');
      const raw = timeRaw();
      t = process.hrtime.bigint();
      if (rawParse(lines) !== lines.length) throw new Error('the benchmark lines did not parse');
      const parse = seconds(t);
      if (pass > 0) {
        times.restore.push(restore);
        times.raw.push(raw);
        times.parse.push(parse);
      }
    }
    const mbPerSecond = (xs: number[]) => round(plaintext / 1e6 / median(xs));
    return {
      backup_mb_s: mbPerSecond(times.backup),
      restore_mb_s: mbPerSecond(times.restore),
      raw_secretstream_mb_s: mbPerSecond(times.raw),
      raw_parse_mb_s: mbPerSecond(times.parse),
      backup_bytes: backupBytes,
    };
  } finally {
    sodium.memzero(key);
    rmSync(path, { force: true });
  }
}

/**
 * The backup and restore figures for these records, measured in a fresh process. The records reach
 * it as a backup file in `dir` (the bench's own temporary folder), which the child opens untimed.
 */
export async function measureFreshBackup(records: BackupRecord[], dir: string): Promise<BackupFigures> {
  const seed = join(dir, 'seed.hearthbackup');
  const kdf = newBackupKdfParams(KDF_FLOOR);
  const key = await deriveBackupKey(PASSPHRASE, kdf);
  try {
    await writeBackupFile(seed, records, key, kdf, new Date());
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), seed, dir], { encoding: 'utf8', maxBuffer: 2 ** 24 });
    return JSON.parse(out.trim().split('\n').pop()!) as BackupFigures;
  } finally {
    key.fill(0);
    rmSync(seed, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [seed, dir] = process.argv.slice(2);
  console.log(JSON.stringify(await benchBackup(await readBackupFile(seed!, PASSPHRASE), dir!)));
}

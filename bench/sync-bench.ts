// sync_apply_ms: one sync round applying 1,000 entries (and the people they name) that another
// computer added and published, against the time that computer took to add the same entries
// locally, in one call, on a journal that syncs (so each is stamped) (target: at most the same).
// Both sides seal every record and commit once; the round also opens the change file, checks each
// record and merges it. Also what a person waits for beyond that: sync_snapshot_ms, the laptop's
// round that writes a snapshot of the journal and deletes the change files both computers applied,
// and sync_join_ms, a third computer joining from that snapshot alone (its KDF at the floor).
// Beside each wall time, the CPU time the process spent meanwhile (every thread): on a computer
// shared with other work the wall times of one run swing by half, the CPU times far less.
// Run alone: node --import tsx bench/sync-bench.ts [--entries N]
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { HearthService } from '../electron/service/hearth-service';
import { joinSyncFolder } from '../electron/service/sync-join';
import { SyncSession } from '../electron/service/sync-session';
import { syncRound } from '../electron/service/sync-round';
import { listChangeFiles } from '../electron/sync/sync-folder';
import { KDF_FLOOR } from '../electron/vault/kdf';
import { DEFAULT_SHAPE, generateJournal } from './generate-journal';

const PASSPHRASE = 'benchmark passphrase, not secret';
export const SYNC_CHANGES = 1000;
/** Five, not three: a median of five still holds when two trials meet a busy moment of the computer. */
const REPEATS = 5;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const cpuMs = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One trial: a fresh laptop and desktop on a fresh folder; the KDF at its floor, since neither unlock is timed. */
async function trial(dir: string, entries: number, seed: number): Promise<{ addMs: number; addCpuMs: number; applyMs: number; applyCpuMs: number; applied: number; snapshotMs: number; joinMs: number }> {
  mkdirSync(dir, { recursive: true });
  const folder = join(dir, 'sync');
  const laptop = new HearthService({ vaultDir: join(dir, 'laptop'), kdf: KDF_FLOOR });
  await laptop.create({ passphrase: PASSPHRASE });
  const laptopSync = new SyncSession(laptop);
  await laptopSync.syncSetUp({ folder, deviceName: 'Laptop' });
  await joinSyncFolder({ folder, vaultDir: join(dir, 'desktop'), passphrase: PASSPHRASE, deviceName: 'Desktop' });
  const desktop = new HearthService({ vaultDir: join(dir, 'desktop'), kdf: KDF_FLOOR });
  await desktop.unlock({ passphrase: PASSPHRASE });
  const batch = generateJournal({ ...DEFAULT_SHAPE, entries, seed });
  try {
    const addCpu = process.cpuUsage();
    const added = process.hrtime.bigint();
    await laptop.addEntries(batch);
    const addMs = ms(added);
    const addCpuMs = cpuMs(addCpu);
    await laptopSync.syncRound();
    const applyCpu = process.cpuUsage();
    const applying = process.hrtime.bigint();
    const { applied } = await new SyncSession(desktop).syncRound();
    const applyMs = ms(applying);
    const applyCpuMs = cpuMs(applyCpu);
    // The desktop's acknowledgement is in the folder; a round due a snapshot then compacts.
    const snapshotting = process.hrtime.bigint();
    await laptop.withLockedJournal((j) => syncRound(j, Date.now, { every: 1 }));
    const snapshotMs = ms(snapshotting);
    const left = await listChangeFiles(folder);
    if (left.length > 0) throw new Error(`the snapshot round left ${left.length} change files: the join would not start from the snapshot alone`);
    const joining = process.hrtime.bigint();
    await joinSyncFolder({ folder, vaultDir: join(dir, 'third'), passphrase: PASSPHRASE, deviceName: 'Third' });
    const joinMs = ms(joining);
    return { addMs, addCpuMs, applyMs, applyCpuMs, applied, snapshotMs, joinMs };
  } finally {
    laptop.close();
    desktop.close();
  }
}

export async function benchSync(work: string, entries = SYNC_CHANGES) {
  const adds: number[] = [];
  const addCpus: number[] = [];
  const applies: number[] = [];
  const applyCpus: number[] = [];
  const snapshots: number[] = [];
  const joins: number[] = [];
  let applied = 0;
  for (let i = 0; i < REPEATS; i++) {
    const dir = join(work, `sync-bench-${i}`);
    try {
      const t = await trial(dir, entries, DEFAULT_SHAPE.seed + 10 + i);
      adds.push(t.addMs);
      addCpus.push(t.addCpuMs);
      applies.push(t.applyMs);
      applyCpus.push(t.applyCpuMs);
      snapshots.push(t.snapshotMs);
      joins.push(t.joinMs);
      applied = t.applied;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const sync_apply_ms = median(applies);
  const sync_local_add_ms = median(adds);
  const ratio = round(sync_apply_ms / sync_local_add_ms, 2);
  const sync_apply_cpu_ms = median(applyCpus);
  const sync_local_add_cpu_ms = median(addCpus);
  return {
    figures: {
      sync_changes_applied: applied,
      sync_apply_ms: round(sync_apply_ms),
      sync_local_add_ms: round(sync_local_add_ms),
      sync_apply_cpu_ms: round(sync_apply_cpu_ms),
      sync_local_add_cpu_ms: round(sync_local_add_cpu_ms),
      sync_snapshot_ms: round(median(snapshots)),
      sync_join_ms: round(median(joins)),
    },
    ratios: { sync_apply_vs_local_add: ratio, sync_apply_vs_local_add_cpu: round(sync_apply_cpu_ms / sync_local_add_cpu_ms, 2), sync_join_vs_local_add: round(median(joins) / sync_local_add_ms, 2) },
    targets: { sync_apply_le_local_add: ratio <= 1 },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { entries: { type: 'string' } } });
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const work = mkdtempSync(join(tmpdir(), 'hearth-sync-bench-'));
  try {
    console.log(JSON.stringify(await benchSync(work, Number(values.entries ?? SYNC_CHANGES))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

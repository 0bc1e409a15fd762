// Snapshots and compaction in the convergence model (see sync-converge.test.ts): computers write
// offline, sync through a tool that delivers files late, twice, cut short and as conflict copies,
// write a snapshot every SNAPSHOT_EVERY_TEST change files and delete their own files once every
// computer has applied them and a snapshot covers them. Once the tool has caught up: every
// computer holds the reference journal; every file a computer deleted was acknowledged by every
// computer in its folder and covered by its snapshot when it went; each device's folder holds at
// most SNAPSHOT_EVERY_TEST - 1 change files, one snapshot, its device file and its keys file; and a
// computer joining late, from the compacted folder, ends with the reference journal too.
// SYNC_RUNS=N sets the number of runs.
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { joinSyncFolder } from '../../../electron/service/sync-join';
import { syncRound } from '../../../electron/service/sync-round';
import { openChangeFile } from '../../../electron/sync/change-file';
import { openDeviceFile } from '../../../electron/sync/device-file';
import { compareHlc } from '../../../electron/sync/hlc';
import type { Change } from '../../../electron/sync/merge';
import { loadSodium, type Sodium } from '../../../electron/vault/sodium';
import { deleteIfHeld, deliver, freshDevices, putEntry, makeTemplate, mirror, ownFiles, published, type Delivery, type Device, type Template } from '../../support/sync-devices';
import { entry, PASSPHRASE } from '../../support/vault';

const SNAPSHOT_EVERY_TEST = 2;
const IDS = Array.from({ length: 4 }, () => randomUUID());

type Op =
  | { op: 'put'; dev: number; id: number; mood: number }
  | { op: 'del'; dev: number; id: number }
  | { op: 'round'; dev: number }
  | { op: 'deliver'; from: number; to: number; pick: number; how: Delivery }
  | { op: 'mirror'; from: number; to: number };

function ops(devices: number): fc.Arbitrary<Op[]> {
  const dev = fc.nat({ max: devices - 1 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('put' as const), dev, id: fc.nat({ max: IDS.length - 1 }), mood: fc.nat({ max: 10 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('del' as const), dev, id: fc.nat({ max: IDS.length - 1 }) }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('round' as const), dev }) },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('deliver' as const),
        from: dev,
        to: dev,
        pick: fc.nat({ max: 50 }),
        how: fc.constantFrom<Delivery>('whole', 'truncated', 'conflict-copy', 'twice'),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('mirror' as const), from: dev, to: dev }) },
  );
  return fc.array(op, { maxLength: 30 });
}

interface Model {
  t: Template;
  sodium: Sodium;
  d: Device[];
  /** Every change file ever published, by device and name, kept before compaction deletes it. */
  archive: Map<string, Buffer>;
  counter: number;
}

const round = (d: Device) => d.service.withLockedJournal((j) => syncRound(j, Date.now, { every: SNAPSHOT_EVERY_TEST }));

function keep(m: Model): void {
  for (const d of m.d) for (const name of published(d)) if (!m.archive.has(`${d.id}/${name}`)) m.archive.set(`${d.id}/${name}`, readFileSync(join(d.view, 'devices', d.id, name)));
}

/** A round of `d`, checking that each of its change files it deleted was acknowledged by every device of its folder and covered by its snapshot. */
async function checkedRound(m: Model, d: Device) {
  const before = published(d);
  const result = await round(d);
  const gone = before.filter((name) => !published(d).includes(name)).map((name) => Number(name.slice(0, 12)));
  if (gone.length > 0) {
    const file = (id: string) => openDeviceFile(m.sodium, m.t.syncKey, m.t.journal, id, readFileSync(join(d.view, 'devices', id, 'device.hearthsync')));
    const own = file(d.id)!;
    for (const seq of gone) expect(own.snapshot!.covers[d.id]!).toBeGreaterThan(seq);
    for (const other of readdirSync(join(d.view, 'devices')).filter((id) => id !== d.id)) {
      for (const seq of gone) expect(file(other)!.acks[d.id]!).toBeGreaterThan(seq);
    }
  }
  return result;
}

async function run(m: Model, step: Op): Promise<void> {
  const { d } = m;
  switch (step.op) {
    case 'put':
      await putEntry(d[step.dev]!.service, IDS[step.id]!, entry({ mood: step.mood, note: `note ${(m.counter += 1)}` }));
      return;
    case 'del':
      await deleteIfHeld(d[step.dev]!.service, IDS[step.id]!);
      return;
    case 'round':
      await checkedRound(m, d[step.dev]!);
      return;
    case 'deliver': {
      if (step.from === step.to) return;
      const files = ownFiles(d[step.from]!);
      if (files.length > 0) deliver(d[step.from]!, d[step.to]!, files[step.pick % files.length]!, step.how);
      return;
    }
    case 'mirror':
      if (step.from !== step.to) mirror(d[step.from]!, d[step.to]!);
  }
}

function reference(m: Model): Record<string, string> {
  const changes: Change[] = [];
  for (const [path, bytes] of m.archive) {
    const [device = '', name = ''] = path.split('/');
    const opened = openChangeFile(m.sodium, m.t.syncKey, m.t.journal, { device, seq: Number(name.slice(0, 12)) }, bytes);
    if (!opened.ok) throw new Error(`${path} does not open`);
    changes.push(...opened.changes);
  }
  const state = new Map<string, Change>();
  for (const c of changes.sort((a, b) => compareHlc(a.hlc, b.hlc))) state.set(`${c.kind}:${c.id}`, c);
  const entries: Record<string, string> = {};
  for (const c of state.values()) if (c.kind === 'entry' && c.body !== null) entries[c.id] = (c.body as { note: string }).note;
  return entries;
}

async function entriesOf(s: HearthService): Promise<Record<string, string>> {
  return Object.fromEntries((await s.listEntries(undefined)).entries.map((e) => [e.id, e.note]));
}

/** A computer that joins now, from a view of the folder as the tool has it once caught up. */
async function lateJoiner(m: Model): Promise<HearthService> {
  const view = join(m.t.root, 'late-view');
  for (const from of m.d) {
    const folder = join(view, 'devices', from.id);
    mkdirSync(folder, { recursive: true });
    for (const name of ownFiles(from)) writeFileSync(join(folder, name), readFileSync(join(from.view, 'devices', from.id, name)));
  }
  const vaultDir = join(m.t.root, 'late-vault');
  const joined = await joinSyncFolder({ folder: view, vaultDir, passphrase: PASSPHRASE, deviceName: 'Late' });
  expect(joined.skipped).toEqual([]);
  const s = new HearthService({ vaultDir, kdf: TEST_KDF });
  await s.unlockWithPassphraseKey(m.t.kek);
  return s;
}

function compacts(count: number, numRuns: number) {
  let template: Template;
  let sodium: Sodium;
  beforeAll(async () => {
    template = await makeTemplate(count);
    sodium = await loadSodium();
    // Every computer sees every other's folder from the start (a computer not yet seen may find its
    // way in through a snapshot, as the late joiner does; the archive below could not keep a file
    // published and compacted in one round).
    for (const from of template.devices) {
      for (const to of template.devices) {
        if (from !== to) cpSync(join(template.pristine, relative(template.root, from.view), 'devices', from.id), join(template.pristine, relative(template.root, to.view), 'devices', from.id), { recursive: true });
      }
    }
  }, 120_000);
  afterAll(() => template.cleanup());

  it(
    `${count} computers snapshot and compact, end with the reference journal, and a late joiner starts from the compacted folder`,
    async () => {
      let compacted = 0;
      await fc.assert(
        fc.asyncProperty(ops(count), async (steps) => {
          const { devices, close } = await freshDevices(template);
          const m: Model = { t: template, sodium, d: devices, archive: new Map(), counter: 0 };
          let late: HearthService | null = null;
          try {
            for (const step of steps) {
              await run(m, step);
              keep(m);
            }
            // Each computer writes twice more, each write in a file of its own, so each has a snapshot due.
            for (const d of devices) {
              for (let i = 0; i < SNAPSHOT_EVERY_TEST; i++) {
                await d.service.addEntry(entry({ mood: 5, note: `last ${(m.counter += 1)}` }));
                await checkedRound(m, d);
                keep(m);
              }
            }
            // The tool catches up, three times over: changes, then acknowledgements, then compaction.
            for (let pass = 0; pass < 3; pass++) {
              for (const d of devices) await checkedRound(m, d);
              keep(m);
              for (const from of devices) for (const to of devices) if (from !== to) mirror(from, to);
            }
            for (const d of devices) expect((await checkedRound(m, d)).skipped).toEqual([]);
            const expected = reference(m);
            for (const d of devices) expect(await entriesOf(d.service)).toEqual(expected);
            for (const d of devices) {
              const names = ownFiles(d);
              expect(names.filter((n) => /^\d{12}\.hearthsync$/.test(n)).length).toBeLessThanOrEqual(SNAPSHOT_EVERY_TEST - 1);
              expect(names.filter((n) => n.startsWith('snapshot-')).length).toBeLessThanOrEqual(1);
              expect(names.length).toBeLessThanOrEqual(SNAPSHOT_EVERY_TEST + 2);
            }
            if (devices.some((d) => !existsSync(join(d.view, 'devices', d.id, '000000000001.hearthsync')) && m.archive.has(`${d.id}/000000000001.hearthsync`))) compacted += 1;
            late = await lateJoiner(m);
            expect(await entriesOf(late)).toEqual(expected);
          } finally {
            late?.close();
            close();
          }
        }),
        { numRuns },
      );
      // The model did compact: in every run some device deleted its first change file.
      expect(compacted).toBe(numRuns);
    },
    600_000,
  );
}

describe('two computers', () => compacts(2, Number(process.env.SYNC_RUNS ?? 40)));
describe('three computers', () => compacts(3, Number(process.env.SYNC_RUNS ?? 25)));

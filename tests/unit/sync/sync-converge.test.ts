// Two and three computers writing one journal offline and syncing through a sync tool that delivers
// files late, twice, out of order, cut short and as conflict copies (fast-check): once the tool has
// caught up and each computer ran its rounds, every computer holds the same journal, and it is the
// journal a reference gets by applying every change ever published in stamp order. SYNC_RUNS=N
// sets the number of runs of each.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openChangeFile } from '../../../electron/sync/change-file';
import { compareHlc } from '../../../electron/sync/hlc';
import type { Change } from '../../../electron/sync/merge';
import { loadSodium } from '../../../electron/vault/sodium';
import { deleteIfHeld, deliver, deliverAll, freshDevices, putEntry, makeTemplate, published, type Delivery, type Device, type Template } from '../../support/sync-devices';
import { entry } from '../../support/vault';

const IDS = Array.from({ length: 4 }, () => randomUUID());
const THEMES = ['light', 'dark', 'system'] as const;
/** An entry names one of these (or nobody, at PEOPLE.length): a name new on a device adds a person there. */
const PEOPLE = ['Ada', 'Bo'] as const;

type Op =
  | { op: 'put'; dev: number; id: number; mood: number; person: number }
  | { op: 'del'; dev: number; id: number }
  | { op: 'theme'; dev: number; theme: number }
  | { op: 'round'; dev: number }
  | { op: 'deliver'; from: number; to: number; pick: number; how: Delivery };

function ops(devices: number): fc.Arbitrary<Op[]> {
  const dev = fc.nat({ max: devices - 1 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('put' as const), dev, id: fc.nat({ max: IDS.length - 1 }), mood: fc.nat({ max: 10 }), person: fc.nat({ max: PEOPLE.length }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('del' as const), dev, id: fc.nat({ max: IDS.length - 1 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('theme' as const), dev, theme: fc.nat({ max: THEMES.length - 1 }) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('round' as const), dev }) },
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('deliver' as const),
        from: dev,
        to: dev,
        pick: fc.nat({ max: 50 }),
        how: fc.constantFrom<Delivery>('whole', 'whole', 'truncated', 'conflict-copy', 'twice'),
      }),
    },
  );
  return fc.array(op, { maxLength: 24 });
}

async function run(d: Device[], step: Op, counter: { n: number }): Promise<void> {
  switch (step.op) {
    case 'put': {
      const note = `note ${(counter.n += 1)}`;
      const name = PEOPLE[step.person];
      await putEntry(d[step.dev]!.service, IDS[step.id]!, entry({ mood: step.mood, note, interactions: name === undefined ? [] : [{ person: name, kinds: ['emotional'] }] }));
      return;
    }
    case 'del':
      await deleteIfHeld(d[step.dev]!.service, IDS[step.id]!);
      return;
    case 'theme':
      await d[step.dev]!.service.updateSettings({ theme: THEMES[step.theme]! });
      return;
    case 'round':
      await d[step.dev]!.sync.syncRound();
      return;
    case 'deliver': {
      if (step.from === step.to) return;
      const files = published(d[step.from]!);
      if (files.length > 0) deliver(d[step.from]!, d[step.to]!, files[step.pick % files.length]!, step.how);
    }
  }
}

/** Every change any device published, read back with the journal's key. */
async function everyChange(t: Template, devices: Device[]): Promise<Change[]> {
  const sodium = await loadSodium();
  const changes: Change[] = [];
  for (const d of devices) {
    for (const name of published(d)) {
      const opened = openChangeFile(sodium, t.syncKey, t.journal, { device: d.id, seq: Number(name.slice(0, 12)) }, readFileSync(join(d.view, 'devices', d.id, name)));
      if (!opened.ok) throw new Error(`${name} does not open`);
      changes.push(...opened.changes);
    }
  }
  return changes;
}

/** The reference: every change applied in stamp order, each one replacing what its record held. */
interface Journal {
  entries: Record<string, string>;
  people: Record<string, string>;
  theme: string;
}

function reference(changes: Change[]): Journal {
  const state = new Map<string, Change>();
  for (const c of [...changes].sort((a, b) => compareHlc(a.hlc, b.hlc))) state.set(`${c.kind}:${c.id}`, c);
  const journal: Journal = { entries: {}, people: {}, theme: 'system' };
  for (const c of state.values()) {
    if (c.kind === 'entry' && c.body !== null) journal.entries[c.id] = (c.body as { note: string }).note;
    if (c.kind === 'person' && c.body !== null) journal.people[c.id] = (c.body as { name: string }).name;
    if (c.kind === 'settings' && c.body !== null) journal.theme = (c.body as { theme: string }).theme;
  }
  return journal;
}

async function journalOf(d: Device): Promise<Journal> {
  const journal: Journal = { entries: {}, people: {}, theme: (await d.service.getSettings()).theme };
  for (const e of (await d.service.listEntries(undefined)).entries) journal.entries[e.id] = e.note;
  for (const p of await d.service.listPeople({ includeArchived: true })) journal.people[p.id] = p.name;
  return journal;
}

function converges(count: number, numRuns: number) {
  let template: Template;
  beforeAll(async () => {
    template = await makeTemplate(count);
  }, 120_000);
  afterAll(() => template.cleanup());

  it(
    `${count} computers end with the same journal as the reference`,
    async () => {
      await fc.assert(
        fc.asyncProperty(ops(count), async (steps) => {
          const { devices, close } = await freshDevices(template);
          try {
            const counter = { n: 0 };
            for (const step of steps) await run(devices, step, counter);
            // The tool catches up; each computer publishes, then reads everything.
            for (const d of devices) await d.sync.syncRound();
            deliverAll(devices);
            for (const d of devices) expect((await d.sync.syncRound()).skipped).toEqual([]);
            const expected = reference(await everyChange(template, devices));
            for (const d of devices) expect(await journalOf(d)).toEqual(expected);
            for (const d of devices) expect((await d.sync.syncStatus())!.unpublished).toBe(0);
            expect(readdirSync(join(devices[0]!.view, 'devices')).length).toBe(count);
          } finally {
            close();
          }
        }),
        { numRuns },
      );
    },
    300_000,
  );
}

describe('two computers', () => converges(2, Number(process.env.SYNC_RUNS ?? 200)));
describe('three computers', () => converges(3, Number(process.env.SYNC_RUNS ?? 150)));

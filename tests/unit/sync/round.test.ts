import { expect, it } from 'vitest';
import type { OpenedChangeFile } from '../../../electron/sync/change-file';
import { parseChangeFilePath, type ListedChangeFile } from '../../../electron/sync/folder-listing';
import type { Change } from '../../../electron/sync/merge';
import { planRound } from '../../../electron/sync/round';

const own = 'a'.repeat(32);
const laptop = 'b'.repeat(32);
const desktop = 'c'.repeat(32);

function path(device: string, seq: number, suffix = ''): string {
  return `devices/${device}/${String(seq).padStart(12, '0')}${suffix}.hearthsync`;
}

function change(device: string, id: string): Change {
  return { kind: 'entry', id, hlc: { wall: 1, count: 0, device }, body: { note: id } };
}

/** A folder where each path opens to one change named after it, unless `problems` says otherwise. */
function folder(paths: string[], problems: Record<string, 'incomplete' | 'does-not-open' | 'other-journal'> = {}) {
  const listed = paths.map((p) => parseChangeFilePath(p)).filter((f): f is ListedChangeFile => f !== null);
  const opened: string[] = [];
  const open = (file: ListedChangeFile): OpenedChangeFile => {
    opened.push(file.path);
    const problem = problems[file.path];
    return problem ? { ok: false, reason: problem } : { ok: true, changes: [change(file.device, file.path)] };
  };
  return { listed, open, opened };
}

it('applies the other devices’ files in number order and never reads its own', () => {
  const f = folder([path(laptop, 2), path(own, 1), path(laptop, 1), path(desktop, 1)]);
  const plan = planRound({ ownDevice: own, listed: f.listed, nextSeq: {}, seen: new Set(), open: f.open });
  expect(plan.applied).toEqual([path(laptop, 1), path(laptop, 2), path(desktop, 1)]);
  expect(plan.changes.map((c) => c.id)).toEqual(plan.applied);
  expect(plan.nextSeq).toEqual({ [laptop]: 3, [desktop]: 2 });
  expect(f.opened).not.toContain(path(own, 1));
  expect(plan.skipped).toEqual([]);
});

it('waits at a missing number, and goes on once it arrives', () => {
  const f = folder([path(laptop, 1), path(laptop, 3)]);
  const first = planRound({ ownDevice: own, listed: f.listed, nextSeq: {}, seen: new Set(), open: f.open });
  expect(first.applied).toEqual([path(laptop, 1)]);
  expect(first.nextSeq[laptop]).toBe(2);
  const g = folder([path(laptop, 1), path(laptop, 2), path(laptop, 3)]);
  const second = planRound({ ownDevice: own, listed: g.listed, nextSeq: first.nextSeq, seen: new Set(first.applied), open: g.open });
  expect(second.applied).toEqual([path(laptop, 2), path(laptop, 3)]);
  expect(g.opened).not.toContain(path(laptop, 1));
});

it('retries a file still arriving without applying anything after it', () => {
  const f = folder([path(laptop, 1), path(laptop, 2)], { [path(laptop, 1)]: 'incomplete' });
  const plan = planRound({ ownDevice: own, listed: f.listed, nextSeq: {}, seen: new Set(), open: f.open });
  expect(plan.applied).toEqual([]);
  expect(plan.nextSeq[laptop]).toBe(1);
  expect(plan.skipped).toEqual([{ file: path(laptop, 1), reason: expect.stringContaining('not complete') }]);
});

it('reports a refused file by name, applies nothing from it, and holds back what follows', () => {
  const f = folder([path(laptop, 1), path(laptop, 2), path(desktop, 1)], { [path(laptop, 1)]: 'does-not-open' });
  const plan = planRound({ ownDevice: own, listed: f.listed, nextSeq: {}, seen: new Set(), open: f.open });
  expect(plan.applied).toEqual([path(desktop, 1)]);
  expect(plan.skipped).toEqual([{ file: path(laptop, 1), reason: expect.stringContaining('altered') }]);
  expect(plan.nextSeq[laptop]).toBe(1);
});

it('reads a conflict copy as one more change file, even when it arrives after its number was applied', () => {
  const copy = path(laptop, 1, '.sync-conflict-20261202-101010-ABCDEFG');
  const f = folder([path(laptop, 1), copy, path(laptop, 2)]);
  const plan = planRound({ ownDevice: own, listed: f.listed, nextSeq: {}, seen: new Set(), open: f.open });
  expect(plan.applied.sort()).toEqual([path(laptop, 1), copy, path(laptop, 2)].sort());
  const late = path(laptop, 2, ' (Laptop’s conflicted copy 2026-12-02)');
  const g = folder([path(laptop, 1), copy, path(laptop, 2), late]);
  const next = planRound({ ownDevice: own, listed: g.listed, nextSeq: plan.nextSeq, seen: new Set(plan.applied), open: g.open });
  expect(next.applied).toEqual([late]);
  expect(g.opened).toEqual([late]);
});

it('needs no list of the files under their own names below the number applied, only of the copies', () => {
  const copy = path(laptop, 1, '-conflict-1');
  const f = folder([path(laptop, 1), copy, path(laptop, 2), path(laptop, 3)]);
  const plan = planRound({ ownDevice: own, listed: f.listed, nextSeq: { [laptop]: 3 }, seen: new Set([copy]), open: f.open });
  expect(plan.applied).toEqual([path(laptop, 3)]);
  expect(f.opened).toEqual([path(laptop, 3)]);
  expect(plan.nextSeq[laptop]).toBe(4);
});

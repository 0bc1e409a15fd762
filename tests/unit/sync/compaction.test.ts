// The compaction rules, against values worked out by hand.
import { expect, it } from 'vitest';
import { keepFrom, removable, snapshotDue, snapshotEvery } from '../../../electron/sync/compaction';
import type { DeviceFile } from '../../../electron/sync/device-file';

const own = 'a'.repeat(32);
const b = 'b'.repeat(32);
const c = 'c'.repeat(32);
const file = (acks: Record<string, number>, refused: DeviceFile['refused'] = []): DeviceFile => ({ name: 'x', acks, refused, snapshot: null });

it('spaces snapshots by the journal size: 64 files at the least, one per 100 records beyond', () => {
  expect(snapshotEvery(0)).toBe(64);
  expect(snapshotEvery(6_400)).toBe(64);
  expect(snapshotEvery(6_401)).toBe(65);
  expect(snapshotEvery(100_000)).toBe(1_000);
});

it('writes a snapshot every so many files, and when a file of this device no snapshot covers is refused', () => {
  const none = new Map<string, DeviceFile | null>();
  expect(snapshotDue({ ownDevice: own, ownNext: 4, newest: null, others: none, every: 4 })).toBe(false);
  expect(snapshotDue({ ownDevice: own, ownNext: 5, newest: null, others: none, every: 4 })).toBe(true);
  expect(snapshotDue({ ownDevice: own, ownNext: 8, newest: { n: 1, covers: { [own]: 5 } }, others: none, every: 4 })).toBe(false);
  const refusing = new Map([[b, file({}, [{ device: own, seq: 6 }])]]);
  expect(snapshotDue({ ownDevice: own, ownNext: 8, newest: { n: 1, covers: { [own]: 5 } }, others: refusing, every: 4 })).toBe(true);
  // Covered already, or a number never published, or another device's file: nothing to answer.
  expect(snapshotDue({ ownDevice: own, ownNext: 8, newest: { n: 2, covers: { [own]: 7 } }, others: refusing, every: 4 })).toBe(false);
  expect(snapshotDue({ ownDevice: own, ownNext: 6, newest: { n: 1, covers: { [own]: 5 } }, others: refusing, every: 4 })).toBe(false);
  expect(snapshotDue({ ownDevice: own, ownNext: 8, newest: { n: 1, covers: { [own]: 5 } }, others: new Map([[b, file({}, [{ device: c, seq: 6 }])]]), every: 4 })).toBe(false);
});

it('keeps every file a known device has not applied or no snapshot covers', () => {
  const files = new Map<string, DeviceFile | null>([
    [b, file({ [own]: 9 })],
    [c, file({ [own]: 6 })],
  ]);
  expect(keepFrom(own, { n: 1, covers: { [own]: 8 } }, [b, c], files)).toBe(6);
  expect(keepFrom(own, { n: 1, covers: { [own]: 8 } }, [b], files)).toBe(8);
  expect(keepFrom(own, null, [b], files)).toBe(1);
  // A known device with no readable file acknowledges nothing.
  expect(keepFrom(own, { n: 1, covers: { [own]: 8 } }, [b, 'd'.repeat(32)], files)).toBe(1);
});

it('removes own change files and their copies below the bound, older snapshots, and what a stopped publish left', () => {
  const names = [
    '000000000004.hearthsync',
    '000000000005.hearthsync',
    '000000000005.sync-conflict-20261203-101010-ABCDEFG.hearthsync',
    '000000000006.hearthsync',
    'snapshot-000000000002.hearthsync',
    'snapshot-000000000003.hearthsync',
    'snapshot-000000000004.hearthsync.0123456789ab.partial',
    'device.hearthsync',
    'keys.hearthsync',
    'notes.txt',
  ];
  expect(removable(own, names, 6, 3)).toEqual([
    '000000000004.hearthsync',
    '000000000005.hearthsync',
    '000000000005.sync-conflict-20261203-101010-ABCDEFG.hearthsync',
    'snapshot-000000000002.hearthsync',
    'snapshot-000000000004.hearthsync.0123456789ab.partial',
  ]);
  expect(removable(own, names, 1, null)).toEqual(['snapshot-000000000004.hearthsync.0123456789ab.partial']);
});

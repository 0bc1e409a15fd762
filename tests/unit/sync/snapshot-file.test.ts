// A snapshot file: what is sealed reads back; moved to another device or number, renamed from a
// change file, of another journal, cut short or arbitrary bytes, it is refused, never thrown on.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { sealChangeFile } from '../../../electron/sync/change-file';
import { openSnapshot, sealSnapshot, snapshotFileName, snapshotNumber, type Snapshot } from '../../../electron/sync/snapshot-file';
import { JOURNAL_ID, sodiumWithKey } from '../../support/sync-key';

const { sodium, key } = await sodiumWithKey();
const journal = JOURNAL_ID;
const a = 'a'.repeat(32);
const b = 'b'.repeat(32);
const snapshot: Snapshot = {
  covers: { [a]: 7, [b]: 3 },
  changes: [
    { kind: 'entry', id: 'e1', hlc: { wall: 5, count: 0, device: b }, body: { note: 'kept' } },
    { kind: 'entry', id: 'e2', hlc: { wall: 6, count: 1, device: a }, body: null },
  ],
};

it('names snapshots by number and reads nothing else as one', () => {
  expect(snapshotFileName(3)).toBe('snapshot-000000000003.hearthsync');
  expect(snapshotNumber('snapshot-000000000003.hearthsync')).toBe(3);
  for (const name of ['000000000003.hearthsync', 'snapshot-3.hearthsync', 'snapshot-000000000003.sync-conflict-1.hearthsync', 'snapshot-000000000003.hearthsync.0123456789ab.partial']) {
    expect(snapshotNumber(name)).toBeNull();
  }
});

it('reads back what it sealed, with stamps of every device, and refuses it anywhere else', () => {
  const file = sealSnapshot(sodium, key, journal, a, 2, snapshot);
  expect(openSnapshot(sodium, key, journal, a, 2, file)).toEqual({ ok: true, snapshot });
  expect(openSnapshot(sodium, key, journal, b, 2, file)).toEqual({ ok: false, reason: 'does-not-open' });
  expect(openSnapshot(sodium, key, journal, a, 3, file)).toEqual({ ok: false, reason: 'does-not-open' });
  expect(openSnapshot(sodium, key, '1d5e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6', a, 2, file)).toEqual({ ok: false, reason: 'other-journal' });
  expect(openSnapshot(sodium, key, journal, a, 2, file.subarray(0, file.length - 1))).toEqual({ ok: false, reason: 'incomplete' });
  // A change file of the same device and number, renamed, does not open as a snapshot.
  expect(openSnapshot(sodium, key, journal, a, 2, sealChangeFile(sodium, key, journal, { device: a, seq: 2 }, snapshot.changes.slice(1)))).toEqual({ ok: false, reason: 'does-not-open' });
  // Padded: a snapshot's size says little of what it holds.
  expect(sealSnapshot(sodium, key, journal, a, 2, { covers: {}, changes: [] }).length).toBe(sealSnapshot(sodium, key, journal, a, 2, { covers: { [a]: 2 }, changes: [] }).length);
});

it('refuses a snapshot holding a change that is not well formed, whole', () => {
  const extra = { ...snapshot.changes[0]!, seen: true } as unknown as Snapshot['changes'][number];
  const noStamp = { kind: 'entry', id: 'e3', body: null } as unknown as Snapshot['changes'][number];
  for (const bad of [extra, noStamp]) {
    const file = sealSnapshot(sodium, key, journal, a, 2, { ...snapshot, changes: [...snapshot.changes, bad] });
    expect(openSnapshot(sodium, key, journal, a, 2, file)).toEqual({ ok: false, reason: 'does-not-open' });
  }
});

it('never throws on arbitrary bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      expect(openSnapshot(sodium, key, journal, a, 1, bytes).ok).toBe(false);
    }),
    { numRuns: 300 },
  );
});

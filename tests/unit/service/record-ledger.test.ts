// What this process knows of the records on disk: which moved or went since, taking in another
// process's write, and the manifest it makes of itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordLedger, type ManifestEntry } from '../../../electron/service/record-ledger';
import type { StoredRecord } from '../../../electron/store/record-store';

/** A row whose box ends in 16 bytes of `tagByte`: the Poly1305 tag the ledger keeps. */
function row(id: string, kind: string, version: number, tagByte: number): StoredRecord {
  const box = new Uint8Array(40).fill(tagByte);
  return { id, kind, format: 1, schema: 1, nonce: new Uint8Array(24), box, version };
}

const tag = (byte: number) => Buffer.alloc(16, byte).toString('base64');

describe('the record ledger', () => {
  it('names the records whose version moved on disk, new ones included, and those gone from it', () => {
    const ledger = RecordLedger.of(3, [row('a', 'entry', 1, 1), row('b', 'person', 2, 2), row('c', 'entry', 3, 3)]);
    const onDisk = [
      { id: 'a', kind: 'entry', version: 1 },
      { id: 'b', kind: 'person', version: 4 },
      { id: 'd', kind: 'draft', version: 4 },
    ];
    expect(ledger.moved(onDisk).map((v) => v.id)).toEqual(['b', 'd']);
    expect(ledger.gone(new Set(onDisk.map((v) => v.id)))).toEqual([{ id: 'c', kind: 'entry' }]);
  });

  it('takes in another process’s write: its rows, its deletions and its counter', () => {
    const ledger = RecordLedger.of(3, [row('a', 'entry', 1, 1), row('c', 'entry', 3, 3)]);
    ledger.takeIn(4, [row('b', 'person', 4, 9)], ['c']);
    expect(ledger.counter).toBe(4);
    expect(ledger.has('b')).toBe(true);
    expect(ledger.has('c')).toBe(false);
    expect(JSON.parse(ledger.manifest())).toEqual({
      format: 1,
      counter: 4,
      records: [
        ['a', 'entry', 1, tag(1)],
        ['b', 'person', 4, tag(9)],
      ],
    });
  });

  it('takes in its own write at the new counter, and then matches the manifest made for it', () => {
    const ledger = RecordLedger.of(1, [row('a', 'entry', 1, 1)]);
    const put = row('b', 'person', 0, 5);
    const expected = ledger.manifestAfter(2, [put], ['a']);
    ledger.apply(2, [put], ['a']);
    expect(ledger.manifest()).toBe(expected);
    expect(JSON.parse(expected).records).toEqual([['b', 'person', 2, tag(5)]]);
    expect(ledger.compare(expected)).toEqual([]);
  });

  it('names every record missing from the disk, rolled back or added, exactly as comparing each way in full would', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const record = fc.record({ kind: fc.constantFrom('entry', 'person'), version: fc.integer({ min: 0, max: 3 }), tagByte: fc.integer({ min: 0, max: 2 }) });
    const side = fc.dictionary(fc.constantFrom(...ids), record);
    fc.assert(
      fc.property(side, side, (disk, seal) => {
        const ledger = RecordLedger.of(9, Object.entries(disk).map(([id, r]) => row(id, r.kind, r.version, r.tagByte)));
        const entries = new Map(Object.entries(seal).map(([id, r]): [string, ManifestEntry] => [id, [id, r.kind, r.version, tag(r.tagByte)]]));
        // The oracle: the seal's entries in order, then the disk's records the seal lacks.
        const expected = [
          ...[...entries.values()].flatMap(([id, kind, version, t]) => {
            const here = disk[id];
            if (!here) return [{ id, kind, problem: 'missing' }];
            return here.kind !== kind || here.version !== version || tag(here.tagByte) !== t ? [{ id, kind, problem: 'rolled-back' }] : [];
          }),
          ...Object.entries(disk).flatMap(([id, r]) => (entries.has(id) ? [] : [{ id, kind: r.kind, problem: 'added' }])),
        ];
        expect(ledger.compareEntries(entries)).toEqual(expected);
      }),
    );
  });
});

// The seal as a log (electron/service/manifest-log.ts): a base and its deltas always read back as
// the whole manifest the write would have sealed, and a delta out of place does not open.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestHead, openManifestLog, replayManifest } from '../../../electron/service/manifest-log';
import { RecordLedger, type ManifestBody, type ManifestEntry } from '../../../electron/service/record-ledger';
import type { ManifestDelta, ManifestRow } from '../../../electron/store/record-store';
import { RecordCipher, type SealedRecord } from '../../../electron/vault/record-cipher';
import { loadSodium, type Sodium } from '../../../electron/vault/sodium';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const sorted = (entries: Iterable<ManifestEntry>) => [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

function sealed(id: string, tagByte: number): SealedRecord {
  return { id, kind: 'entry', format: 1, schema: 1, nonce: new Uint8Array(24), box: new Uint8Array(32).fill(tagByte) };
}

const write = fc.record({
  puts: fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), tag: fc.integer({ min: 0, max: 255 }) }), { selector: (p) => p.id, maxLength: 4 }),
  deletes: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 3 }),
  compact: fc.boolean(),
});

describe('the manifest log', () => {
  it('a base and its deltas always give the whole manifest the write sealed, over any writes and rewrites', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 30 }), (writes) => {
        const ledger = new RecordLedger(0, new Map());
        let base = ledger.manifest();
        let deltas: string[] = [];
        for (const [i, w] of writes.entries()) {
          const next = i + 1;
          const puts = w.puts.map((p) => sealed(p.id, p.tag));
          const whole = ledger.manifestAfter(next, puts, w.deletes);
          if (w.compact) {
            base = whole;
            deltas = [];
          } else deltas.push(RecordLedger.manifestDelta(next, puts, w.deletes));
          ledger.apply(next, puts, w.deletes);
          expect(sorted(replayManifest(base, deltas).values())).toEqual(sorted((JSON.parse(whole) as ManifestBody).records));
        }
      }),
    );
  });

  it('works out a delta by hand: deletes go, puts come in at the write’s counter', () => {
    const base = JSON.stringify({ format: 1, counter: 2, records: [['a', 'entry', 1, 'x'], ['b', 'person', 2, 'y']] });
    const delta = RecordLedger.manifestDelta(3, [sealed('c', 7)], ['a']);
    const tag7 = Buffer.alloc(16, 7).toString('base64');
    expect(JSON.parse(delta)).toEqual({ format: 1, counter: 3, puts: [['c', 'entry', 3, tag7]], deletes: ['a'] });
    expect(sorted(replayManifest(base, [delta]).values())).toEqual([
      ['b', 'person', 2, 'y'],
      ['c', 'entry', 3, tag7],
    ]);
  });

  describe('sealed', () => {
    const vault = 'vault-one';
    /** A base at 2 holding `a`, then deltas at 3 (puts b) and 4 (deletes a). */
    function log(cipher: RecordCipher): ManifestRow {
      const base = cipher.sealManifest(vault, 2, JSON.stringify({ format: 1, counter: 2, records: [['a', 'entry', 1, 'x']] }));
      const d3 = cipher.sealManifestDelta(vault, 3, RecordLedger.manifestDelta(3, [sealed('b', 1)], []));
      const d4 = cipher.sealManifestDelta(vault, 4, RecordLedger.manifestDelta(4, [], ['a']));
      const head = cipher.sealManifestHead(vault, 4, manifestHead(4, 2));
      return { counter: 4, ...head, base: { counter: 2, ...base }, deltas: [{ counter: 3, ...d3 }, { counter: 4, ...d4 }] };
    }
    const open = (cipher: RecordCipher, row: ManifestRow) => {
      const entries = openManifestLog(cipher, vault, { ...row, nonce: row.nonce!, box: row.box! });
      return entries && [...entries.values()];
    };
    const withDeltas = (row: ManifestRow, deltas: ManifestDelta[]) => ({ ...row, deltas });

    it('opens unbroken, and not with a delta missing, extra, moved or swapped', () => {
      const cipher = new RecordCipher(sodium, sodium.randombytes_buf(32));
      const row = log(cipher);
      const [d3, d4] = row.deltas as [ManifestDelta, ManifestDelta];
      expect(open(cipher, row)?.map((e) => e[0])).toEqual(['b']);
      expect(open(cipher, withDeltas(row, [d3]))).toBeNull();
      expect(open(cipher, withDeltas(row, [d4]))).toBeNull();
      expect(open(cipher, withDeltas(row, [d3, d4, { ...d4, counter: 5 }]))).toBeNull();
      expect(open(cipher, { ...withDeltas(row, [d3, d4, { ...d4, counter: 5 }]), counter: 5 })).toBeNull();
      expect(open(cipher, withDeltas(row, [{ ...d4, counter: 3 }, { ...d3, counter: 4 }]))).toBeNull();
      // A genuine delta of a later write, in place of the last one.
      const d5 = { counter: 5, ...cipher.sealManifestDelta(vault, 5, RecordLedger.manifestDelta(5, [], ['b'])) };
      expect(open(cipher, withDeltas(row, [d3, d5]))).toBeNull();
      expect(open(cipher, { ...withDeltas(row, [d3, d4, d5]), counter: 5 })).toBeNull();
      expect(open(cipher, { ...withDeltas(row, [d3, d4, d5]), counter: 5, ...cipher.sealManifestHead(vault, 5, manifestHead(5, 2)) })).toEqual([]);
      // The base told to be at another counter, with the deltas to match; the head names another base; no base row.
      expect(open(cipher, { ...withDeltas(row, [d4]), base: { ...row.base!, counter: 3 } })).toBeNull();
      expect(open(cipher, { ...withDeltas(row, [d4]), base: { ...row.base!, counter: 3 }, ...cipher.sealManifestHead(vault, 4, manifestHead(4, 3)) })).toBeNull();
      expect(open(cipher, { ...row, ...cipher.sealManifestHead(vault, 4, manifestHead(4, 1)) })).toBeNull();
      expect(open(cipher, { ...row, base: null })).toBeNull();
      expect(open(cipher, { ...row, ...row.base!, counter: 4, base: null, deltas: [] })).toBeNull();
    });

    it('does not open a delta of another vault, nor a base as a delta', () => {
      const cipher = new RecordCipher(sodium, sodium.randombytes_buf(32));
      const row = log(cipher);
      const foreign = cipher.sealManifestDelta('vault-two', 4, RecordLedger.manifestDelta(4, [], ['a']));
      expect(open(cipher, withDeltas(row, [row.deltas[0]!, { counter: 4, ...foreign }]))).toBeNull();
      const asBase = cipher.sealManifest(vault, 4, RecordLedger.manifestDelta(4, [], ['a']));
      expect(open(cipher, withDeltas(row, [row.deltas[0]!, { counter: 4, ...asBase }]))).toBeNull();
      expect(cipher.openManifestDelta(vault, 4, row.deltas[1]!.nonce, row.deltas[1]!.box)).not.toBeNull();
      expect(cipher.openManifest(vault, 4, row.deltas[1]!.nonce, row.deltas[1]!.box)).toBeNull();
    });
  });
});

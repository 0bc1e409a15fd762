// When a write rewrites the seal's base instead of adding a delta: once the deltas weigh a quarter
// of the base. The store remembers the weights its own last commit left, and sums the rows again
// when another process (another store on the same file) wrote since.
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/store/database';
import { RecordStore, type WriteSeal } from '../../../electron/store/record-store';
import { tempDir } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

const box = (bytes: number) => ({ nonce: new Uint8Array(24), box: new Uint8Array(bytes) });

/** A store on a fresh file, and a second one on the same file (as another process has it). */
function twoStores() {
  const t = tempDir();
  const file = join(t.dir, 'hearth.db');
  const a = openDatabase(file, { mustExist: false });
  const b = openDatabase(file, { mustExist: true });
  cleanup = () => {
    a.close();
    b.close();
    t.cleanup();
  };
  return [new RecordStore(a), new RecordStore(b)] as const;
}

/** One empty write by `store` whose seal is a 1,000-byte base or a delta of `deltaBytes`; what it wrote. */
function write(store: RecordStore, deltaBytes: number): 'base' | 'delta' {
  let wrote: 'base' | 'delta' = 'delta';
  const seal = (_counter: number, base: number | null): WriteSeal => {
    wrote = base === null ? 'base' : 'delta';
    return base === null ? { whole: box(1000) } : { delta: box(deltaBytes), head: box(60) };
  };
  store.commit(store.counter()!, [], [], seal);
  return wrote;
}

it('rewrites the base once the deltas weigh a quarter of it: 250 bytes of a 1,000-byte base', () => {
  const [store] = twoStores();
  // The first write has no base; then deltas of 100 bytes: 0, 100, 200 bytes before each, then 300.
  expect(Array.from({ length: 9 }, () => write(store, 100))).toEqual(['base', 'delta', 'delta', 'delta', 'base', 'delta', 'delta', 'delta', 'base']);
  // A single 250-byte delta is already a quarter.
  expect([write(store, 250), write(store, 10)]).toEqual(['delta', 'base']);
});

it('counts the deltas another process added since this store last wrote', () => {
  const [mine, other] = twoStores();
  expect(write(mine, 100)).toBe('base');
  expect(write(mine, 100)).toBe('delta');
  // Another process adds 200 bytes: 300 in all, so this store's next write rewrites the base,
  // where its own count (100) would have added a delta.
  expect(write(other, 200)).toBe('delta');
  expect(write(mine, 100)).toBe('base');
  // And the other store, whose last write was before that rewrite, goes by the rows too.
  expect(write(other, 100)).toBe('delta');
  expect(write(mine, 100)).toBe('delta');
  expect(write(other, 100)).toBe('delta');
  expect(write(mine, 10)).toBe('base');
});

it('keeps the base row the first delta moved out, through later deltas and across stores', () => {
  const [mine, other] = twoStores();
  /** A whole manifest of `bytes` filled with `fill`, or a small delta. */
  const commit = (store: RecordStore, whole: { bytes: number; fill: number } | null) =>
    store.commit(store.counter()!, [], [], (_counter, base) => {
      if (whole) return { whole: { nonce: new Uint8Array(24), box: new Uint8Array(whole.bytes).fill(whole.fill) } };
      expect(base).not.toBeNull();
      return { delta: box(10), head: box(60) };
    });
  const base = (store: RecordStore) => {
    const m = store.manifest()!;
    return m.base && { counter: m.base.counter, bytes: [...new Set(m.base.box)], length: m.base.box.length, deltas: m.deltas.map((d) => d.counter) };
  };
  commit(mine, { bytes: 1000, fill: 1 });
  expect(base(mine)).toBeNull();
  commit(mine, null);
  commit(mine, null);
  expect(base(mine)).toEqual({ counter: 1, bytes: [1], length: 1000, deltas: [2, 3] });
  // Another process rewrites the whole manifest; this store's next delta moves that one out.
  commit(other, { bytes: 1000, fill: 2 });
  commit(mine, null);
  commit(other, null);
  expect(base(mine)).toEqual({ counter: 4, bytes: [2], length: 1000, deltas: [5, 6] });
});

it('names to each delta the base it follows on disk, whichever store wrote last', () => {
  const [mine, other] = twoStores();
  /** The base the rows name: the base row's counter, else the whole manifest's. */
  const onDisk = (store: RecordStore) => {
    const m = store.manifest()!;
    return m.base?.counter ?? m.counter;
  };
  const given: Array<[number | null, number]> = [];
  const writers = [mine, mine, mine, other, mine, other, other, mine, mine, other, mine];
  for (const [i, store] of writers.entries()) {
    const expected = onDisk(store);
    store.commit(store.counter()!, [], [], (_counter, base) => {
      given.push([base, expected]);
      // Now and then a whole manifest, as when the deltas weigh enough.
      return base === null || i % 4 === 3 ? { whole: box(1000) } : { delta: box(10), head: box(60) };
    });
  }
  const deltas = given.filter(([base]) => base !== null);
  expect(deltas.length).toBeGreaterThan(5);
  for (const [base, expected] of deltas) expect(base).toBe(expected);
});

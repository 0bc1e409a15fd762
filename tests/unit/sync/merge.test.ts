import fc from 'fast-check';
import { expect, it } from 'vitest';
import { compareHlc, HlcClock, type Hlc } from '../../../electron/sync/hlc';
import { mergeAll, recordKey, type Change, type MergeState } from '../../../electron/sync/merge';

const a = 'a'.repeat(32);
const b = 'b'.repeat(32);
const devices = [a, b, 'c'.repeat(32)];

const hlcArb: fc.Arbitrary<Hlc> = fc.record({
  wall: fc.integer({ min: 0, max: 5 }),
  count: fc.integer({ min: 0, max: 3 }),
  device: fc.constantFrom(...devices),
});

// Changes as devices make them: a device never stamps two changes alike.
const changesArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom('entry' as const, 'person' as const),
      id: fc.constantFrom('1', '2', '3'),
      hlc: hlcArb,
      body: fc.option(fc.record({ note: fc.string() }), { nil: null }),
    }),
    { maxLength: 30 },
  )
  .map((changes) => {
    const seen = new Set<string>();
    return changes.filter((c) => {
      const stamp = `${c.hlc.wall}.${c.hlc.count}.${c.hlc.device}`;
      if (seen.has(stamp)) return false;
      seen.add(stamp);
      return true;
    });
  });

/** The reference: every change applied in stamp order, each overwriting the record. */
function reference(changes: readonly Change[]): Map<string, unknown> {
  const state = new Map<string, unknown>();
  for (const c of [...changes].sort((x, y) => compareHlc(x.hlc, y.hlc))) state.set(recordKey(c), c.body);
  return state;
}

function bodies(state: MergeState): Map<string, unknown> {
  return new Map([...state].map(([key, change]) => [key, change.body]));
}

it('ends in the reference state for any arrival order, with any repeats', () => {
  fc.assert(
    fc.property(
      changesArb.chain((changes) =>
        fc.tuple(
          fc.constant(changes),
          fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }),
          fc.array(fc.nat({ max: Math.max(0, changes.length - 1) }), { maxLength: 10 }),
        ),
      ),
      ([changes, shuffled, repeats]) => {
        const arrivals = [...shuffled, ...repeats.flatMap((i) => changes.slice(i, i + 1))];
        const state: MergeState = new Map();
        mergeAll(state, arrivals);
        expect(bodies(state)).toEqual(reference(changes));
      },
    ),
    { numRuns: 500 },
  );
});

it('is associative: merging two merged halves equals merging everything', () => {
  fc.assert(
    fc.property(changesArb, fc.nat(), (changes, cut) => {
      const at = changes.length === 0 ? 0 : cut % changes.length;
      const left: MergeState = new Map();
      const right: MergeState = new Map();
      mergeAll(left, changes.slice(0, at));
      mergeAll(right, changes.slice(at));
      const joined: MergeState = new Map(left);
      mergeAll(joined, right.values());
      expect(bodies(joined)).toEqual(reference(changes));
    }),
  );
});

it('lets a deletion win over older edits and lose to newer ones', () => {
  const edit = (wall: number, device: string, note: string): Change => ({ kind: 'entry', id: '1', hlc: { wall, count: 0, device }, body: { note } });
  const deletion = (wall: number, device: string): Change => ({ kind: 'entry', id: '1', hlc: { wall, count: 0, device }, body: null });
  const older: MergeState = new Map();
  mergeAll(older, [deletion(10, b), edit(9, a, 'before')]);
  expect(older.get('entry:1')?.body).toBeNull();
  const newer: MergeState = new Map();
  mergeAll(newer, [edit(11, a, 'after'), deletion(10, b)]);
  expect(newer.get('entry:1')?.body).toEqual({ note: 'after' });
  // Same wall time and counter: the device id decides, the same way on every device.
  const tie: MergeState = new Map();
  mergeAll(tie, [edit(10, b, 'from b'), edit(10, a, 'from a')]);
  expect(tie.get('entry:1')?.body).toEqual({ note: 'from b' });
});

it('stamps every change after what the device made or saw, whatever the wall clock does', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.record({ tick: fc.integer({ min: 0, max: 100 }) }), fc.record({ see: hlcArb.map((h) => ({ ...h, wall: h.wall * 40 })), at: fc.integer({ min: 0, max: 100 }) }))),
      (events) => {
        let now = 0;
        const clock = new HlcClock('d'.repeat(32), () => now);
        let latest: Hlc = { wall: -1, count: 0, device: '' };
        for (const event of events) {
          if ('tick' in event) {
            now = event.tick;
            const stamp = clock.tick();
            expect(compareHlc(stamp, latest)).toBeGreaterThan(0);
            latest = stamp;
          } else {
            now = event.at;
            clock.receive(event.see);
            if (compareHlc(event.see, latest) > 0) latest = event.see;
          }
        }
      },
    ),
  );
});

it('starts after the stamp it was given back after a restart', () => {
  const clock = new HlcClock('d'.repeat(32), () => 5, { wall: 100, count: 7, device: 'd'.repeat(32) });
  expect(clock.tick()).toEqual({ wall: 100, count: 8, device: 'd'.repeat(32) });
});

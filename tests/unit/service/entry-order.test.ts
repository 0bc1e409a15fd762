// The journal's newest-first order kept across writes, against a full sort done afresh: the whole
// order after any adds and removes, and the newest item asked between them without merging.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { NewestFirst, newerFirst, sortNewestFirst, type Ordered } from '../../../electron/service/entry-order';

const item = fc.record({
  id: fc.uuid(),
  // Few distinct instants and creation stamps, so ties fall through to the next key.
  instant: fc.integer({ min: 0, max: 5 }),
  data: fc.record({ createdAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z') }),
});
const step = fc.oneof(fc.record({ add: item }), fc.record({ remove: fc.nat() }), fc.record({ merge: fc.constant(true) }));

it('keeps the same order and newest item as sorting every item afresh', () => {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
      const order = new NewestFirst<Ordered>();
      const present: Ordered[] = [];
      for (const s of steps) {
        if ('add' in s) {
          // Ids are unique in the journal; a repeated uuid from the generator is skipped.
          if (present.some((p) => p.id === s.add.id)) continue;
          const copy = { ...s.add };
          order.add(copy);
          present.push(copy);
        } else if ('remove' in s) {
          if (present.length === 0) continue;
          const [gone] = present.splice(s.remove % present.length, 1);
          order.remove(gone!);
        } else {
          order.all();
        }
        const expected = [...present].sort(newerFirst);
        expect(order.first()).toBe(expected[0]);
      }
      expect(order.all()).toEqual([...present].sort(newerFirst));
    }),
    { numRuns: 300 },
  );
});

it('sorts many items at once exactly as the comparator does, ties and all', () => {
  const many = fc.record({
    id: fc.uuid(),
    // Instants of a real journal (milliseconds near now), few enough to tie often; now and then -0 or any integer.
    instant: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 40 }).map((k) => 1_700_000_000_000 + k * 1000), weight: 20 },
      { arbitrary: fc.constantFrom(-0, 0), weight: 1 },
      { arbitrary: fc.integer(), weight: 1 },
    ),
    data: fc.record({ createdAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z') }),
  });
  fc.assert(
    fc.property(fc.uniqueArray(many, { selector: (x) => x.id, minLength: 60, maxLength: 400 }), fc.option(fc.nat()), (items, unparsed) => {
      // An instant that is not a number leaves the order to the comparator alone.
      if (unparsed !== null && items.length > 0) items[unparsed % items.length]!.instant = Number.NaN;
      const expected = [...items].sort(newerFirst);
      expect(sortNewestFirst([...items])).toEqual(expected);
    }),
    { numRuns: 200 },
  );
});

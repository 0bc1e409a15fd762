// Every filter is built in one scratch buffer, reused from one entry to the next: a filter must
// carry nothing of the (larger) one built before it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHold, pairFilter, pairHash } from '../../../shared/search/word-pairs';

const bitsSet = (filter: string) => [...filter].reduce((n, c) => n + [...c.charCodeAt(0).toString(2)].filter((b) => b === '1').length, 0);

describe('pair filters built one after another', () => {
  it('gives one key its own three probes at most, even after a fuller filter', () => {
    // 4,000 keys into 4,000 bytes, three probes each: about 1 - e^(-3/8), near a third, of the bits set.
    const many = Uint32Array.from({ length: 4_000 }, (_, i) => pairHash(i, i * 7 + 1));
    const full = pairFilter(many, many.length);
    expect(full.length).toBe(4_000);
    expect(bitsSet(full)).toBeGreaterThan(4_000 * 8 * 0.28);
    const one = Uint32Array.of(pairHash(1, 2));
    const filter = pairFilter(one, 1);
    // One pair, eight bits: one byte, with at most the three bits its probes set.
    expect(filter.length).toBe(1);
    expect(bitsSet(filter)).toBeGreaterThan(0);
    expect(bitsSet(filter)).toBeLessThanOrEqual(3);
  });

  it('is the same filter whatever was built before it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 200 }), fc.array(fc.integer(), { maxLength: 2_000 }), (mine, before) => {
        const keys = Uint32Array.from(mine, (h, i) => pairHash(h, i));
        const alone = pairFilter(keys, keys.length);
        const other = Uint32Array.from(before, (h, i) => pairHash(i, h));
        pairFilter(other, other.length);
        expect(pairFilter(keys, keys.length)).toBe(alone);
        // Eight bits a pair: one byte each.
        expect(alone.length).toBe(keys.length);
      }),
    );
  });

  it('holds every key it was built from, at any size and for keys up to 2^32 - 1', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0xffffff00, max: 0xffffffff }));
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 3_000 }), (raw) => {
        const keys = Uint32Array.from(raw);
        const filter = pairFilter(keys, keys.length);
        for (const k of keys) expect(mayHold(filter, k)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

// The hand-written check of a sealed entry against storedEntrySchema itself: the same keys, and the
// same verdict on entries well formed and broken in every field.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, DIRECTIONS, SUPPORT_KINDS } from '../../../shared/domain';
import { ENTRY_KEYS, INTERACTION_KEYS, isStoredEntry } from '../../../electron/service/stored-entry-check';
import { storedEntrySchema } from '../../../electron/service/stored-records';

it('knows every key of the schema and of its interactions, and no other', () => {
  expect([...ENTRY_KEYS].sort()).toEqual(Object.keys(storedEntrySchema.shape).sort());
  const interaction = storedEntrySchema.shape.interactions.element as z.ZodObject;
  expect([...INTERACTION_KEYS].sort()).toEqual(Object.keys(interaction.shape).sort());
});

/** Each field mostly well formed, sometimes at or past an edge of its range, or of another type. */
const sometimes = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });
const whole = (min: number, max: number) => sometimes(fc.integer({ min, max }), fc.constantFrom(min - 1, max + 1, -0, 0.5, 1e300, '3'));
const text = (max: number, min = 0) => sometimes(fc.oneof(fc.string({ minLength: min, maxLength: 4 }), fc.constant('x'.repeat(max))), fc.constantFrom('', 'x'.repeat(max + 1), 7));
const offsetDateTime = sometimes(
  fc.oneof(fc.constantFrom('2026-11-25T09:30:00+01:00', '2026-11-25T09:30Z', '2024-02-29T23:59:59.999-14:00'), fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString())),
  fc.constantFrom('2026-02-29T09:30:00Z', '2026-11-25T24:00:00Z', '2026-11-25T09:30:00+15:00', '2026-11-25', 20261125),
);
const interaction = fc.record(
  {
    personId: sometimes(fc.uuid(), fc.constantFrom('not-an-id', '00000000-0000-0000-0000-000000000000', '0B3C6F1E-8A2D-4C1B-9E7F-2A5D8C4B1E3F')),
    kinds: fc.array(sometimes(fc.constantFrom(...SUPPORT_KINDS), fc.constant('hugs')), { maxLength: 3 }),
    direction: sometimes(fc.constantFrom(...DIRECTIONS), fc.constant('sideways')),
    felt: whole(-2, 2),
    cost: whole(0, 3),
    channel: sometimes(fc.constantFrom(...CHANNELS), fc.constant('pigeon')),
    askedForHelp: sometimes(fc.boolean(), fc.constant('yes')),
  },
  { requiredKeys: ['personId', 'kinds'] },
);
const entry = fc.record(
  {
    occurredAt: offsetDateTime,
    mood: whole(0, 10),
    support: whole(0, 10),
    stress: whole(0, 10),
    note: text(20_000),
    tags: sometimes(fc.array(text(40), { maxLength: 3 }), fc.array(fc.constant('t'), { minLength: 30, maxLength: 31 })),
    interactions: sometimes(fc.array(interaction, { maxLength: 3 }), fc.array(interaction, { minLength: 30, maxLength: 31 })),
    createdAt: text(40, 1),
    updatedAt: text(40, 1),
    importKey: text(200),
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: ['occurredAt', 'note', 'tags', 'interactions', 'createdAt', 'updatedAt'] },
);

/** The value with one key taken out or set to any JSON value: null, an array, an object... */
function broken(arb: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.tuple(arb, fc.nat(), fc.boolean(), fc.jsonValue({ maxDepth: 1 })).map(([value, pick, drop, other]) => {
    const keys = Object.keys(value);
    if (keys.length === 0) return value;
    const copy = { ...value };
    if (drop) delete copy[keys[pick % keys.length]!];
    else copy[keys[pick % keys.length]!] = other;
    return copy;
  });
}

it('says what the schema says of any entry, well formed or broken', () => {
  const values = fc.oneof(
    entry,
    broken(entry),
    entry.chain((e) => broken(interaction).map((i) => ({ ...e, interactions: [i] }))),
    fc.jsonValue({ maxDepth: 2 }),
  );
  let accepted = 0;
  fc.assert(
    fc.property(values, (value) => {
      // Through JSON, as a change file brings it.
      const json = JSON.parse(JSON.stringify(value)) as unknown;
      const verdict = isStoredEntry(json);
      expect(verdict).toBe(storedEntrySchema.safeParse(json).success);
      if (verdict) accepted += 1;
    }),
    { numRuns: 4000 },
  );
  // Both verdicts are exercised, not only refusals.
  expect(accepted).toBeGreaterThan(200);
});

it('accepts an entry as the journal writes it and refuses one a field off', () => {
  const written = { occurredAt: '2026-11-25T09:30:00+01:00', mood: 7, note: 'tea with Noor', tags: ['friends'], interactions: [{ personId: '0b3c6f1e-8a2d-4c1b-9e7f-2a5d8c4b1e3f', kinds: ['emotional'], felt: 2 }], createdAt: '2026-11-25T08:31:00.000Z', updatedAt: '2026-11-25T08:31:00.000Z' };
  expect(isStoredEntry(written)).toBe(true);
  expect(isStoredEntry({ ...written, mood: 11 })).toBe(false);
  expect(isStoredEntry({ ...written, tags: 'friends' })).toBe(false);
  expect(isStoredEntry({ ...written, interactions: [{ ...written.interactions[0], felt: 3 }] })).toBe(false);
  expect(isStoredEntry({ ...written, occurredAt: '2026-11-25 09:30' })).toBe(false);
});

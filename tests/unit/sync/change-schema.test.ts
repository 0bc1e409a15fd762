// The hand-written check of a change file's JSON against a strict zod schema of the same shape,
// written here independently, over well-formed files and files broken in every field.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { parseChanges } from '../../../electron/sync/change-schema';
import { SYNCED_KINDS } from '../../../electron/sync/merge';

const device = 'a'.repeat(32);

const oracle = z.strictObject({
  v: z.literal(1),
  changes: z.array(
    z.strictObject({
      kind: z.enum(SYNCED_KINDS),
      id: z.string().min(1).max(200),
      hlc: z.strictObject({
        wall: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
        count: z.number().int().nonnegative().max(0xffffffff),
        device: z.string().regex(/^[0-9a-f]{32}$/),
      }),
      body: z.unknown(),
    }),
  ),
});

/** What the zod schema says of `text`, in parseChanges' terms. */
function expected(text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = oracle.safeParse(json);
  if (!parsed.success || parsed.data.changes.some((c) => c.hlc.device !== device)) return null;
  return parsed.data.changes.map((c) => ({ ...c, body: c.body ?? null }));
}

const wall = fc.oneof(fc.nat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER));
const good = fc.record({
  kind: fc.constantFrom(...SYNCED_KINDS),
  id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 3 }), fc.constant('x'.repeat(200))),
  hlc: fc.record({ wall, count: fc.oneof(fc.nat(), fc.constant(0xffffffff)), device: fc.constant(device) }),
  body: fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 2 })),
});
// Near the edges: out of range, not whole, another device, a kind or id that is not one.
const anyCount = fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, 0x100000000, 2 ** 53, 1e300));
const near = fc.record({
  kind: fc.oneof(fc.constantFrom(...SYNCED_KINDS), fc.string({ maxLength: 9 })),
  id: fc.oneof(fc.uuid(), fc.string({ maxLength: 3 }), fc.constant('x'.repeat(201))),
  hlc: fc.record({ wall: anyCount, count: anyCount, device: fc.oneof(fc.constant(device), fc.stringMatching(/^[0-9a-f]{32}$/), fc.string({ maxLength: 34 })) }),
  body: fc.jsonValue({ maxDepth: 1 }),
});
const change = fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: near, weight: 1 });

/** A value with one key taken out, one added, or one replaced by any JSON value. */
function broken<T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(arb, fc.nat(), fc.constantFrom('drop', 'add', 'replace', 'same', 'same'), fc.jsonValue({ maxDepth: 1 })).map(([value, pick, how, other]) => {
    const keys = Object.keys(value);
    const key = keys[pick % keys.length]!;
    const copy = { ...value } as Record<string, unknown>;
    if (how === 'drop') delete copy[key];
    if (how === 'add') copy[`extra${pick % 3}`] = other;
    if (how === 'replace') copy[key] = other;
    return copy;
  });
}

const brokenChange = fc.oneof(
  broken(change),
  change.chain((c) => broken(fc.constant(c.hlc)).map((h) => ({ ...c, hlc: h }))),
  fc.jsonValue({ maxDepth: 1 }),
);
const payload = fc.oneof(
  fc.record({ v: fc.constant(1), changes: fc.array(change, { maxLength: 4 }) }),
  fc.record({ v: fc.constant(1), changes: fc.array(fc.oneof(change, brokenChange), { maxLength: 4 }) }),
  broken(fc.record({ v: fc.constant(1), changes: fc.array(change, { maxLength: 2 }) })),
);

it('accepts and refuses exactly what a strict schema of the same shape does', () => {
  fc.assert(
    fc.property(payload, (value) => {
      const text = JSON.stringify(value);
      expect(parseChanges(text, device)).toEqual(expected(text));
    }),
    { numRuns: 3000 },
  );
});

it('keeps every change of a well-formed file, in order, a deletion with a null body', () => {
  const changes = [
    { kind: 'entry', id: 'e1', hlc: { wall: 5, count: 0, device }, body: { note: 'hi' } },
    { kind: 'person', id: 'p1', hlc: { wall: 5, count: 1, device }, body: null },
  ];
  expect(parseChanges(JSON.stringify({ v: 1, changes }), device)).toEqual(changes);
});

it('refuses a key smuggled in as __proto__, text that is not JSON, and another version', () => {
  const change = `{"kind":"entry","id":"e1","hlc":{"wall":1,"count":0,"device":"${device}"},"body":null`;
  expect(parseChanges(`{"v":1,"changes":[${change}}]}`, device)).not.toBeNull();
  expect(parseChanges(`{"v":1,"changes":[${change},"__proto__":{}}]}`, device)).toBeNull();
  expect(parseChanges(`{"v":1,"changes":[${change}}],"__proto__":{}}`, device)).toBeNull();
  expect(parseChanges(`{"v":1,"changes":[${change}]`, device)).toBeNull();
  expect(parseChanges(`{"v":2,"changes":[]}`, device)).toBeNull();
});

// The contract: one handler per method, and every method refuses malformed arguments with
// INVALID_INPUT before anything runs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../electron/ipc/dispatch';
import { argSchemas, METHODS } from '../../../shared/schemas';
import { entry, freshService } from '../../support/vault';

let v: Awaited<ReturnType<typeof freshService>>;
beforeAll(async () => {
  v = await freshService();
  await v.service.addEntry(entry({ mood: 5, support: 6, note: 'keep me', interactions: [{ person: 'Sam' }] }));
});
afterAll(() => v.cleanup());

/** The vault's files, but not SQLite's shared-memory index (-shm), whose read marks every reader moves. */
function diskState(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(v.vaultDir).sort()) if (!f.endsWith('-shm')) h.update(f).update(readFileSync(join(v.vaultDir, f)));
  return h.digest('hex');
}

it('the handler table has exactly one handler per method', () => {
  expect(Object.keys(createHandlers(v.service, v.dialogs)).sort()).toEqual([...METHODS].sort());
});

it('an unknown method is refused', async () => {
  for (const name of ['constructor', '__proto__', 'toString', 'exec', 42, null]) {
    const result = await dispatch(createHandlers(v.service, v.dialogs), name, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'method' } });
  }
});

describe('malformed arguments', () => {
  // Plausible near-misses as well as arbitrary values.
  const nearMiss = fc.oneof(
    fc.anything(),
    fc.record({ mood: fc.oneof(fc.integer({ min: 11, max: 1000 }), fc.double(), fc.string()), support: fc.integer({ min: 0, max: 10 }) }),
    fc.record({ mood: fc.integer({ min: 0, max: 10 }), support: fc.integer({ min: 0, max: 10 }), occurredAt: fc.string() }),
    fc.record({ id: fc.string(), entry: fc.anything() }),
    fc.record({ passphrase: fc.oneof(fc.constant(''), fc.integer(), fc.string({ maxLength: 7 })) }),
    fc.record({ sourceId: fc.uuid(), targetId: fc.uuid(), extra: fc.anything() }),
    fc.record({ name: fc.constant('  '), relationship: fc.string() }),
  );

  for (const method of METHODS) {
    it(`${method} refuses malformed arguments with INVALID_INPUT and changes nothing`, async () => {
      const handlers = createHandlers(v.service, v.dialogs);
      const before = diskState();
      const listBefore = await v.service.listEntries(undefined);
      await fc.assert(
        fc.asyncProperty(
          nearMiss.filter((arg) => !argSchemas[method].safeParse(arg).success),
          async (arg) => {
            const result = await dispatch(handlers, method, arg);
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
          },
        ),
        { numRuns: 60 },
      );
      expect(diskState()).toBe(before);
      expect((await v.service.status()).unlocked).toBe(true);
      expect(await v.service.listEntries(undefined)).toEqual(listBefore);
    });
  }
});

it('names the offending field', async () => {
  const result = await dispatch(createHandlers(v.service, v.dialogs), 'addEntry', { mood: 5, support: 5, interactions: [{ person: 'A', felt: 9 }] });
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'interactions.0.felt' } });
});

it('never lets an internal error escape as anything but INTERNAL without details', async () => {
  const handlers = { ...createHandlers(v.service, v.dialogs), listTags: async () => { throw new Error('secret detail /home/x'); } };
  const spy = console.error;
  console.error = () => {};
  const result = await dispatch(handlers, 'listTags', undefined);
  console.error = spy;
  expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Hearth.' } });
});

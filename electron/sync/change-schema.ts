// The JSON inside a change file, checked after it authenticated: a file written by a newer Hearth,
// or by a bug, is refused whole rather than applied in part.
import { z } from 'zod';
import { SYNCED_KINDS, type Change } from './merge';

const hlc = z.strictObject({
  wall: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  count: z.number().int().nonnegative().max(0xffffffff),
  device: z.string().regex(/^[0-9a-f]{32}$/),
});

const change = z.strictObject({
  kind: z.enum(SYNCED_KINDS),
  id: z.string().min(1).max(200),
  hlc,
  body: z.unknown(),
});

const payload = z.strictObject({ v: z.literal(1), changes: z.array(change) });

/** The changes of a file published by `device`, or null when any of them is not well formed or not stamped by it. */
export function parseChanges(text: string, device: string): Change[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) return null;
  if (parsed.data.changes.some((c) => c.hlc.device !== device)) return null;
  return parsed.data.changes.map((c) => ({ kind: c.kind, id: c.id, hlc: c.hlc, body: c.body ?? null }));
}

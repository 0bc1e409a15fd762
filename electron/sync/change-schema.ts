// The JSON inside a change file, checked after it authenticated: a file written by a newer Hearth,
// or by a bug, is refused whole rather than applied in part. Checked by hand rather than with zod:
// a file holds up to 2,000 changes and a round reads every one, where a schema's generic walk cost
// more than opening the file. The rules are those of a strict schema (no key missing, none added).
import { SYNCED_KINDS, type Change, type SyncedKind } from './merge';

const DEVICE_ID = /^[0-9a-f]{32}$/;
const MAX_ID = 200;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` has exactly the keys `keys`, each present. */
function hasExactly(value: Json, keys: readonly string[]): boolean {
  let count = 0;
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) return false;
    count += 1;
  }
  return count === keys.length;
}

const isCount = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;

const CHANGE_KEYS = ['kind', 'id', 'hlc', 'body'] as const;
const HLC_KEYS = ['wall', 'count', 'device'] as const;

/** One change as a file holds it, or null when it is not well formed. */
export function readChange(value: unknown): Change | null {
  if (!isObject(value) || !hasExactly(value, CHANGE_KEYS)) return null;
  const { kind, id, hlc, body } = value;
  if (!SYNCED_KINDS.includes(kind as SyncedKind)) return null;
  if (typeof id !== 'string' || id.length < 1 || id.length > MAX_ID) return null;
  if (!isObject(hlc) || !hasExactly(hlc, HLC_KEYS)) return null;
  const { wall, count, device } = hlc;
  if (!isCount(wall, Number.MAX_SAFE_INTEGER) || !isCount(count, 0xffffffff) || typeof device !== 'string' || !DEVICE_ID.test(device)) return null;
  return { kind: kind as SyncedKind, id, hlc: { wall, count, device }, body: body ?? null };
}

/** The changes of a file published by `device`, or null when any of them is not well formed or not stamped by it. */
export function parseChanges(text: string, device: string): Change[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(json) || !hasExactly(json, ['v', 'changes']) || json.v !== 1 || !Array.isArray(json.changes)) return null;
  const changes: Change[] = [];
  for (const value of json.changes) {
    const change = readChange(value);
    if (change === null || change.hlc.device !== device) return null;
    changes.push(change);
  }
  return changes;
}

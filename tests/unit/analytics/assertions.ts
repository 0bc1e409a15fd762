// Comparing whole Insights objects: numbers within a tolerance, everything else exactly.
import { expect } from 'vitest';

export const TOLERANCE = 1e-9;

/** Every number anywhere in `value` is finite (JSON.stringify would hide a NaN as null). */
export function expectAllFinite(value: unknown, path = '$'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => expectAllFinite(v, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
  } else {
    expect(['string', 'boolean', 'undefined'].includes(typeof value) || value === null, `${path} has type ${typeof value}`).toBe(true);
  }
}

/** Throws with the path of the first difference; floats may differ by TOLERANCE. */
export function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Math.abs(actual - expected) > TOLERANCE || Number.isNaN(actual) !== Number.isNaN(expected)) {
      throw new Error(`${path}: ${actual} differs from ${expected}`);
    }
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) throw new Error(`${path}: expected an array, got ${JSON.stringify(actual)}`);
    if (actual.length !== expected.length) throw new Error(`${path}: length ${actual.length}, expected ${expected.length}`);
    expected.forEach((e, i) => expectClose(actual[i], e, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') throw new Error(`${path}: expected an object, got ${JSON.stringify(actual)}`);
    const keys = Object.keys(expected).sort();
    const actualKeys = Object.keys(actual).sort();
    if (keys.join() !== actualKeys.join()) throw new Error(`${path}: keys ${actualKeys.join()} differ from ${keys.join()}`);
    for (const k of keys) expectClose((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  if (actual !== expected) throw new Error(`${path}: ${JSON.stringify(actual)} differs from ${JSON.stringify(expected)}`);
}

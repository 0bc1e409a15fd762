// The check-in instruments by id, in the order they are offered.
import type { Instrument, InstrumentId } from './instrument';
import { MSPSS } from './mspss';
import { UCLA3 } from './ucla3';
import { WHO5 } from './who5';

export const INSTRUMENTS: { readonly [I in InstrumentId]: Instrument } = { mspss: MSPSS, who5: WHO5, ucla3: UCLA3 };

/** "1 to 7", "3 to 9": a score's range as every screen and the report print it. */
export function rangeWords(spec: { min: number; max: number }): string {
  return `${spec.min} to ${spec.max}`;
}

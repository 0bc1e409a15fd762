// A check-in as the service returns it: the answers as given, the scores worked out from them.
import type { InstrumentId } from './instrument';
import { scoreCheckin, type ScoresOf } from './scoring';

/** A check-in as sealed (its id lives in the row): the scores are always worked out again. */
export interface StoredCheckin {
  instrument: InstrumentId;
  /** The day it was answered, YYYY-MM-DD. */
  date: string;
  answers: number[];
  createdAt: string;
}

export type CheckinResult = {
  [I in InstrumentId]: { id: string; instrument: I; date: string; answers: number[]; scores: ScoresOf[I]; createdAt: string };
}[InstrumentId];

export function checkinResult(id: string, stored: StoredCheckin): CheckinResult {
  return { id, ...stored, answers: [...stored.answers], scores: scoreCheckin(stored.instrument, stored.answers) } as CheckinResult;
}

/** Newest first: by day, then by when it was saved, then by id, so the order never depends on storage. */
export function newestFirst(a: CheckinResult, b: CheckinResult): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

// What the journal's changes outside journal.ts (people, restores) use of it: its index, its sealer,
// its clock and its one way to write. The Journal runs each of them under its write lock, on an
// index just brought up to date.
import type { SealedRecord } from '../vault/record-cipher';
import type { JournalIndex } from './journal-index';
import type { RecordSealer } from './record-sealer';

export interface JournalWriter {
  readonly index: JournalIndex;
  readonly seal: RecordSealer;
  readonly now: () => Date;
  write(puts: SealedRecord[], deletes: string[]): void;
}

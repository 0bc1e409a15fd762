// The benchmarks' --entries flag: how many entries the journal they measure holds.
import { DEFAULT_SHAPE } from './generate-journal';

/** The flag's value as a count (the default shape's when absent); exits with a message when it is not a whole number of at least 100. */
export function entryCountArg(value: string | undefined): number {
  const count = value === undefined ? DEFAULT_SHAPE.entries : Number(value);
  if (!Number.isInteger(count) || count < 100) {
    console.error('--entries must be a whole number of at least 100');
    process.exit(2);
  }
  return count;
}
